import { Fragment } from 'preact';
import type { Lang } from '@/lib/i18n/i18n';
import type { ClippingCard } from '@/lib/clipping/types';
import { formatDate } from '@/lib/i18n/format-date';
import { clippingHref } from '@/lib/research/route';
import type { CollectionText } from './strings';

interface Props {
  card: ClippingCard;
  t: CollectionText;
  lang: Lang;
  onEdit(card: ClippingCard): void;
  onDelete(card: ClippingCard): void;
}

/** A clipping time (ms) as the reader's local calendar day, written the way the language writes dates. */
function localDay(ms: number, lang: Lang): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, lang);
}

/** Items joined by " · ", each in its own span so directives and officials can be told apart at a glance. */
function joined(items: readonly string[], cls: string, lead: boolean) {
  return items.map((item, i) => (
    <Fragment key={item}>
      {(lead || i > 0) && ' · '}
      <span class={cls}>{item}</span>
    </Fragment>
  ));
}

export function ClippingRow({ card, t, lang, onEdit, onDelete }: Props) {
  const title = card.title || card.url;
  const extra = [card.tags.map((tag) => `#${tag}`).join(' '), card.note].filter(Boolean).join(' · ');
  return (
    <article class="clipping" data-clipping-id={card.id}>
      {/* elementtiming: the benchmark reads when the first title is painted. */}
      <a class="clipping-title" href={card.url} target="_blank" rel="noopener noreferrer" title={t('openSource')} elementtiming="clipping-title">
        {title}
      </a>
      <p class="clipping-meta">
        <span class={card.topic ? 'verdict yes' : 'verdict no'}>{card.topic ? t('topicYes') : t('topicNo')}</span>{' '}
        <span class="clipping-score" title={t('scoreLabel')}>{Math.round(card.score * 100)}%</span>
        {' · '}
        <span class="clipping-site">{card.site}</span>
        {card.published && ` · ${t('publishedOn')} ${formatDate(card.published, lang)}`}
        {` · ${t('clippedOn')} ${localDay(card.clippedAt, lang)}`}
      </p>
      <p class="clipping-found" title={`${card.officials.length} ${t('officialsCount')}, ${card.directives.length} ${t('directivesCount')}`}>
        {joined(card.directives, 'found-directive', false)}
        {joined(card.officials, 'found-official', card.directives.length > 0)}
      </p>
      {extra && <p class="clipping-note">{extra}</p>}
      <div class="clipping-actions">
        {/* The clipping's own view: its text, findings, and the user's corrections (research page). */}
        <a class="clipping-view-link" href={clippingHref(card.id)} target="_blank" rel="noopener" aria-label={`${t('viewClipping')} “${title}”`}>
          {t('view')}
        </a>
        <button type="button" aria-label={`${t('editLabel')} “${title}”`} onClick={() => onEdit(card)}>
          {t('edit')}
        </button>
        <button type="button" aria-label={`${t('deleteLabel')} “${title}”`} onClick={() => onDelete(card)}>
          {t('delete')}
        </button>
      </div>
    </article>
  );
}
