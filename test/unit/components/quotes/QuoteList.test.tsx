/**
 * The quote list's delete button: a button named by the quote's words, which
 * takes the quote off the list (through the background), leaves the other,
 * and moves the keyboard to the sentence saying so.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLiveQuery } from '@/components/collection/useLiveQuery';
import { QuoteList } from '@/components/quotes/QuoteList';
import { quoteStrings } from '@/components/quotes/strings';
import { targetOf } from '@/lib/clipping/quotes';
import { getRecord, saveClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { keepQuote } from '@/lib/store/quotes';
import { clippingInput } from '../../../../scripts/support/clippings';
import { setUp } from '../../../helpers/harness';

function Live({ db, id }: { db: AnnotatorDb; id: string }) {
  const { value } = useLiveQuery(() => getRecord(db, id), [db, id]);
  return value ? <QuoteList clippingId={id} quotes={value.quotes ?? []} missing={null} t={quoteStrings('vi')} /> : null;
}

describe('deleting a quote from the list', () => {
  let ui: ReturnType<typeof setUp>;
  beforeEach(() => {
    ui = setUp();
  });
  afterEach(() => ui.tearDown());

  it('takes it off the list, keeps the other, and says so where the keyboard now is', async () => {
    const input = clippingInput();
    const { id } = await saveClipping(ui.db, input);
    const first = await keepQuote(ui.db, id, targetOf(input.text, 0, 12)!);
    const second = await keepQuote(ui.db, id, targetOf(input.text, input.text.length - 10, input.text.length)!);
    ui.show(<Live db={ui.db} id={id} />);
    await vi.waitFor(() => expect(ui.container.querySelectorAll('.quote')).toHaveLength(2));
    const button = ui.container.querySelector<HTMLButtonElement>(`[data-quote-id="${first.id}"] button.quote-delete`)!;
    expect(button.getAttribute('aria-label')).toBe(`Xoá trích dẫn: ${first.exact}`);
    expect(button.textContent).toBe('Xoá trích dẫn');
    button.click();
    await vi.waitFor(() => expect([...ui.container.querySelectorAll('.quote')].map((q) => (q as HTMLElement).dataset.quoteId)).toEqual([second.id]));
    const said = ui.container.querySelector('[role="status"]');
    expect(said?.textContent).toBe('Đã xoá trích dẫn.');
    expect(document.activeElement).toBe(said);
    expect((await getRecord(ui.db, id))!.deletedQuotes!.map((q) => q.id)).toEqual([first.id]);
  });
});
