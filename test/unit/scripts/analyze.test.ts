import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newsPage } from '../../../scripts/support/news-page';

const root = resolve(import.meta.dirname, '..', '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'ttdn-cli-'));
const run = (args: string[], input?: Buffer | string) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'analyze.ts'), ...args], { cwd: root, input, encoding: 'utf8' });
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

const TEXT = 'Thứ trưởng Bộ Ngoại giao Nguyễn Minh Vũ quán triệt Kết luận số 57-KL/TW về công tác thông tin đối ngoại.';

describe('analyze CLI', () => {
  it('prints the analysis of a text file as one JSON object in the documented shape', () => {
    const out = run([file('a.txt', TEXT)]);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(Object.keys(result)).toEqual(['foreignInfo', 'officials', 'directives']);
    expect(result.officials[0]).toMatchObject({ name: 'Nguyễn Minh Vũ', titles: ['Thứ trưởng Bộ Ngoại giao'] });
    const [m] = result.directives[0].mentions;
    expect(TEXT.slice(m.start, m.end)).toBe('Kết luận số 57-KL/TW');
    expect(result.directives[0]).toMatchObject({ id: '57-KL/TW', issuer: 'Bộ Chính trị', date: '2023-06-15' });
  }, 30_000);

  it('reads standard input with -', () => {
    const out = run(['-'], TEXT);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout).officials).toHaveLength(1);
  }, 30_000);

  it('extracts the article of an HTML page first, with offsets into its text', () => {
    const paragraphs = [
      'Sáng 12/3, tại Hà Nội, hội nghị tập huấn công tác thông tin đối ngoại năm 2025 đã khai mạc với sự tham dự của đại biểu các bộ, ngành.',
      TEXT,
      'Các đại biểu thảo luận về đổi mới nội dung, phương thức thông tin, quảng bá hình ảnh đất nước, con người Việt Nam ra thế giới.',
      'Hội nghị cũng đề ra nhiệm vụ tăng cường phối hợp giữa các cơ quan báo chí đối ngoại và các cơ quan đại diện Việt Nam ở nước ngoài.',
      'Kết thúc hội nghị, ban tổ chức đã trao giấy chứng nhận cho các học viên hoàn thành chương trình tập huấn năm nay.',
    ];
    const html = newsPage({ title: 'Tập huấn thông tin đối ngoại', paragraphs, canonical: 'https://nhandan.vn/bai-1', author: 'Minh An' });
    const out = run([file('page.html', html)]);
    expect(out.status).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.article).toMatchObject({ title: 'Tập huấn thông tin đối ngoại', url: 'https://nhandan.vn/bai-1', author: 'Minh An' });
    expect(result.article.text).not.toContain('Tin liên quan');
    const [m] = result.officials[0].mentions;
    expect(result.article.text.slice(m.start, m.end)).toBe('Nguyễn Minh Vũ');
  }, 30_000);

  it('says so when an HTML page holds no article', () => {
    const listing = '<!doctype html><html lang="vi"><head><title>Chính trị</title></head><body><nav><a href="/a">Tin A</a> <a href="/b">Tin B</a></nav><ul><li><a href="/1">Bài một</a></li><li><a href="/2">Bài hai</a></li></ul></body></html>';
    const out = run([file('listing.html', listing)]);
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(/holds no article/);
  }, 30_000);

  it.each([
    ['an empty file', () => [file('empty.txt', '')], /is empty/],
    ['a file that is not UTF-8', () => [file('latin.txt', Buffer.from([0x54, 0x68, 0xf4, 0x6e, 0x67, 0x20, 0xe9]))], /not UTF-8/],
    ['a missing file', () => [join(dir, 'nope.txt')], /cannot read .*ENOENT/],
    ['no file at all', () => [], /usage/],
  ])('refuses %s with a clear message and a non-zero exit', (_label, args, message) => {
    const out = run(args());
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
  }, 30_000);
});
