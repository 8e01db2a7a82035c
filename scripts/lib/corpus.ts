/**
 * The shared corpora (../shared/corpus, beside the repository; SHARED_DIR
 * overrides): the seeds' gold labels and the development set. Third-party text
 * stays there and is read in place, never copied into the repository.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');
export const SHARED = resolve(process.env.SHARED_DIR ?? join(ROOT, '..', 'shared'));
export const CORPUS = join(SHARED, 'corpus');

export interface GoldOfficial {
  name: string;
  titles: string[];
}
export interface GoldDirective {
  id: string;
  kind: string | null;
  issuer: string | null;
  date: string | null;
}
export interface GoldDocument {
  id: string;
  set: 'seeds' | 'dev';
  category: string;
  text: string;
  foreignInfo: boolean;
  officials: GoldOfficial[];
  directives: GoldDirective[];
}

/** Why the corpus can't be read here, or null when it can. */
export function corpusMissing(): string | null {
  return existsSync(join(CORPUS, 'seeds-gold.json')) ? null : `the shared corpus is not at ${CORPUS} (set SHARED_DIR to its parent folder)`;
}

export function loadGold(): GoldDocument[] {
  const seeds = JSON.parse(readFileSync(join(CORPUS, 'seeds-gold.json'), 'utf8')) as (Omit<GoldDocument, 'set' | 'text' | 'category'> & {
    file: string;
  })[];
  const docs: GoldDocument[] = seeds.map((s) => ({
    ...s,
    set: 'seeds',
    category: s.foreignInfo ? 'positive' : 'negative',
    text: readFileSync(join(ROOT, 'seeds', s.file), 'utf8'),
  }));
  const devDir = join(CORPUS, 'dev');
  for (const file of readdirSync(devDir).filter((f) => f.endsWith('.json')).sort()) {
    const d = JSON.parse(readFileSync(join(devDir, file), 'utf8')) as Omit<GoldDocument, 'set'>;
    docs.push({ ...d, set: 'dev' });
  }
  return docs;
}
