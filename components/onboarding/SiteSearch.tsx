/**
 * The listed news sites as a search, not a wall of names: the reader types part
 * of a site's name and sees whether it is listed (a few matches at a time), and
 * what to do when it is not.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import { NEWS_SITES } from '@/lib/site/sites';
import { fold } from '@/lib/text/fold';
import { fill, onboardingStrings } from './strings';

/** Matches shown at once; the rest are counted. */
const SHOWN = 8;

export function SiteSearch({ lang }: { lang: Lang }) {
  const t = onboardingStrings(lang);
  const [query, setQuery] = useState('');
  const wanted = fold(query).replace(/\s+/g, '');
  const found = useMemo(() => (wanted ? NEWS_SITES.filter((site) => fold(site).includes(wanted)) : []), [wanted]);
  return (
    <div class="site-search">
      <label>
        <span>{fill(t('siteSearch'), { n: NEWS_SITES.length })}</span>
        <input type="search" value={query} placeholder="vietnamplus" onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
      </label>
      <div aria-live="polite">
        {wanted && found.length === 0 && <p>{t('siteMissing')}</p>}
        {found.length > 0 && (
          <ul class="sites">
            {found.slice(0, SHOWN).map((site) => (
              <li key={site}>{site}</li>
            ))}
          </ul>
        )}
        {found.length > SHOWN && <p class="more-sites">{fill(t('siteMore'), { n: found.length - SHOWN })}</p>}
      </div>
    </div>
  );
}
