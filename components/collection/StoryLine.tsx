/**
 * The line a story of reprints adds to its first card in the library: every
 * site and date the same article appeared on, and a button that lists each
 * clipping (with its own note and tags) under it.
 */
import type { Lang } from '@/lib/i18n/i18n';
import type { Story } from '@/lib/collection/reprints';
import { formatDate } from '@/lib/i18n/format-date';
import { localDay } from './ClippingRow';
import type { CollectionText } from './strings';

interface Props {
  story: Story;
  open: boolean;
  onToggle(): void;
  t: CollectionText;
  lang: Lang;
}

export function StoryLine({ story, open, onToggle, t, lang }: Props) {
  const places = story.map((card) => `${card.site} (${card.published ? formatDate(card.published, lang) : localDay(card.clippedAt, lang)})`).join(' · ');
  return (
    <p class="clipping-reprints" title={`${t('reprintedOn')}: ${places}`}>
      <button type="button" aria-expanded={open} onClick={onToggle}>
        {t(open ? 'hideReprints' : 'showReprints')} ({story.length})
      </button>{' '}
      {t('reprintedOn')}: {places}
    </p>
  );
}
