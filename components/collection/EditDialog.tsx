/** A modal for a clipping's note and tags (WordsForm); Escape or Huỷ closes it without saving. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClippingCard } from '@/lib/clipping/types';
import type { CollectionText } from './strings';
import { WordsForm } from './WordsForm';

interface Props {
  card: ClippingCard;
  t: CollectionText;
  /** The user's tags, most used first, for suggestions. */
  ownTags: readonly string[];
  onSave(note: string, tags: string[]): Promise<void>;
  onClose(): void;
}

export function EditDialog({ card, t, ownTags, onSave, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
  }, []);

  const save = async (note: string, tags: string[]) => {
    setBusy(true);
    try {
      await onSave(note, tags);
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="edit-dialog" aria-labelledby="edit-title" onCancel={onClose} onClose={onClose}>
      <h2 id="edit-title">{t('editTitle')}</h2>
      <p class="edit-subject">{card.title || card.url}</p>
      <WordsForm
        id="edit"
        note={card.note}
        tags={card.tags}
        ownTags={ownTags}
        t={t}
        busy={busy}
        autoFocus
        onSave={(note, tags) => void save(note, tags)}
        secondary={{ label: t('cancel'), onClick: onClose }}
      />
    </dialog>
  );
}
