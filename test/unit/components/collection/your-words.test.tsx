/**
 * The user's words in sight: library cards show the note's first lines and the
 * tags as chips; a chip filters, several at once; every name on a card opens
 * its research page; the edit dialog suggests the user's own tags and saves
 * from the keyboard; a clipping's page shows its note and tags.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Library } from '@/components/library/Library';
import { ClippingView } from '@/components/research/ClippingView';
import { researchStrings } from '@/components/research/strings';
import { officialHref } from '@/lib/research/route';
import { saveClipping, updateClipping, getRecord } from '@/lib/store/clippings';
import { clippingInput, KL57, NGHIA } from '../../../../scripts/support/clippings';
import { $, allLoaded, button, eventually, setUp, titles, type, withText } from '../../../helpers/harness';

const day = (d: number) => new Date(2024, 5, d, 10).getTime();

describe('your words first', () => {
  let ui: ReturnType<typeof setUp>;
  const ids: Record<string, string> = {};
  beforeEach(async () => {
    ui = setUp();
    const save = async (key: string, title: string, at: number, note: string, tags: string[]) => {
      const { id } = await saveClipping(ui.db, clippingInput({ title, spec: { officials: [NGHIA], directives: [KL57] } }), at);
      await updateClipping(ui.db, id, { note, tags }, at);
      ids[key] = id;
    };
    await save('a', 'Bài A', day(1), 'Dòng một\nDòng hai\nDòng ba', ['Báo cáo quý', 'ttđn']);
    await save('b', 'Bài B', day(2), '', ['ttđn']);
    await save('c', 'Bài C', day(3), 'Chỉ ghi chú', ['báo cáo quý']);
  });
  afterEach(async () => {
    await ui.tearDown();
  });

  const card = (title: string) => withText(ui.container, '.clipping', title)[0]!;

  it('shows the note and the tags on the library cards, the note on lines of its own', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    const a = card('Bài A');
    expect($(a, '.clipping-words').classList.contains('roomy')).toBe(true);
    expect($(a, '.clipping-note').textContent).toBe('Dòng một\nDòng hai\nDòng ba');
    expect([...a.querySelectorAll('.tag-chip')].map((c) => c.textContent)).toEqual(['#Báo cáo quý', '#ttđn']);
  });

  it('filters by a tag chip, and by two at once (a card must carry both); a pressed chip takes its tag away', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    button(card('Bài B'), 'Lọc theo nhãn ttđn').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài B', 'Bài A']));
    button(card('Bài A'), 'Lọc theo nhãn Báo cáo quý').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài A']));
    // The filter bar shows both, pressed; the card's chips too.
    expect([...ui.container.querySelectorAll('.tag-filter .tag-chip')].map((c) => c.textContent)).toEqual(['#ttđn', '#Báo cáo quý']);
    expect(button(card('Bài A'), 'Thôi lọc theo nhãn ttđn').getAttribute('aria-pressed')).toBe('true');
    button(card('Bài A'), 'Thôi lọc theo nhãn ttđn').click();
    await eventually(() => expect(titles(ui.container)).toEqual(['Bài C', 'Bài A']));
  });

  it('makes every name on a card a link to its research page', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    const a = card('Bài A');
    expect($(a, 'a.found-official').getAttribute('href')).toBe(officialHref(NGHIA.name));
    expect($(a, 'a.found-official').textContent).toBe(NGHIA.name);
    expect($(a, 'a.found-directive').getAttribute('href')).toBe(`/research.html#directive=${encodeURIComponent('57-KL/TW')}`);
  });

  it('suggests the user’s own tags in the edit dialog, diacritics or not, and saves with Enter', async () => {
    ui.show(<Library db={ui.db} />);
    await allLoaded(ui.container, 3);
    button(card('Bài B'), 'Sửa ghi chú và nhãn của “Bài B”').click();
    await eventually(() => expect(ui.container.querySelector('dialog')).not.toBeNull());
    const dialog = $(ui.container, 'dialog');
    expect(button(dialog, 'Lưu thay đổi').classList.contains('primary')).toBe(true);
    const tags = $(dialog, 'input[name="tags"]') as HTMLInputElement;
    type(tags, 'ttđn, bao cao');
    // The tag as the collection last spelled it.
    await eventually(() => expect([...dialog.querySelectorAll('[role="option"]')].map((o) => o.textContent)).toEqual(['báo cáo quý']));
    tags.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await eventually(() => expect(tags.getAttribute('aria-activedescendant')).toBe('edit-tags-suggestions-0'));
    tags.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(tags.value).toBe('ttđn, báo cáo quý, '));
    const note = $(dialog, 'textarea') as HTMLTextAreaElement;
    type(note, 'Đọc lại');
    note.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await eventually(() => expect(ui.container.querySelector('dialog')).toBeNull());
    expect(await getRecord(ui.db, ids.b!)).toMatchObject({ note: 'Đọc lại', tags: ['ttđn', 'báo cáo quý'] });
  });

  it('shows the note and the tags on the clipping’s page, each tag a link to the library filtered by it', async () => {
    const record = (await getRecord(ui.db, ids.a!))!;
    ui.show(<ClippingView record={record} lang="vi" t={researchStrings('vi')} />);
    const words = $(ui.container, '.your-words');
    expect($(words, 'h2').textContent).toBe('Ghi chú và nhãn của bạn');
    expect($(words, '.clip-note').textContent).toBe('Dòng một\nDòng hai\nDòng ba');
    const chips = [...words.querySelectorAll<HTMLAnchorElement>('a.tag-chip')];
    expect(chips.map((c) => [c.textContent, c.getAttribute('href')])).toEqual([
      ['#Báo cáo quý', `/library.html#tag=${encodeURIComponent('Báo cáo quý')}`],
      ['#ttđn', `/library.html#tag=${encodeURIComponent('ttđn')}`],
    ]);
  });

  it('opens the library filtered by the tag a clipping’s page linked to', async () => {
    location.hash = `#tag=${encodeURIComponent('BÁO CÁO QUÝ')}`;
    try {
      ui.show(<Library db={ui.db} />);
      await allLoaded(ui.container, 3);
      await eventually(() => expect(titles(ui.container)).toEqual(['Bài C', 'Bài A']));
    } finally {
      location.hash = '';
    }
  });
});
