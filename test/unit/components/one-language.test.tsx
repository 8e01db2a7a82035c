/**
 * One language at a time: every surface renderable here, in both languages,
 * shows no string of the other language (page and reader text aside), and every
 * dictionary defines every key in both.
 */
import { render, type ComponentChild } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderRoot } from '../../helpers/render-root';
import { ImportReportView } from '@/components/collection/ImportReportView';
import { collectionStrings } from '@/components/collection/strings';
import { describeError } from '@/components/collection/describe-error';
import { HoverCard } from '@/components/hovercard/HoverCard';
import '@/components/hovercard/strings';
import { Library } from '@/components/library/Library';
import '@/components/library/strings';
import { Onboarding } from '@/components/onboarding/Onboarding';
import '@/components/onboarding/strings';
import '@/components/options/strings';
import '@/components/sync/strings';
import { SyncSettings } from '@/components/options/SyncSettings';
import { SyncLine } from '@/components/sync/SyncLine';
import { SYNC_OFF } from '@/lib/sync/types';
import { fakeSync, setUpStatus } from '../../helpers/sync-fake';
import { Panel, type PanelModel } from '@/components/panel/Panel';
import { ResearchPage } from '@/components/research/ResearchPage';
import '@/components/research/strings';
import { directiveHref, officialHref } from '@/lib/research/route';
import '@/components/popup/strings';
import '@/lib/background/strings';
import '@/lib/background/annotate-tab';
import { DICTIONARIES, type Lang } from '@/lib/i18n/i18n';
import { expandTitle } from '@/lib/matcher/language/abbreviations';
import { analyze } from '@/lib/matcher/analyze';
import type { Analysis, Directive, Official } from '@/lib/matcher/types';
import { samplePassage } from '@/components/onboarding/sample';
import { RequestError } from '@/lib/messaging/messages';
import { StoreError } from '@/lib/store/errors';
import { ImportFileError } from '@/lib/clipping/export-format';
import { saveClipping, updateClipping } from '@/lib/store/clippings';
import { clippingInput, KL57, NGHIA } from '../../../scripts/support/clippings';
import { allLoaded, setUp } from '../../helpers/harness';
import { otherLanguage, setBrowserLanguages, visibleWords } from '../../helpers/languages';

const LANGS: Lang[] = ['vi', 'en'];
/** The English onboarding quotes how Vietnamese articles write directives: quotations, not UI. */
const QUOTED = ['Kết luận số 57-KL/TW', 'Nghị quyết số 47/NQ-CP'];
const BROWSER: Record<Lang, string[]> = { vi: ['vi-VN', 'vi'], en: ['en-US', 'en'] };

const official: Official = {
  name: 'Nguyễn Trọng Nghĩa',
  titles: ['UVBTV Tỉnh ủy', 'Bí thư Trung ương Đảng', 'Trưởng Ban Tuyên giáo Trung ương'],
  mentions: [{ start: 0, end: 18 }],
};
const directive: Directive = {
  id: '16-KL/TW',
  kind: 'Kết luận',
  issuer: 'Bộ Chính trị',
  date: '2020-06-29',
  subject: 'về Chiến lược phát triển thông tin đối ngoại',
  mentions: [{ start: 30, end: 38 }],
  from: { subject: 'reference', date: 'reference' },
};
const analysis: Analysis = {
  foreignInfo: {
    isForeignInfo: false,
    score: 0.26,
    weakCapped: true,
    evidence: [
      { kind: 'term', label: 'thông tin đối ngoại', weight: 2, count: 1 },
      { kind: 'directive', label: '16-KL/TW', weight: 1, count: 1 },
      { kind: 'term', label: 'thị trường chứng khoán', weight: -1.5, count: 2 },
    ],
  },
  officials: [official],
  directives: [directive],
};
const model = (over: Partial<PanelModel> = {}): PanelModel => ({
  analysis,
  verdict: analysis.foreignInfo,
  threshold: 0.5,
  categories: { officials: true, directives: true },
  clip: { status: 'idle' },
  collapsed: false,
  guardedClicks: true,
  ...over,
});

/** Text of the page, in Vietnamese whatever the UI's language. */
function pageText(a: Analysis): string[] {
  return [
    ...a.officials.flatMap((o) => [o.name, ...o.titles, ...o.titles.map(expandTitle)]),
    ...a.directives.flatMap((d) => [d.id, d.kind, d.issuer, d.subject].filter((x): x is string => !!x)),
    ...a.foreignInfo.evidence.map((e) => e.label),
  ];
}

const noop = () => undefined;
const rootOf = renderRoot();
let root: HTMLElement;
beforeEach(() => (root = rootOf()));

function expectOneLanguage(lang: Lang, data: readonly string[], what: string) {
  const words = visibleWords(root, lang, data);
  expect(words.length, `${what} shows nothing`).toBeGreaterThan(0);
  expect(otherLanguage(words, lang), `${what} in ${lang}`).toEqual([]);
}

function show(node: ComponentChild) {
  render(null, root);
  render(node, root);
}

/** Opens every disclosure and "+N" so what they hide is checked too. */
function openAll() {
  for (const d of root.querySelectorAll('details')) d.open = true;
  for (const b of root.querySelectorAll<HTMLButtonElement>('button.more')) {
    const click = new MouseEvent('click', { bubbles: true });
    Object.defineProperty(click, 'isTrusted', { value: true });
    b.dispatchEvent(click);
  }
}

describe.each(LANGS)('in %s', (lang) => {
  beforeEach(() => setBrowserLanguages(BROWSER[lang]));
  const panel = (m: PanelModel) => (
    <Panel lang={lang} model={m} onSelect={noop} onPreview={noop} onClip={noop} onCollapse={noop} onClose={noop} onDisableSite={noop} onPause={noop} />
  );

  it('the panel, in every state', async () => {
    const states: [string, PanelModel][] = [
      ['ready', model()],
      ['a yes verdict', model({ verdict: { ...analysis.foreignInfo, isForeignInfo: true, score: 0.83 } })],
      ['analysing', model({ analysis: null, verdict: null })],
      ['saving', model({ clip: { status: 'saving' } })],
      ['saved', model({ clip: { status: 'saved' } })],
      ['collapsed', model({ collapsed: true })],
      ['orphaned', model({ orphaned: true })],
      ...(['disconnected', 'no-answer', 'forbidden', 'quota', 'invalid', 'storage', 'other'] as const).map(
        (failure): [string, PanelModel] => [`failed: ${failure}`, model({ clip: { status: 'error', failure } })],
      ),
    ];
    for (const [what, m] of states) {
      show(panel(m));
      await Promise.resolve();
      openAll();
      await new Promise((r) => setTimeout(r));
      expectOneLanguage(lang, pageText(analysis), `the panel (${what})`);
    }
  });

  it('the hover card of an official and of a directive', () => {
    show(<HoverCard lang={lang} subject={{ kind: 'official', official }} />);
    expectOneLanguage(lang, pageText(analysis), 'the official’s card');
    show(<HoverCard lang={lang} subject={{ kind: 'directive', directive }} />);
    expectOneLanguage(lang, pageText(analysis), 'the directive’s card');
    show(<HoverCard lang={lang} subject={{ kind: 'directive', directive: { ...directive, kind: null, issuer: null, date: null, subject: null, from: undefined } }} />);
    expectOneLanguage(lang, pageText(analysis), 'an unknown directive’s card');
  });

  it('the onboarding page', () => {
    show(<Onboarding lang={lang} onLang={vi.fn()} />);
    openAll();
    expectOneLanguage(lang, [...QUOTED, ...pageText(analyze(samplePassage()))], 'the onboarding page');
  });

  it('the import report and every error sentence', () => {
    const t = collectionStrings(lang);
    const report = {
      added: 1,
      updated: 1,
      changed: [{ index: 0, id: 'a', canonicalUrl: 'https://nhandan.vn/a', title: 'Bài về đối ngoại', changes: [{ field: 'title' as const }, { field: 'note' as const, how: 'kept-both' as const }] }],
      skipped: [{ index: 2, canonicalUrl: 'https://nhandan.vn/b' }],
      rejected: [
        { index: 3, reason: 'clippings[3].text: expected a string', path: 'clippings[3].text', problem: 'expected a string' },
        { index: 4, reason: 'clippings[4].title: longer than 1000 characters', path: 'clippings[4].title', problem: 'longer than 1000 characters' },
        { index: 5, reason: 'clippings[5].published: expected a real date YYYY-MM-DD, 1900-2100', path: 'clippings[5].published', problem: 'expected a real date YYYY-MM-DD, 1900-2100' },
      ],
      // The watch list's line shows too, so its words are checked in each language.
      watch: { added: 2, removed: 1, rejected: 1 },
      // And the line that says search finds them once indexed.
      indexing: 2,
    };
    show(<ImportReportView report={report as never} t={t} lang={lang} />);
    openAll();
    expectOneLanguage(lang, ['Bài về đối ngoại', 'https://nhandan.vn/a', 'https://nhandan.vn/b'], 'the import report');

    const errors: unknown[] = [
      new Error('Annotation is off on this page.'),
      new RequestError('No article on this page to clip.', 'unsupported'),
      new RequestError('Could not establish connection. Receiving end does not exist.'),
      new RequestError('Extension context invalidated.', 'disconnected'),
      new RequestError('clipping.title: longer than 1000 characters', 'invalid'),
      new StoreError('storage', 'The database refused the change: UnknownError Internal error opening backing store'),
      new StoreError('quota', 'Storage is full'),
      new ImportFileError('not-json', 'Not a JSON file (Unexpected token h).'),
      new ImportFileError('malformed', '"version" must be a whole number.'),
      new ImportFileError('malformed', 'exportedAt: expected an ISO 8601 date-time with seconds and zone'),
      new TypeError('Failed to fetch'),
    ];
    const sentences = errors.map((e) => describeError(t, e));
    // Field names of the export format are the same in both languages.
    const words = sentences.map((s) => s.replace(/\b(clipping\.title|exportedAt)\b/g, ''));
    expect(otherLanguage(words, lang), `error sentences in ${lang}`).toEqual([]);
  });

  it('the sync section of the options and the sync line, set up, stopping and failing', async () => {
    // The server's own words are shown as they are, under the sentence.
    const detail = '401 Name or password is incorrect.';
    const data = ['https://couch.example.org', 'ttdn-nhom', 'lan', detail];
    const status = setUpStatus({ conflicts: 2, problem: { code: 'unauthorized', detail } });
    const ui = setUp({ sync: fakeSync(status).control });
    try {
      ui.show(<SyncSettings lang={lang} status={status} setStatus={noop} />);
      ui.container.querySelector<HTMLButtonElement>('.sync-stop')!.click();
      await vi.waitFor(() => expect(ui.container.querySelector('.sync-confirm')).not.toBeNull());
      expect(otherLanguage(visibleWords(ui.container, lang, data), lang), `the sync section in ${lang}`).toEqual([]);
      ui.show(<SyncSettings lang={lang} status={SYNC_OFF} setStatus={noop} />);
      expect(otherLanguage(visibleWords(ui.container, lang, data), lang), `the sync form in ${lang}`).toEqual([]);
      ui.show(<SyncLine lang={lang} onSeeConflicts={noop} />);
      await vi.waitFor(() => expect(ui.container.querySelector('.sync-problem')).not.toBeNull());
      expect(otherLanguage(visibleWords(ui.container, lang, data), lang), `the sync line in ${lang}`).toEqual([]);
    } finally {
      await ui.tearDown();
    }
  });

  it('the library and the research pages, with clippings', async () => {
    const ui = setUp();
    try {
      const text = 'Đồng chí Nguyễn Trọng Nghĩa quán triệt Kết luận 57-KL/TW';
      const { id } = await saveClipping(ui.db, clippingInput({ title: 'Nghĩa làm việc tại Đà Nẵng', text, published: '2024-05-20', spec: { officials: [NGHIA], directives: [KL57] } } as never), 1_717_000_000_000);
      await updateClipping(ui.db, id, { note: 'ghi chú riêng', tags: ['Báo cáo quý'] }, 1_717_000_000_001);
      const data = ['Nghĩa làm việc tại Đà Nẵng', 'ghi chú riêng', 'Báo cáo quý', ...NGHIA.titles, NGHIA.name, KL57.id, KL57.kind, KL57.issuer, KL57.subject, 'vietnamplus.vn', 'nhandan.vn', 'Báo Thử nghiệm', 'Phóng viên'];
      ui.show(<Library db={ui.db} />);
      await allLoaded(ui.container, 1);
      await new Promise((r) => setTimeout(r, 50));
      for (const d of ui.container.querySelectorAll('details')) d.open = true;
      expect(otherLanguage(visibleWords(ui.container, lang, data), lang), `the library in ${lang}`).toEqual([]);

      for (const href of [officialHref(NGHIA.name), directiveHref(KL57.id)]) {
        ui.show(null);
        location.hash = href.slice(href.indexOf('#'));
        ui.show(<ResearchPage db={ui.db} />);
        await vi.waitFor(() => expect(ui.container.querySelector('[data-article-id]')).not.toBeNull(), { timeout: 3000 });
        for (const d of ui.container.querySelectorAll('details')) d.open = true;
        expect(otherLanguage(visibleWords(ui.container, lang, data), lang), `the research page ${href} in ${lang}`).toEqual([]);
      }
    } finally {
      location.hash = '';
      await ui.tearDown();
    }
  });
});

describe('the dictionaries', () => {
  it('define every key in both languages, none left empty', () => {
    expect(DICTIONARIES.length).toBeGreaterThanOrEqual(8);
    for (const { vi, en } of DICTIONARIES) {
      expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
      for (const [key, value] of [...Object.entries(vi), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
    }
  });

  it('have no Vietnamese in English and no English in Vietnamese', () => {
    // Proper names and the launcher's abbreviation are the same word in both (TTĐN is the Vietnamese launcher only).
    const allowed = /Tiếng Việt|^vi$/;
    for (const { vi, en } of DICTIONARIES) {
      const unquoted = (v: string) => QUOTED.reduce((text, q) => text.split(q).join(''), v);
      const badEn = Object.entries(en).filter(([, v]) => !allowed.test(v) && otherLanguage([unquoted(v)], 'en').length > 0);
      expect(badEn, 'English strings with Vietnamese letters').toEqual([]);
      // {name} placeholders are filled with numbers and page text.
      const badVi = Object.entries(vi).filter(([, v]) => otherLanguage([v.replace(/\{\w+\}/g, '')], 'vi').length > 0);
      expect(badVi, 'Vietnamese strings with English words').toEqual([]);
    }
  });
});
