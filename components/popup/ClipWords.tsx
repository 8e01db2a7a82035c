/**
 * Right after a clip, the popup asks for a note and tags (an extension page:
 * keys typed here never reach the news page). Keyboard first: the note has
 * the keyboard as soon as the clip is saved, Enter saves, and the user's own
 * tags are suggested as they type (components/collection/WordsForm.tsx).
 */
import { useState } from 'preact/hooks';
import { saveNoteAndTags } from '@/components/collection/actions';
import { describeError } from '@/components/collection/describe-error';
import type { CollectionText } from '@/components/collection/strings';
import { WordsForm } from '@/components/collection/WordsForm';
import type { popupStrings } from './strings';

interface Props {
  id: string;
  note: string;
  tags: readonly string[];
  ownTags: readonly string[];
  t: ReturnType<typeof popupStrings>;
  tc: CollectionText;
  /** Saved (with what to say) or skipped (null). */
  onDone(said: string | null): void;
}

export function ClipWords({ id, note, tags, ownTags, t, tc, onDone }: Props) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const save = async (newNote: string, newTags: string[]) => {
    setBusy(true);
    setFailure(null);
    try {
      await saveNoteAndTags(id, newNote, newTags);
      onDone(t('wordsSaved'));
    } catch (error) {
      setFailure(describeError(tc, error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section class="clip-words" aria-labelledby="clip-words-heading">
      <h3 id="clip-words-heading">{t('addWords')}</h3>
      <WordsForm id="clip" note={note} tags={tags} ownTags={ownTags} t={tc} busy={busy} autoFocus onSave={(n, g) => void save(n, g)} secondary={{ label: t('skipWords'), onClick: () => onDone(null) }} />
      {failure && <p role="alert">{failure}</p>}
    </section>
  );
}
