/**
 * The user's words about a clipping: a note and tags, with a clear primary
 * action. The edit dialog and the popup (right after a clip) show it.
 * Keyboard first: Enter saves from either field (Shift+Enter starts a new
 * line in the note; Enter on a suggested tag takes the tag).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTags } from './actions';
import type { CollectionText } from './strings';
import { TagInput } from './TagInput';

interface Props {
  /** Prefix of the fields' ids (two forms may share a page). */
  id: string;
  note: string;
  tags: readonly string[];
  /** The user's tags, most used first, for suggestions. */
  ownTags: readonly string[];
  t: CollectionText;
  busy: boolean;
  /** Put the keyboard in the note at once. */
  autoFocus?: boolean;
  onSave(note: string, tags: string[]): void;
  /** A second button (Huỷ, Bỏ qua) and its words. */
  secondary?: { label: string; onClick(): void };
}

export function WordsForm({ id, note: startNote, tags: startTags, ownTags, t, busy, autoFocus, onSave, secondary }: Props) {
  const [tags, setTags] = useState(startTags.join(', '));
  const form = useRef<HTMLFormElement>(null);
  const noteBox = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (autoFocus) noteBox.current?.focus();
  }, [autoFocus]);
  // What the fields hold now, read from the form: a key pressed right after typing comes before the next render.
  const submit = (event?: Event) => {
    event?.preventDefault();
    if (busy || !form.current) return;
    const data = new FormData(form.current);
    onSave(String(data.get('note') ?? ''), parseTags(String(data.get('tags') ?? '')));
  };
  return (
    <form ref={form} class="words-form" onSubmit={submit}>
      <label for={`${id}-note`}>{t('note')}</label>
      <textarea
        id={`${id}-note`}
        name="note"
        rows={4}
        maxLength={20_000}
        ref={noteBox}
        aria-describedby={`${id}-keys`}
        defaultValue={startNote}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) submit(e);
        }}
      />
      <label for={`${id}-tags`}>{t('tags')}</label>
      <TagInput id={`${id}-tags`} value={tags} onInput={setTags} own={ownTags} label={t('tags')} describedBy={`${id}-keys`} />
      <p class="hint" id={`${id}-keys`}>
        {t('wordsKeys')}
      </p>
      <div class="dialog-actions">
        {secondary && (
          <button type="button" onClick={secondary.onClick}>
            {secondary.label}
          </button>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}
