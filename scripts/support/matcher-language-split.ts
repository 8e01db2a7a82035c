/**
 * The matcher ships as two scripts the page evaluates in separate tasks (issue #22: no
 * task over 16 ms): `matcher-language.js` (entrypoints/matcher-language.ts) holds the
 * language tables of lib/matcher/language/ and publishes them on MATCHER_LANGUAGE_GLOBAL,
 * and `matcher.js` is built with every import of those modules replaced by a read of that
 * global. A content script cannot import a chunk, so this is how the two bundles share one
 * copy: the tables are compiled and evaluated in the first script's task, the grammar in
 * the second's. Node (tests, eval, CLI) imports the modules as they are.
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { MATCHER_LANGUAGE_GLOBAL } from '../../lib/messaging/page-state';

export const LANGUAGE_DIR = resolve(import.meta.dirname, '..', '..', 'lib', 'matcher', 'language');
const PREFIX = '\0ttdn-matcher-language:';

/** The names a language module exports at run time: its `export const` and `export function` lines. */
export function runtimeExports(source: string): string[] {
  return [...source.matchAll(/^export (?:const|function) (\w+)/gm)].map((m) => m[1]!);
}

/** The key a language module is published under: its file name without `.ts`. */
export const languageKey = (file: string) => basename(file, '.ts');

/** For the matcher's build: each language module becomes the published copy's exports. */
export function languageFromGlobal(): Plugin {
  return {
    name: 'ttdn-matcher-language-from-global',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!source.includes('language/')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && dirname(resolved.id) === LANGUAGE_DIR ? PREFIX + resolved.id : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const file = id.slice(PREFIX.length);
      const published = `globalThis[${JSON.stringify(MATCHER_LANGUAGE_GLOBAL)}][${JSON.stringify(languageKey(file))}]`;
      return `export const { ${runtimeExports(readFileSync(file, 'utf8')).join(', ')} } = ${published};\n`;
    },
  };
}
