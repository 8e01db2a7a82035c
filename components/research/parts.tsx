/** Pieces both research views use: an article line, a list of companions. */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { formatDate } from '@/lib/i18n/format-date';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import type { ArticleRef, Companion } from '@/lib/research/articles';
import { Gloss } from '@/components/collection/Gloss';
import type { ResearchText } from './strings';

export function ArticleLine({ article, lang, t, children }: { article: ArticleRef; lang: Lang; t: ResearchText; children?: ComponentChildren }) {
  return (
    <li class="article-line" data-article-id={article.id}>
      <time dateTime={article.day} title={article.dayFrom === 'clipped' ? t('datedByClipping') : undefined}>
        {formatDate(article.day, lang)}
        {article.dayFrom === 'clipped' && '*'}
      </time>
      <div>
        <a class="article-title" href={article.url} target="_blank" rel="noopener noreferrer" title={t('openOriginal')}>
          {article.title}
        </a>
        <span class="article-site"> · {article.site}</span>
        {children}
      </div>
    </li>
  );
}

/** `pending`: the page has read only its newest articles, and counts over all of them follow; `gloss`: a label's English. */
export function CompanionList({
  heading,
  items,
  href,
  gloss,
  pending,
  lang,
  t,
}: {
  heading: string;
  items: readonly Companion[];
  href: (key: string) => string;
  gloss?: (label: string) => string | undefined;
  pending: boolean;
  lang: Lang;
  t: ResearchText;
}) {
  const id = `companions-${heading.replace(/\W+/gu, '-')}`;
  return (
    <section class="companions" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {pending ? (
        <Reading t={t} />
      ) : items.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <ul>
          {items.map((c) => (
            <li key={c.key}>
              <a href={href(c.key)}>{c.label}</a>
              <Gloss lang={lang} english={gloss?.(c.label)} /> <span class="count">{plural(lang, c.count, t('articles'))}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** How many articles show before "show all": a directive cited in 3 000 clippings opens as fast as one cited in 30. */
export const FIRST_ARTICLES = 100;

/**
 * The first 100 of `total` items until the user asks for all. `items` may
 * hold only the first ones while the page reads the rest: "show all" then
 * shows them as they come.
 */
export function useFirst<T>(items: readonly T[], total: number): { shown: readonly T[]; more: number; showAll(): void } {
  const [all, setAll] = useState(false);
  return { shown: all ? items : items.slice(0, FIRST_ARTICLES), more: all ? 0 : Math.max(0, total - FIRST_ARTICLES), showAll: () => setAll(true) };
}

export function ShowAll({ more, onClick, t }: { more: number; onClick(): void; t: ResearchText }) {
  return more > 0 ? (
    <button type="button" class="link show-all" onClick={onClick}>
      {t('showAll')} (+{more})
    </button>
  ) : null;
}

/** Shown where the titles or particulars will be once the articles are read. */
export function Reading({ t }: { t: ResearchText }) {
  return <span class="muted reading">{t('reading')}</span>;
}
