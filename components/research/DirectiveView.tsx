/**
 * A directive's page: its particulars as the articles state them (every
 * distinct statement, with how many articles make it), what it carries out
 * and what carries it out, its pictures (DirectiveCharts), the articles citing it and the directives cited with it.
 */
import { formatDate } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import { type DirectiveProfile, PARTICULARS, type Particular, type Relation } from '@/lib/research/directive';
import { routeHash } from '@/lib/research/route';
import { DirectiveCharts } from './DirectiveCharts';
import { glossBody, glossDirective } from '@/lib/i18n/gloss';
import { glossKind } from '@/lib/i18n/kind-glosses';
import { Gloss } from '@/components/collection/Gloss';
import { ArticleLine, CompanionList, Reading, ShowAll, useFirst } from './parts';
import type { ResearchText } from './strings';

function Relations({ heading, id, items, lang, t }: { heading: string; id: string; items: readonly Relation[]; lang: Lang; t: ResearchText }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <ul class="relations">
        {items.map((r) => (
          <li key={r.id}>
            <a href={routeHash({ kind: 'directive', id: r.id })}>{r.id}</a>
            <Gloss lang={lang} english={glossDirective(r.id)} /> <span class="count">({plural(lang, r.articles.length, t('articles'))})</span>
            <blockquote>{r.quote}</blockquote>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A stated kind or issuer's English: "Kết luận" → Conclusion, "Bộ Chính trị" → Politburo. */
function glossParticular(p: Particular, value: string): string | undefined {
  return p === 'kind' ? glossKind(value) : p === 'issuer' ? glossBody(value) : undefined;
}

export function DirectiveView({ profile, lang, t }: { profile: DirectiveProfile; lang: Lang; t: ResearchText }) {
  const total = profile.total;
  const list = useFirst(profile.citations, total);
  return (
    <div class="research-body">
      <main>
        <p class="kind-label">{t('directive')}</p>
        <h1>
          {profile.id}
          <Gloss lang={lang} english={glossDirective(profile.id)} />
        </h1>
        <p class="muted">{plural(lang, total, t('articles'))}</p>
        <section aria-labelledby="stated-heading">
          <h2 id="stated-heading">{t('asStated')}</h2>
          {!profile.complete && <Reading t={t} />}
          <dl class="particulars" hidden={!profile.complete}>
            {PARTICULARS.map((p) => {
              const statements = profile.stated[p];
              return (
                <div key={p} data-particular={p} class={statements.length > 1 ? 'differ' : undefined}>
                  <dt>
                    {t(p)}
                    {statements.length > 1 && <span class="differ-note"> ({t('differ')})</span>}
                  </dt>
                  {statements.length === 0 && <dd class="muted">{t('notStated')}</dd>}
                  {statements.map((s) => (
                    <dd key={s.value}>
                      {p === 'date' ? formatDate(s.value, lang) || s.value : s.value}
                      <Gloss lang={lang} english={glossParticular(p, s.value)} />{' '}
                      <span class="count">
                        ({s.articles.length}/{plural(lang, total, t('articles'))})
                      </span>
                    </dd>
                  ))}
                </div>
              );
            })}
          </dl>
        </section>
        {profile.charts && <DirectiveCharts charts={profile.charts} lang={lang} />}
        <Relations heading={t('carriesOut')} id="carries-out-heading" items={profile.carriesOut} lang={lang} t={t} />
        <Relations heading={t('carriedOutBy')} id="carried-out-by-heading" items={profile.carriedOutBy} lang={lang} t={t} />
        <section aria-labelledby="citations-heading">
          <h2 id="citations-heading">{t('articlesCiting')}</h2>
          <ol class="timeline">
            {list.shown.map((c) => (
              <ArticleLine key={c.ref.id} article={c.ref} lang={lang} t={t} />
            ))}
          </ol>
          <ShowAll more={list.more} onClick={list.showAll} t={t} />
        </section>
      </main>
      <aside>
        <CompanionList heading={t('citedWith')} pending={!profile.complete} items={profile.citedWith} href={(id) => routeHash({ kind: 'directive', id })} gloss={glossDirective} lang={lang} t={t} />
      </aside>
    </div>
  );
}
