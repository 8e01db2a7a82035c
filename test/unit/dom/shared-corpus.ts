/**
 * The real saved news pages in ../shared/corpus/html (read in place, never
 * copied into the repo). Tests that need them skip, saying why, when ../shared
 * is not beside the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

export const CORPUS_HTML = resolve(import.meta.dirname, '..', '..', '..', '..', 'shared', 'corpus', 'html');
export const corpusMissing = existsSync(CORPUS_HTML) ? null : `${CORPUS_HTML} not found: the saved real pages live in ../shared beside the repo`;

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

/** A window that never fetches: saved pages link stylesheets, scripts and frames on the live web. */
const offline = new Window({
  settings: {
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    disableJavaScriptEvaluation: true,
    disableIframePageLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
  },
});

export function parseHtml(html: string): Document {
  return new offline.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
