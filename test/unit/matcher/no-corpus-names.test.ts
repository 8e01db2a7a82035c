/**
 * The matcher learns patterns of the language, not the development set's people:
 * no person named in the development corpus's gold may appear in lib/matcher's
 * source (case and tone placement folded, whole words). The seeds' gold names are
 * allowed: the seeds are the lexicon's teaching material; so are places named after a
 * person (the city of Hồ Chí Minh), which are places the language has. Without
 * ../shared the check skips and says why.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PERSON_PLACE_NAMES } from '@/lib/matcher/language/places';
import { foldKey } from '@/lib/text/keys';
import { corpusMissing, loadGold, ROOT } from '../../../scripts/lib/corpus';

const missing = corpusMissing();
const label = missing ? `skipped: ${missing}` : 'read from ../shared/corpus';

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe.skipIf(missing)(`lib/matcher names no development-set person (${label})`, () => {
  it('holds no gold name of the development corpus', () => {
    const gold = missing ? [] : loadGold();
    const allowed = new Set([...gold.filter((d) => d.set === 'seeds').flatMap((d) => d.officials.map((o) => foldKey(o.name))), ...PERSON_PLACE_NAMES.map(foldKey)]);
    const names = [...new Set(gold.filter((d) => d.set === 'dev').flatMap((d) => d.officials.map((o) => foldKey(o.name))))].filter((n) => !allowed.has(n));
    expect(names.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const file of sources(join(ROOT, 'lib', 'matcher'))) {
      // Whole words only, and spacing folded: "Tô Lâm" in a comment counts, "tô lâm" inside another word does not.
      const text = ` ${foldKey(readFileSync(file, 'utf8')).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
      for (const name of names) if (text.includes(` ${name.replace(/[^\p{L}\p{N}]+/gu, ' ')} `)) found.push(`${name} in ${file.slice(ROOT.length + 1)}`);
    }
    expect(found).toEqual([]);
  });
});
