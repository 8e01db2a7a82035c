import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { safeFileName, UniqueNames } from '@/lib/export/file-names';
import { markdownText, markdownZip, toMarkdown } from '@/lib/export/markdown';
import { noteStem, wikiLink } from '@/lib/export/obsidian-names';
import { frontMatter, yamlString } from '@/lib/export/yaml';
import { crc32, zipStore } from '@/lib/export/zip';
import { record, SAMPLE } from '../../helpers/export-records';

const concat = (parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) out.set(p, at), (at += p.length);
  return out;
};
const decoder = new TextDecoder();

/** The front matter of a Markdown file, parsed strictly as YAML 1.2. */
function front(markdown: string): Record<string, unknown> {
  const match = markdown.match(/^---\n([\s\S]*?)\n---\n/);
  expect(match).not.toBeNull();
  const docs = parseAllDocuments(match![1]!, { strict: true, uniqueKeys: true });
  expect(Array.isArray(docs) ? docs.length : 0).toBe(1);
  const [doc] = docs as ReturnType<typeof parseAllDocuments> & unknown[];
  expect(doc!.errors).toEqual([]);
  return doc!.toJS() as Record<string, unknown>;
}

describe('YAML front matter', () => {
  it('keeps any string a string, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(parse(`x: ${yamlString(s)}\n`, { strict: true })).toEqual({ x: s });
      }),
      { numRuns: 3000 },
    );
    for (const tricky of ['yes', 'null', '1e3', '- x', ': x', '#x', '---', '"', '\\', 'a\u2028b', '\uFEFF', '\u0085', '\ud800', 'tab\there', 'x\r\ny'])
      expect(parse(`x: ${yamlString(tricky)}\n`)).toEqual({ x: tricky });
  });

  it('writes lists, nulls, numbers and booleans', () => {
    expect(parse(frontMatter({ a: ['x: y', '- z'], b: [], c: null, d: 0.86, e: false }).replace(/^---\n|---\n$/g, ''))).toEqual({
      a: ['x: y', '- z'],
      b: [],
      c: null,
      d: 0.86,
      e: false,
    });
  });
});

describe('Markdown export', () => {
  it('gives each clipping front matter any YAML reader takes back exactly', () => {
    const nasty = record({ title: 'Tiêu đề: "trích dẫn" # không phải chú thích\n---\n- danh sách', note: "Ghi chú\n---\nkey: value\n'quote'", tags: ['a: b', '- c'], author: null });
    const fm = front(toMarkdown(nasty));
    expect(fm).toMatchObject({
      title: nasty.title,
      url: nasty.url,
      site: 'vietnamplus.vn',
      publication: 'VietnamPlus',
      author: null,
      published: '2024-08-07T09:00:00+07:00',
      clipped: '2024-08-08T01:02:03.000Z',
      foreign_info: true,
      score: 0.86,
      officials: ['Nguyễn Trọng Nghĩa'],
      directives: ['57-KL/TW'],
      tags: ['a-b', 'c'], // as Obsidian tags (the Obsidian vault tests below)
      note: nasty.note,
    });
  });

  it('writes the title, the note and the text so that they render as text', () => {
    const md = toMarkdown(record({ title: 'Tin <b>nóng</b>', note: '# không phải tiêu đề', text: '1. Không phải danh sách\n\n<script>alert(1)</script>\n\n- gạch đầu dòng' }));
    const body = md.replace(/^---\n[\s\S]*?\n---\n/, '');
    expect(body).toContain('# Tin \\<b\\>nóng\\</b\\>');
    expect(body).toContain('> \\# không phải tiêu đề');
    expect(body).toContain('1\\. Không phải danh sách');
    expect(body).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(body).toContain('\\- gạch đầu dòng');
    expect(markdownText('a\nb\n\n\nc')).toBe('a  \nb\n\nc');
  });

  it('zips one note a clipping, with safe and distinct names, readable by another unzip', () => {
    const twins = [record({ title: 'Cùng tên / khác bài' }), record({ title: 'CÙNG TÊN / KHÁC BÀI' }), record({ title: 'CON' }), record({ title: '...', published: null })];
    const files = unzipSync(concat(markdownZip([...SAMPLE, ...twins])));
    const names = Object.keys(files).filter((n) => n.startsWith('Bài viết/'));
    expect(names).toEqual([
      'Bài viết/2024-08-07 =HYPERLINK( http-x.example , bấm ).md',
      'Bài viết/2024-08-08 Bài thứ hai.md',
      'Bài viết/2024-08-07 -Hội nghị @ Hà Nội.md',
      'Bài viết/2024-08-07 Cùng tên - khác bài.md',
      'Bài viết/2024-08-07 CÙNG TÊN - KHÁC BÀI (2).md',
      'Bài viết/2024-08-07 CON.md',
      'Bài viết/2024-08-08.md',
    ]);
    expect(front(decoder.decode(files[names[0]!]!)).title).toBe(SAMPLE[0]!.title);
  });
});

describe('Obsidian vault', () => {
  const files = unzipSync(concat(markdownZip(SAMPLE)));
  const text = (name: string) => decoder.decode(files[name]!);
  /** Every [[path|label]] in a note, and whether its path is a note in the zip. */
  const linksOf = (md: string) => [...md.matchAll(/\[\[([^\]|]+)\|([^\]|]+)\]\]/g)].map((m) => ({ path: m[1]!, label: m[2]!, found: `${m[1]}.md` in files }));

  it('gives each official and each directive a note, linked from every clipping that names them', () => {
    expect(Object.keys(files).filter((n) => !n.startsWith('Bài viết/')).sort()).toEqual(['Quan chức/Lê Hải Bình.md', 'Quan chức/Nguyễn Trọng Nghĩa.md', 'Văn bản/47-NQ-CP.md', 'Văn bản/57-KL-TW.md']);
    const second = text('Bài viết/2024-08-08 Bài thứ hai.md');
    expect(linksOf(second)).toEqual([
      { path: 'Quan chức/Nguyễn Trọng Nghĩa', label: 'Nguyễn Trọng Nghĩa', found: true },
      { path: 'Quan chức/Lê Hải Bình', label: 'Lê Hải Bình', found: true },
      { path: 'Văn bản/57-KL-TW', label: '57-KL/TW', found: true },
      { path: 'Văn bản/47-NQ-CP', label: '47/NQ-CP', found: true },
    ]);
    for (const name of Object.keys(files)) for (const link of linksOf(text(name))) expect(link.found, `${name} → ${link.path}`).toBe(true);
  });

  it('writes the particulars of officials and directives as front matter, and their articles as links', () => {
    const directive = text('Văn bản/57-KL-TW.md');
    expect(front(directive)).toEqual({
      title: '57-KL/TW',
      type: 'directive',
      kind: ['Kết luận'],
      issuer: ['Bộ Chính trị', 'Ban Bí thư'],
      date: expect.any(Array),
      subject: expect.any(Array),
      articles: 3,
      first_article: '2024-08-07',
      last_article: '2024-08-08',
    });
    expect(linksOf(directive).map((l) => l.path)).toHaveLength(3);
    const official = front(text('Quan chức/Lê Hải Bình.md'));
    expect(official).toMatchObject({ title: 'Lê Hải Bình', type: 'official', articles: 2 });
    expect((official.titles as string[]).length).toBeGreaterThan(0);
  });

  it('makes tags valid Obsidian tags and keeps the reader\'s note', () => {
    const md = toMarkdown(record({ tags: ['Đà Nẵng', '+1', '2024', 'a/b c', '#x', '   '], note: 'Ghi chú của tôi\ndòng hai' }));
    const tags = front(md).tags as string[];
    expect(tags).toEqual(['Đà-Nẵng', '_1', '_2024', 'a/b-c', 'x']);
    for (const tag of tags) expect(tag).toMatch(/^(?!\d+$)[\p{L}\p{M}\p{N}_\-/]+$/u);
    expect(front(md).note).toBe('Ghi chú của tôi\ndòng hai');
    expect(md).toContain('> Ghi chú của tôi  \n> dòng hai');
  });

  it('files a directive whose id holds ":" or "#" under a name a link can reach', () => {
    expect(noteStem('57-KL/TW')).toBe('57-KL-TW');
    expect(noteStem('12:2024#a^b[c]|d')).toBe('12-2024-a-b-c-d');
    expect(wikiLink('Văn bản/x', 'a|b]]c')).toBe('[[Văn bản/x|a b c]]');
  });

  it('names folders in the interface language', () => {
    expect(Object.keys(unzipSync(concat(markdownZip(SAMPLE, 'en')))).map((n) => n.split('/')[0])).toEqual(expect.arrayContaining(['Articles', 'Officials', 'Directives']));
  });
});

describe('file names', () => {
  it('have no path separators, forbidden or invisible characters, reserved names or trailing dots', () => {
    expect(safeFileName('a/b\\c:d*e?f"g<h>i|j', '.md')).toBe('a b c d e f g h i j.md');
    expect(safeFileName('CON', '.md')).toBe('_CON.md');
    expect(safeFileName('nul.txt', '')).toBe('_nul.txt');
    expect(safeFileName('Com1', '.md')).toBe('_Com1.md');
    expect(safeFileName('..hidden.. ', '.md')).toBe('hidden.md');
    expect(safeFileName('x\u202Egpj.exe\u0000', '.md')).toBe('x gpj.exe.md');
    expect(safeFileName('', '.md')).toBe('bai-viet.md');
  });

  it('stay within 150 bytes of UTF-8, cut between characters', () => {
    const name = safeFileName('Đồng chí '.repeat(40), '.md');
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(150);
    expect(name.endsWith('.md')).toBe(true);
    expect(name).toBe(name.normalize('NFC'));
    expect(name).not.toMatch(/\uFFFD/);
  });

  it('never collide on a case-insensitive or normalising file system', () => {
    const names = new UniqueNames();
    const taken = ['Hòa bình', 'HÒA BÌNH', 'Hòa bình'.normalize('NFD'), 'Hòa bình'].map((s) => names.take(s, '.md'));
    expect(taken).toEqual(['Hòa bình.md', 'HÒA BÌNH (2).md', 'Hòa bình (3).md', 'Hòa bình (4).md']);
  });
});

describe('the ZIP writer', () => {
  it('writes a stored archive another reader unpacks byte for byte, with UTF-8 names', () => {
    const data = new TextEncoder().encode('Thông tin đối ngoại\n');
    const zip = concat(zipStore([{ name: 'Thư mục/tệp.md', data, modified: new Date(Date.UTC(2024, 7, 7, 10, 20, 30)) }, { name: 'rỗng.md', data: new Uint8Array(), modified: new Date(0) }]));
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['Thư mục/tệp.md', 'rỗng.md']);
    expect(decoder.decode(files['Thư mục/tệp.md'])).toBe('Thông tin đối ngoại\n');
    expect(files['rỗng.md']).toHaveLength(0);
  });

  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});
