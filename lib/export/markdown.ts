/**
 * Markdown for Obsidian (and other note tools): a vault in a zip with one note
 * a clipping, one an official and one a directive, linked both ways. A
 * clipping's note holds YAML front matter with the article's particulars and
 * what the user added, the title, the reader's note as a quote, links to its
 * officials and directives, and the article text; an official's note their
 * titles and article days, a directive's its kind, issuer, date and subject as
 * the articles state them; each lists its articles as links. Names are safe on
 * every file system and in a [[link]] (obsidian-names.ts).
 */
import { articleRef } from '../research/articles';
import { officialPageKey } from '../research/official';
import type { ClippingRecord } from '../clipping/types';
import type { Lang } from '../i18n/i18n';
import { directiveIdKey } from '../text/keys';
import { UniqueNames } from './file-names';
import { directiveIds, directiveTallies, officialNames, officialTallies, type Tally, valuesOf } from './findings';
import { noteStem, obsidianTag, wikiLink } from './obsidian-names';
import { publicationOf } from './publications';
import { exportWords } from './words';
import { frontMatter } from './yaml';
import { zipStore } from './zip';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Text as Markdown paragraphs that render as the text: "<" cannot open HTML,
 * nothing inside a line turns into a link, tag, highlight, comment or maths
 * (Obsidian's # == %% $ ^), and a line cannot turn into a heading, quote,
 * list, rule or code block by what it starts with.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => line.trim().replace(/[\\<>`*_[\]#%$=^|~]/g, '\\$&').replace(/^[+-]/u, '\\$&').replace(/^(\d+)([.)])/u, '$1\\$2'))
        .join('  \n'),
    )
    .filter((para) => para.trim())
    .join('\n\n');
}

/** Where each official, directive and clipping is filed: key → path without ".md". */
interface Vault {
  officials: Map<string, string>;
  directives: Map<string, string>;
  articles: Map<string, string>;
}

const links = (label: string, items: { path: string | undefined; label: string }[]) =>
  items.length ? `\n**${label}:** ${items.map((i) => (i.path ? wikiLink(i.path, i.label) : i.label)).join(', ')}\n` : '';

export function toMarkdown(record: ClippingRecord, vault?: Vault, lang: Lang = 'vi'): string {
  const w = exportWords(lang);
  const officials = officialNames(record);
  const directives = directiveIds(record);
  const head = frontMatter({
    title: record.title,
    url: record.url,
    canonical_url: record.canonicalUrl,
    site: record.site,
    publication: publicationOf(record.site),
    author: record.author,
    published: record.published,
    clipped: iso(record.clippedAt),
    updated: iso(record.updatedAt),
    foreign_info: record.analysis.foreignInfo.isForeignInfo,
    score: record.analysis.foreignInfo.score,
    officials,
    directives,
    tags: [...new Set(record.tags.map(obsidianTag).filter((t): t is string => Boolean(t)))],
    note: record.note,
  });
  const note = record.note.trim() ? `\n${markdownText(record.note).replace(/^/gm, '> ')}\n` : '';
  const found =
    links(w('officials'), officials.map((name) => ({ path: vault?.officials.get(officialPageKey(name)), label: name }))) +
    links(w('directives'), directives.map((id) => ({ path: vault?.directives.get(directiveIdKey(id)), label: id })));
  return `${head}\n# ${markdownText(record.title || record.url).replace(/\n+/g, ' ')}\n${note}${found}\n${markdownText(record.text)}\n`;
}

/** An official's or a directive's note: its particulars in front matter, its articles as links, newest first. */
function findingNote(t: Tally, fields: Record<string, string | number | readonly string[]>, vault: Vault, lang: Lang): string {
  const articles = [...t.records].sort((a, b) => (articleRef(a).day < articleRef(b).day ? 1 : -1));
  const list = articles.map((r) => `- ${articleRef(r).day} ${wikiLink(vault.articles.get(r.id)!, r.title || r.url)}`).join('\n');
  const head = frontMatter({ ...fields, articles: t.articles, first_article: t.first, last_article: t.last });
  return `${head}\n# ${markdownText(t.label)}\n\n## ${exportWords(lang)('articles')}\n\n${list}\n`;
}

const encoder = new TextEncoder();

/** The vault as a ZIP, in pieces for a Blob: clippings, officials and directives each in their folder. */
export function markdownZip(records: readonly ClippingRecord[], lang: Lang = 'vi'): Uint8Array<ArrayBuffer>[] {
  const w = exportWords(lang);
  const folder = (name: string) => {
    const names = new UniqueNames();
    return (stem: string) => `${name}/${names.take(noteStem(stem), '.md').replace(/\.md$/, '')}`;
  };
  const officials = officialTallies(records);
  const directives = directiveTallies(records);
  const articlePath = folder(w('articles'));
  const officialPath = folder(w('officials'));
  const directivePath = folder(w('directives'));
  const vault: Vault = {
    articles: new Map(records.map((r) => [r.id, articlePath(`${articleRef(r).day} ${r.title || r.site}`)])),
    officials: new Map(officials.map((t) => [officialPageKey(t.label), officialPath(t.label)])),
    directives: new Map(directives.map((t) => [directiveIdKey(t.label), directivePath(t.label)])),
  };
  const latest = (t: Tally) => new Date(Math.max(...t.records.map((r) => r.updatedAt)));
  const text = (t: Tally, name: string) => valuesOf(t, name);
  const entries = [
    ...records.map((r) => ({ name: `${vault.articles.get(r.id)}.md`, body: toMarkdown(r, vault, lang), modified: new Date(r.updatedAt) })),
    ...officials.map((t) => ({
      name: `${vault.officials.get(officialPageKey(t.label))}.md`,
      body: findingNote(t, { title: t.label, type: 'official', titles: text(t, 'titles') }, vault, lang),
      modified: latest(t),
    })),
    ...directives.map((t) => ({
      name: `${vault.directives.get(directiveIdKey(t.label))}.md`,
      body: findingNote(t, { title: t.label, type: 'directive', kind: text(t, 'kind'), issuer: text(t, 'issuer'), date: text(t, 'date'), subject: text(t, 'subject') }, vault, lang),
      modified: latest(t),
    })),
  ];
  return zipStore(entries.map((e) => ({ name: e.name, data: encoder.encode(e.body), modified: e.modified })));
}
