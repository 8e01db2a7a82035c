import type { Lang } from '@/lib/i18n';
import type { ClippingCard } from '@/lib/store/types';
import { formatDate } from '@/lib/format-date';
import type { CollectionText } from './strings';

interface Props {
  card: ClippingCard;
  t: CollectionText;
  lang: Lang;
  onEdit(card: ClippingCard): void;
  onDelete(card: ClippingCard): void;
}

export function ClippingRow({ card, t, lang, onEdit, onDelete }: Props) {
  const title = card.title || card.url;
  const found = [...card.directives, ...card.officials].join(' · ');
  const extra = [card.tags.map((tag) => `#${tag}`).join(' '), card.note].filter(Boolean).join(' · ');
  return (
    <article class="clipping" data-clipping-id={card.id}>
      {/* elementtiming: the benchmark reads when the first title is painted. */}
      <a class="clipping-title" href={card.url} target="_blank" rel="noopener noreferrer" title={t('openSource')} elementtiming="clipping-title">
        {title}
      </a>
      <p class="clipping-meta">
        <span class={card.topic ? 'verdict yes' : 'verdict no'}>{card.topic ? t('topicYes') : t('topicNo')}</span>
        {' · '}
        {card.site}
        {card.published && ` · ${formatDate(card.published, lang)}`}
      </p>
      <p class="clipping-found" title={`${card.officials.length} ${t('officialsCount')}, ${card.directives.length} ${t('directivesCount')}`}>
        {found}
      </p>
      {extra && <p class="clipping-note">{extra}</p>}
      <div class="clipping-actions">
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
