/** The seed articles' sentences of eight words or more, in file order: the text the page benches repeat to a word count. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const SEEDS = resolve(import.meta.dirname, '..', '..', 'seeds');

export function seedSentences(): string[] {
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => readFileSync(join(SEEDS, f), 'utf8').split('\n'))
    .map((l) => l.trim())
    .filter((l) => l.split(/\s+/).length >= 8);
}
