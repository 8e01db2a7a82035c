/**
 * The real saved news pages in ../shared/corpus/html (read in place, never
 * copied into the repo). Tests that need them skip, saying why, when ../shared
 * is not beside the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { offlineWindow, parseHtml as parseOffline } from '../../scripts/lib/offline-window';

export const CORPUS_HTML = resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'html');
export const corpusMissing = existsSync(CORPUS_HTML) ? null : `${CORPUS_HTML} not found: the saved real pages live in ../shared beside the repo`;

/** The saved pages that are section listings, not articles. */
export const SAVED_LISTINGS = new Set(['vnexpress-4', 'baochinhphu-2']);

export interface SavedPage {
  name: string;
  html: string;
  expected: Record<string, unknown> | null;
}

export function savedPages(): SavedPage[] {
  if (corpusMissing) return [];
  return readdirSync(CORPUS_HTML)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const expectedFile = join(CORPUS_HTML, `${name}.expected.json`);
      return {
        name,
        html: readFileSync(join(CORPUS_HTML, file), 'utf8'),
        expected: existsSync(expectedFile) ? (JSON.parse(readFileSync(expectedFile, 'utf8')) as Record<string, unknown>) : null,
      };
    });
}

const offline = offlineWindow();

export function parseHtml(html: string): Document {
  return parseOffline(offline, html);
}

const CORPUS_DEV = resolve(CORPUS_HTML, '..', 'dev');

/** The labelled article texts of ../shared/corpus/dev (real articles' text, cut to about 1 500 characters). */
export function devArticles(): { id: string; url: string; site: string; text: string }[] {
  if (!existsSync(CORPUS_DEV)) return [];
  return readdirSync(CORPUS_DEV)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(CORPUS_DEV, f), 'utf8')) as { id: string; url: string; site: string; text: string });
}
