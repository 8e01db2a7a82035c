/**
 * Benchmarks measure the code as the extension ships it: bundled by esbuild
 * without the name-keeping wrappers a TypeScript runner adds to every function.
 */
import { build } from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export async function importBundled<T>(entry: string): Promise<T> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, '..', '..', entry)],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    write: false,
  });
  const file = join(mkdtempSync(join(tmpdir(), 'ttdn-bench-')), 'bundle.mjs');
  writeFileSync(file, result.outputFiles[0]!.text);
  return (await import(pathToFileURL(file).href)) as T;
}
