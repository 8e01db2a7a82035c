/** Pieces both research views use: an article line, a list of companions. */
import type { ComponentChildren } from 'preact';
import { formatDay } from '@/components/collection/ClippingRow';
import type { Lang } from '@/lib/i18n';
import type { ArticleRef, Companion } from '@/lib/research/articles';
import type { ResearchText } from './strings';

export function ArticleLine({ article, lang, t, children }: { article: ArticleRef; lang: Lang; t: ResearchText; children?: ComponentChildren }) {
  return (
    <li class="article-line" data-article-id={article.id}>
      <time dateTime={article.day} title={article.dayFrom === 'clipped' ? t('datedByClipping') : undefined}>
        {formatDay(article.day, lang)}
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

export function CompanionList({ heading, items, href, t }: { heading: string; items: readonly Companion[]; href: (key: string) => string; t: ResearchText }) {
  const id = `companions-${heading.replace(/\W+/gu, '-')}`;
  return (
    <section class="companions" aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      {items.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <ul>
          {items.map((c) => (
            <li key={c.key}>
              <a href={href(c.key)}>{c.label}</a> <span class="count">{c.count} {t('articles')}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
