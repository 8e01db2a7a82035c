/**
 * The tags field, comma-separated, with suggestions from the user's own tags
 * as they type (diacritics or not: lib/collection/tag-suggest.ts). A combobox
 * for the keyboard: Down and Up move through the suggestions, Enter or Tab
 * takes one, Escape closes them; Enter with none chosen submits the form.
 */
import { useState } from 'preact/hooks';
import { acceptTag, suggestTags } from '@/lib/collection/tag-suggest';

interface Props {
  id: string;
  value: string;
  onInput(value: string): void;
  /** The user's tags, most used first. */
  own: readonly string[];
  label: string;
  describedBy?: string;
}

export function TagInput({ id, value, onInput, own, label, describedBy }: Props) {
  const [active, setActive] = useState(-1);
  const [closed, setClosed] = useState(false);
  const suggestions = closed ? [] : suggestTags(own, value);
  const open = suggestions.length > 0;
  const listId = `${id}-suggestions`;

  const take = (tag: string) => {
    onInput(acceptTag(value, tag));
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 (the field itself), then each suggestion, round again.
      const n = suggestions.length + 1;
      setActive((i) => ((i + 1 + step + n) % n) - 1);
    } else if ((event.key === 'Enter' || event.key === 'Tab') && active >= 0 && active < suggestions.length) {
      event.preventDefault();
      take(suggestions[active]!);
    } else if (event.key === 'Escape') {
      // Closes the list, not the dialog around it.
      event.preventDefault();
      event.stopPropagation();
      setClosed(true);
    }
  };

  return (
    <div class="tag-input">
      <input
        id={id}
        name="tags"
        type="text"
        autocomplete="off"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 && active < suggestions.length ? `${listId}-${active}` : undefined}
        aria-describedby={describedBy}
        value={value}
        onInput={(e) => {
          setClosed(false);
          setActive(-1);
          onInput(e.currentTarget.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setActive(-1)}
      />
      {open && (
        <ul id={listId} class="tag-suggestions" role="listbox" aria-label={label}>
          {suggestions.map((tag, i) => (
            <li
              key={tag}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              // mousedown, not click: the input keeps focus.
              onMouseDown={(e) => {
                e.preventDefault();
                take(tag);
              }}
            >
              {tag}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
