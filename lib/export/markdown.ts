/**
 * Markdown for note tools (Obsidian, Logseq, Foam…): one file a clipping,
 * YAML front matter with the article's particulars and what the user added,
 * then the title, the note and the article text; zipped with safe, distinct
 * names ("2024-08-07 Title.md").
 */
import { articleRef } from '../research/articles';
import type { ClippingRecord } from '../clipping/types';
import { directiveIds, officialNames } from './findings';
import { UniqueNames } from './file-names';
import { publicationOf } from './publications';
import { frontMatter } from './yaml';
import { zipStore } from './zip';

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Article text as Markdown paragraphs that render as the text: "<" cannot
 * open HTML, and a line cannot turn into a heading, quote, list, rule or code
 * block by what it starts with.
 */
export function markdownText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n{2,}/)
    .map((para) =>
      para
        .split('\n')
        .map((line) => line.trim().replace(/[\\<>`*_[\]]/g, '\\$&').replace(/^[#+=~|-]/u, '\\$&').replace(/^(\d+)([.)])/u, '$1\\$2'))
        .join('  \n'),
    )
    .filter((para) => para.trim())
    .join('\n\n');
}

export function toMarkdown(record: ClippingRecord): string {
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
    officials: officialNames(record),
    directives: directiveIds(record),
    tags: record.tags,
    note: record.note,
  });
  const note = record.note.trim() ? `\n${markdownText(record.note).replace(/^/gm, '> ')}\n` : '';
  return `${head}\n# ${markdownText(record.title || record.url).replace(/\n+/g, ' ')}\n${note}\n${markdownText(record.text)}\n`;
}

const encoder = new TextEncoder();

/** Every clipping as a Markdown file in a ZIP, in pieces for a Blob. */
export function markdownZip(records: readonly ClippingRecord[]): Uint8Array<ArrayBuffer>[] {
  const names = new UniqueNames();
  return zipStore(
    records.map((record) => ({
      name: names.take(`${articleRef(record).day} ${record.title || record.site}`, '.md'),
      data: encoder.encode(toMarkdown(record)),
      modified: new Date(record.updatedAt),
    })),
  );
}
