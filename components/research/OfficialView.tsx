/** An official's page: titles over time (a list and a time axis), every article naming them, who and what appears with them. */
import { useMemo } from 'preact/hooks';
import { formatDate } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { OfficialProfile } from '@/lib/research/official';
import { Fragment } from 'preact';
import { routeHash } from '@/lib/research/route';
import { titleTimeline } from '@/lib/research/title-timeline';
import { TitleTimelineChart } from '@/components/charts/TitleTimelineChart';
import { chartStrings } from '@/components/charts/strings';
import { glossDirective, glossTitle } from '@/lib/i18n/gloss';
import { Gloss } from '@/components/collection/Gloss';
import { ArticleLine, CompanionList, Reading, ShowAll, useFirst } from './parts';
import type { ResearchText } from './strings';

export function OfficialView({ profile, lang, t }: { profile: OfficialProfile; lang: Lang; t: ResearchText }) {
  const day = (d: string) => formatDate(d, lang);
  const list = useFirst(profile.appearances, profile.total);
  const timeline = useMemo(() => (profile.complete ? titleTimeline(profile.titles, profile.appearances) : null), [profile]);
  const tc = chartStrings(lang);
  return (
    <div class="research-body">
      <main>
        <p class="kind-label">{t('official')}</p>
        <h1>{profile.name}</h1>
        <p class="muted">{plural(lang, profile.total, t('articles'))}</p>
        <section aria-labelledby="titles-heading">
          <h2 id="titles-heading">{t('titlesOverTime')}</h2>
          {!profile.complete ? (
            <Reading t={t} />
          ) : profile.titles.length === 0 ? (
            <p class="muted">{t('noTitle')}</p>
          ) : (
            <ol class="title-spans">
              {profile.titles.map((span) => (
                <li key={span.title}>
                  <span class="span-days">{span.first === span.last ? day(span.last) : `${day(span.first)} – ${day(span.last)}`}</span>{' '}
                  <strong>{span.title}</strong>
                  <Gloss lang={lang} english={glossTitle(span.title)} /> <span class="count">({plural(lang, span.articles, t('articles'))})</span>
                </li>
              ))}
            </ol>
          )}
          {timeline && <TitleTimelineChart id="chart-titles" caption={tc('titles')} timeline={timeline} lang={lang} t={tc} />}
        </section>
        <section aria-labelledby="timeline-heading">
          <h2 id="timeline-heading">{t('articlesNaming')}</h2>
          <ol class="timeline">
            {list.shown.map((a) => (
              <ArticleLine key={a.ref.id} article={a.ref} lang={lang} t={t}>
                <p class="titles">
                  {a.titles.length ? (
                    a.titles.map((title, i) => (
                      <Fragment key={title}>
                        {i > 0 && '; '}
                        {title}
                        <Gloss lang={lang} english={glossTitle(title)} />
                      </Fragment>
                    ))
                  ) : (
                    <span class="muted">{t('noTitle')}</span>
                  )}
                </p>
              </ArticleLine>
            ))}
          </ol>
          <ShowAll more={list.more} onClick={list.showAll} t={t} />
        </section>
      </main>
      <aside>
        <CompanionList heading={t('withOfficials')} pending={!profile.complete} items={profile.officials} href={(key) => routeHash({ kind: 'official', key })} lang={lang} t={t} />
        <CompanionList heading={t('withDirectives')} pending={!profile.complete} items={profile.directives} href={(id) => routeHash({ kind: 'directive', id })} gloss={glossDirective} lang={lang} t={t} />
      </aside>
    </div>
  );
}
