import { describe, expect, it, vi } from 'vitest';
import { PageInteraction } from '@/entrypoints/annotator/interaction';
import type { PageUi } from '@/entrypoints/annotator/ui';
import type { Painter } from '@/lib/dom/paint';
import type { Analysis } from '@/lib/matcher/types';

const analysis = {
  officials: [{ name: 'Nguyễn Minh Vũ', titles: ['Thứ trưởng'], mentions: [] }],
  directives: [{ id: '57-KL/TW', kind: 'Kết luận', issuer: null, date: null, subject: null, hasSymbol: true, mentions: [] }],
} as unknown as Analysis;

function setUp(mentionRect: DOMRect | null) {
  const ui = { showCard: vi.fn(), hideCard: vi.fn() };
  const open = vi.fn();
  const painter = {
    mention: vi.fn(() => (mentionRect ? ({ startContainer: document.body.firstChild ?? document.body, getBoundingClientRect: () => mentionRect } as unknown as Range) : null)),
    flash: vi.fn(),
    hitTest: vi.fn(() => null),
  };
  const interaction = new PageInteraction(document, ui as unknown as PageUi, painter as unknown as Painter, {
    analysis: () => analysis,
    lang: () => 'vi',
    ready: () => true,
    open,
  });
  interaction.start();
  return { ui, painter, interaction, open };
}

describe('the in-page interaction', () => {
  it('explains a directive selected in the panel at its first mention, and says nothing of the collection (the page must not learn what the reader keeps)', () => {
    document.body.innerHTML = '<p>Kết luận 57-KL/TW</p>';
    const rect = new DOMRect(10, 20, 50, 10);
    const { ui, painter, interaction } = setUp(rect);
    interaction.reveal('directive:57-KL/TW');
    expect(painter.flash).toHaveBeenCalledWith('directive:57-KL/TW', 0);
    expect(ui.showCard).toHaveBeenCalledWith('vi', { kind: 'directive', directive: analysis.directives[0] }, rect, expect.any(Function));
    expect(ui.showCard.mock.calls[0]).toHaveLength(4);
    interaction.stop();
  });

  it('hands the card’s door to the source: pressing it asks for that subject’s research page', () => {
    document.body.innerHTML = '<p>Kết luận 57-KL/TW</p>';
    const { ui, interaction, open } = setUp(new DOMRect(10, 20, 50, 10));
    interaction.reveal('directive:57-KL/TW');
    const door = ui.showCard.mock.calls[0]![3] as (subject: unknown) => void;
    door({ kind: 'directive', directive: analysis.directives[0] });
    expect(open).toHaveBeenCalledWith({ kind: 'directive', directive: analysis.directives[0] });
    interaction.stop();
  });

  it('explains an official focused in the panel beside the entry when the mention is not on screen', () => {
    document.body.innerHTML = '<div id="entry"></div>';
    const { ui, interaction } = setUp(null);
    const entry = document.getElementById('entry')!;
    interaction.preview('official:Nguyễn Minh Vũ', entry);
    expect(ui.showCard).toHaveBeenCalledTimes(1);
    expect(ui.showCard.mock.calls[0]![1]).toEqual({ kind: 'official', official: analysis.officials[0] });
    // Language, subject, place and the card's door: nothing from the collection.
    expect(ui.showCard.mock.calls[0]).toHaveLength(4);
    interaction.preview(null, null);
    expect(ui.hideCard).toHaveBeenCalled();
    interaction.stop();
  });

  it('shows nothing for a key the analysis does not hold', () => {
    const { ui, interaction } = setUp(new DOMRect(0, 0, 10, 10));
    interaction.reveal('official:Không Ai');
    expect(ui.showCard).not.toHaveBeenCalled();
    interaction.stop();
  });
});
