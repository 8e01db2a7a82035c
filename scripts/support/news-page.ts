/**
 * Builds ordinary-looking Vietnamese news pages from plain article text, for the
 * end-to-end tests and the demo: a site header with a menu, the article (title,
 * date, lead, paragraphs), a related-articles list and a footer, the way the
 * listed sites lay theirs out.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface NewsPageOptions {
  title: string;
  paragraphs: string[];
  site?: string;
  published?: string;
  author?: string;
  canonical?: string;
  /** Extra markup placed right before </body>, e.g. a test's own checking script. */
  tail?: string;
  headExtra?: string;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function newsPage(options: NewsPageOptions): string {
  const { title, paragraphs, site = 'Báo Thử nghiệm', published = '2024-08-07T09:00:00+07:00', author = 'Phóng viên' } = options;
  const [lead, ...body] = paragraphs;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)} | ${escapeHtml(site)}</title>
<meta property="og:title" content="${escapeHtml(title)}">
<meta property="og:type" content="article">
<meta property="article:published_time" content="${published}">
<meta name="author" content="${escapeHtml(author)}">
${options.canonical ? `<link rel="canonical" href="${escapeHtml(options.canonical)}">` : ''}
${options.headExtra ?? ''}
</head>
<body>
<header class="site-header"><a href="/">${escapeHtml(site)}</a>
<nav class="menu"><ul><li><a href="/chinh-tri">Chính trị</a></li><li><a href="/the-gioi">Thế giới</a></li><li><a href="/kinh-te">Kinh tế</a></li></ul></nav>
</header>
<main>
<article class="article-detail">
<h1 class="article-title">${escapeHtml(title)}</h1>
<div class="article-meta"><time datetime="${published}">${published.slice(0, 10)}</time> <span class="author">${escapeHtml(author)}</span></div>
${lead ? `<p class="sapo"><strong>${escapeHtml(lead)}</strong></p>` : ''}
<div class="article-body">
${body.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</div>
</article>
<aside class="related"><h2>Tin liên quan</h2><ul><li><a href="/a">Thời tiết cuối tuần</a></li><li><a href="/b">Giá vàng hôm nay</a></li></ul></aside>
</main>
<footer class="site-footer">© ${escapeHtml(site)}. Không sao chép dưới mọi hình thức.</footer>
${options.tail ?? ''}
</body>
</html>`;
}

export const SEEDS_DIR = join(import.meta.dirname, '..', '..', 'seeds');

export function seedFiles(): string[] {
  return readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort();
}

const wordCount = (line: string) => line.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;

/**
 * A seed article as a news page. The headline is the first headline-sized line
 * (6 to 25 words) among the first three; every other line with words is a paragraph.
 */
export function seedPage(file: string, extra: Partial<NewsPageOptions> = {}): string {
  const lines = readFileSync(join(SEEDS_DIR, file), 'utf8')
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => wordCount(l) > 0);
  const titleAt = lines.slice(0, 3).findIndex((l) => wordCount(l) >= 6 && wordCount(l) <= 25);
  const title = titleAt >= 0 ? lines[titleAt]! : file.replace(/\.txt$/, '');
  const paragraphs = lines.filter((_, i) => i !== titleAt);
  return newsPage({ title, paragraphs, ...extra });
}
