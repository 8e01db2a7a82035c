/** One clipping of the list, as the popup and the library show it, and the popup's first frame (components/popup/FirstPaint.tsx). */
import { type ComponentChildren, Fragment } from 'preact';
import { glossDirective } from '@/lib/i18n/gloss';
import type { Lang } from '@/lib/i18n/i18n';
import type { ClippingCard } from '@/lib/clipping/types';
import { formatDate } from '@/lib/i18n/format-date';
import { plural } from '@/lib/i18n/plural';
import { clippingHref, directiveHref, officialHref } from '@/lib/research/route';
import { Gloss } from './Gloss';
import type { CollectionText } from './strings';
import { TagChips } from './TagChips';

/** A popup row: title, meta, findings and one line of tags and note (five rows fit). */
export const ROW_HEIGHT = 84;
/** A library row: the same, with the tags on their own line and the note's first three lines. */
export const ROOMY_ROW_HEIGHT = 136;

interface Props {
  card: ClippingCard;
  t: CollectionText;
  lang: Lang;
  /** The tags the filter holds (their chips show pressed). */
  chosenTags: readonly string[];
  /** A tag chip pressed: add the tag to the filter or take it away. */
  onTag(tag: string): void;
  /** The library's cards show the note's first lines; the popup's one line. */
  roomy: boolean;
  onEdit(card: ClippingCard): void;
  onDelete(card: ClippingCard): void;
  /** What the library adds under the findings (a story's sites and dates, StoryLine.tsx). */
  children?: ComponentChildren;
  /** One clipping of a story, listed under the story's first card. */
  reprint?: boolean;
}

/** A clipping time (ms) as the reader's local calendar day, written the way the language writes dates. */
export function localDay(ms: number, lang: Lang): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return formatDate(`${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, lang);
}

/**
 * Items joined by " · ", each a link to its research page (every name is a door),
 * in its own class so directives and officials can be told apart at a glance, with
 * its English in the English interface (a directive's kind).
 */
function joined(items: readonly string[], cls: string, lead: boolean, href: (item: string) => string, gloss?: (item: string) => ComponentChildren) {
  return items.map((item, i) => (
    <Fragment key={item}>
      {(lead || i > 0) && ' · '}
      <a class={cls} href={href(item)} target="_blank" rel="noopener">
        {item}
        {gloss?.(item)}
      </a>
    </Fragment>
  ));
}

export function ClippingRow({ card, t, lang, chosenTags, onTag, roomy, onEdit, onDelete, children, reprint = false }: Props) {
  const title = card.title || card.url;
  return (
    <article class={`clipping${children ? ' story' : ''}${reprint ? ' reprint' : ''}`} data-clipping-id={card.id}>
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
      <p class="clipping-found" title={`${plural(lang, card.officials.length, t('officialsCount'))}, ${plural(lang, card.directives.length, t('directivesCount'))}`}>
        {joined(card.directives, 'found-directive', false, directiveHref, (id) => <Gloss lang={lang} english={glossDirective(id)} />)}
        {joined(card.officials, 'found-official', card.directives.length > 0, officialHref)}
      </p>
      {children}
      {(card.tags.length > 0 || card.note) && (
        <div class={roomy ? 'clipping-words roomy' : 'clipping-words'}>
          {card.tags.length > 0 && <TagChips tags={card.tags} chosen={chosenTags} onTag={onTag} label={(tag, on) => `${t(on ? 'untag' : 'byTag')} ${tag}`} />}
          {card.note && <p class="clipping-note">{card.note}</p>}
        </div>
      )}
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
