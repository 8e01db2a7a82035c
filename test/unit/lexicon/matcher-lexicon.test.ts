import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matcherLexicon } from '@/lib/lexicon/build';
import { seedLexicon, seedMatcherLexicon } from '@/lib/lexicon/seed-lexicon';
import { createMatcher } from '@/lib/matcher/matcher';

const seedsDir = join(import.meta.dirname, '..', '..', '..', 'seeds');
const texts = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .map((file) => readFileSync(join(seedsDir, file), 'utf8'));

describe('the part of the lexicon the annotator ships', () => {
  it('is what the build step generated beside the whole lexicon', () => {
    expect(seedMatcherLexicon).toEqual(JSON.parse(JSON.stringify(matcherLexicon(seedLexicon))));
  });

  it('gives every seed article the analysis the whole lexicon gives it', () => {
    const whole = createMatcher(seedLexicon);
    const shipped = createMatcher(seedMatcherLexicon);
    for (const text of texts) expect(shipped.analyze(text)).toEqual(whole.analyze(text));
  });
});
