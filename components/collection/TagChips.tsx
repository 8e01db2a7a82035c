/**
 * Tags as chips. On a card and in the filter bar a chip is a button that adds
 * its tag to the filter or takes it away (several tags at once: a card must
 * carry them all); elsewhere (the clipping page) a chip links to the library
 * filtered by it. Tags are the user's words, shown as text only.
 */
import { fold } from '@/lib/text/fold';

interface Props {
  tags: readonly string[];
  /** The tags the filter holds now (pressed chips). */
  chosen?: readonly string[];
  /** What a chip press does; without it the chips link to the library. */
  onTag?(tag: string): void;
  /** Each chip's accessible name: "Lọc theo nhãn" / "Bỏ lọc nhãn" + the tag. */
  label(tag: string, pressed: boolean): string;
}

/** The library filtered by one tag (library.html reads #tag= at start). */
export const tagHref = (tag: string) => `/library.html#tag=${encodeURIComponent(tag)}`;

export function TagChips({ tags, chosen = [], onTag, label }: Props) {
  const on = new Set(chosen.map(fold));
  return (
    <span class="tag-chips">
      {tags.map((tag) => {
        const pressed = on.has(fold(tag));
        return onTag ? (
          <button key={tag} type="button" class="tag-chip" aria-pressed={pressed} aria-label={label(tag, pressed)} onClick={() => onTag(tag)}>
            #{tag}
          </button>
        ) : (
          <a key={tag} class="tag-chip" href={tagHref(tag)} aria-label={label(tag, false)}>
            #{tag}
          </a>
        );
      })}
    </span>
  );
}
