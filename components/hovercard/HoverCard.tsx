import type { Directive, DirectiveParticular, Official } from '@/lib/matcher/types';
import type { Lang } from '@/lib/i18n/i18n';
import { formatDate } from '@/lib/i18n/format-date';
import { expandTitle } from '@/lib/matcher/language/abbreviations';
import { lockedHost } from '@/components/panel/host-css';
import { UI_FONT } from '@/components/panel/theme';
import { trusted } from '@/components/panel/trusted';
import { cardStrings } from './strings';

export type CardSubject = { kind: 'official'; official: Official } | { kind: 'directive'; directive: Directive };

export interface HoverCardProps {
  lang: Lang;
  subject: CardSubject;
  /**
   * Opens the subject's research page (through the background: a page cannot open
   * extension pages). Run on trusted clicks only. The button is the same for
   * everyone, whether or not the collection knows the subject.
   */
  onOpen?(subject: CardSubject): void;
}

/** The card's door to the research page. */
function OpenButton({ label, name, onOpen }: { label: [string, string]; name: string; onOpen(): void }) {
  return (
    <button type="button" class="open" aria-label={`${label[1]} ${name}`} onClick={trusted(() => onOpen())}>
      {label[0]} →
    </button>
  );
}

/**
 * What a highlight means: an official's titles (every one, abbreviations written
 * out), or a directive's particulars: this article's first, and those only the
 * reference list (the seed articles' lexicon) gave marked as such. Page text is
 * rendered as text only. Nothing from the collection: what the card shows, and
 * so its size, is the same whatever the reader has stored.
 */
export function HoverCard({ lang, subject, onOpen }: HoverCardProps) {
  const t = cardStrings(lang);
  const door = (name: string) => onOpen && <OpenButton label={[t('openProfile'), t('openProfileLabel')]} name={name} onOpen={() => onOpen(subject)} />;
  if (subject.kind === 'official') {
    const { official } = subject;
    const titles = [...new Set(official.titles.map(expandTitle))];
    return (
      <div class="card official" role="tooltip" lang={lang}>
        <div class="kind">{t('official')}</div>
        <div class="name">{official.name}</div>
        {titles.length > 0 ? (
          <ul class="titles" aria-label={t('titles')}>
            {titles.map((title) => (
              <li key={title}>{title}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t('noTitles')}</p>
        )}
        <p class="muted">
          {t('mentions')}: {official.mentions.length}
        </p>
        {door(official.name)}
      </div>
    );
  }
  const { directive } = subject;
  const fromReference = (field: DirectiveParticular) => directive.from?.[field] === 'reference';
  const row = (field: DirectiveParticular, label: string, value: string | null) => (
    <>
      <dt>{label}</dt>
      <dd class={value ? '' : 'muted'} data-from={value && fromReference(field) ? 'reference' : undefined}>
        {value ?? t('unknown')}
        {value && fromReference(field) && <span class="ref"> ({t('fromReference')})</span>}
      </dd>
    </>
  );
  const anyReference = (['kind', 'issuer', 'date', 'subject'] as const).some(fromReference);
  return (
    <div class="card directive" role="tooltip" lang={lang}>
      <div class="kind">{t('directive')}</div>
      <div class="name">{directive.id}</div>
      <dl>
        {row('kind', t('kind'), directive.kind)}
        {row('issuer', t('issuer'), directive.issuer)}
        {row('date', t('date'), directive.date && formatDate(directive.date, lang))}
        {row('subject', t('subject'), directive.subject)}
      </dl>
      {anyReference && <p class="muted note">{t('referenceNote')}</p>}
      {door(directive.id)}
    </div>
  );
}

/* The host is a 0 × 0 point at the corner; the card is placed inside the closed root (see entrypoints/annotator/ui.tsx). */
export const CARD_CSS = `${lockedHost({ position: 'fixed', 'z-index': '2147483647', 'pointer-events': 'none', display: 'block', left: '0', top: '0', width: '0', height: '0' })}
.card { pointer-events: auto; position: fixed; box-sizing: border-box; max-width: 340px; min-width: 200px; padding: 10px 12px; border-radius: 8px;
  background: var(--ttdn-surface); color: var(--ttdn-text); border: 1px solid var(--ttdn-border); box-shadow: 0 6px 24px rgba(0,0,0,.25);
  font: 13px/1.4 ${UI_FONT}; }
.official { border-top: 4px solid var(--ttdn-official); }
.directive { border-top: 4px solid var(--ttdn-directive); }
.kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--ttdn-muted); }
.name { font-weight: 700; font-size: 15px; margin: 2px 0 6px; }
.titles { margin: 0; padding-left: 18px; }
dl { margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
dt { color: var(--ttdn-muted); }
dd { margin: 0; }
.ref { color: var(--ttdn-muted); font-style: italic; }
.muted { color: var(--ttdn-muted); margin: 6px 0 0; }
dd.muted { margin: 0; font-style: italic; }
.open { display: block; margin: 8px 0 0; padding: 3px 10px; font: inherit; font-weight: 600; cursor: pointer;
  color: var(--ttdn-text); background: var(--ttdn-surface); border: 1px solid var(--ttdn-border); border-radius: 6px; }
.open:hover { border-color: var(--ttdn-official); }
.open:focus-visible { outline: 2px solid var(--ttdn-focus); outline-offset: 2px; }
`;
