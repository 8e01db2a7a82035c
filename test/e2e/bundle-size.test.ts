/**
 * The size budgets of the scripts pages pay for, on the build `npm test` makes
 * before this suite: every covered page evaluates the bootstrap, only articles
 * get the annotator (README "Where it runs"). `npm run bench -- reach` prints
 * the same sizes beside their costs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CHROME_E2E_BUILD } from '../../scripts/support/chromium';

const gzippedKB = (file: string) => gzipSync(readFileSync(join(CHROME_E2E_BUILD, file))).length / 1024;

describe('what a page pays', () => {
  it('keeps the bootstrap every covered page evaluates within 15 KB gzipped', () => {
    expect(gzippedKB('bootstrap.js')).toBeLessThanOrEqual(15);
  });

  it('keeps the annotator, brought only to articles, within 50 KB gzipped', () => {
    expect(gzippedKB('annotator.js')).toBeLessThanOrEqual(50);
  });
});
