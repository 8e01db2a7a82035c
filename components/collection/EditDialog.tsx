import { useEffect, useRef, useState } from 'preact/hooks';
import type { ClippingCard } from '@/lib/clipping/types';
import { parseTags } from './actions';
import type { CollectionText } from './strings';

interface Props {
  card: ClippingCard;
  t: CollectionText;
  onSave(note: string, tags: string[]): Promise<void>;
  onClose(): void;
}

/** A modal form for a clipping's note and tags; Escape or Huỷ closes it without saving. */
export function EditDialog({ card, t, onSave, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el || el.open) return;
    if (typeof el.showModal === 'function') el.showModal();
    else el.setAttribute('open', '');
  }, []);

  const submit = async (event: Event) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget as HTMLFormElement);
    setBusy(true);
    try {
      await onSave(String(form.get('note') ?? ''), parseTags(String(form.get('tags') ?? '')));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog ref={dialog} class="edit-dialog" aria-labelledby="edit-title" onCancel={onClose} onClose={onClose}>
      <form onSubmit={submit}>
        <h2 id="edit-title">{t('editTitle')}</h2>
        <p class="edit-subject">{card.title || card.url}</p>
        <label>
          <span>{t('note')}</span>
          <textarea name="note" rows={5} defaultValue={card.note} maxLength={20_000} />
        </label>
        <label>
          <span>{t('tags')}</span>
          <input name="tags" type="text" defaultValue={card.tags.join(', ')} />
        </label>
        <div class="dialog-actions">
          <button type="submit" disabled={busy}>
            {t('save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
