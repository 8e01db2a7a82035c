import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_MODULES } from '@/entrypoints/matcher-language';
import { LANGUAGE_DIR, languageKey, runtimeExports } from '@/scripts/support/matcher-language-split';

describe('the matcher reads its language tables from matcher-language.js', () => {
  const files = readdirSync(LANGUAGE_DIR).filter((f) => f.endsWith('.ts'));

  it('publishes every module of lib/matcher/language/ under its file name', () => {
    expect(Object.keys(LANGUAGE_MODULES).sort()).toEqual(files.map(languageKey).sort());
  });

  it('reads back exactly the names each module exports at run time', () => {
    for (const file of files) {
      const names = runtimeExports(readFileSync(join(LANGUAGE_DIR, file), 'utf8'));
      expect(names.sort(), file).toEqual(Object.keys(LANGUAGE_MODULES[languageKey(file)]!).sort());
    }
  });
});
