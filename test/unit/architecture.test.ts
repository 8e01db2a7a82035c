/**
 * The layout ARCHITECTURE.md describes, checked: every source file sits in a
 * folder its feature table lists, no file runs over 400 lines without saying
 * why at its top, and the import graph (esbuild's metafile, type-only imports
 * included) has no cycle and no import from a lower layer to a higher one, in
 * the layer order ARCHITECTURE.md's table gives. That table is the one place
 * the order is written.
 */
import { execSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importGraph } from '../helpers/import-graph';

const ROOT = resolve(import.meta.dirname, '../..');
const architecture = readFileSync(resolve(ROOT, 'ARCHITECTURE.md'), 'utf8');

/** The rows of the markdown table under a heading, as cells. */
function table(heading: string): string[][] {
  const section = architecture.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()));
}

const folders = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]!.replace(/\/$/, ''));
const under = (file: string, folder: string) => file === folder || file.startsWith(`${folder}/`);

const LAYERS = table('Layers (low → high)').map((row) => folders(row[1] ?? ''));
const FEATURE_FOLDERS = table('Where each feature lives').flatMap((row) => folders(row[1] ?? ''));

/** The layer of a file: the index of the layer holding the longest folder it sits under. */
function layerOf(file: string): number {
  let best = { layer: -1, length: -1 };
  LAYERS.forEach((layer, i) => {
    for (const folder of layer) if (under(file, folder) && folder.length > best.length) best = { layer: i, length: folder.length };
  });
  return best.layer;
}

const tracked = (patterns: string) =>
  execSync(`git ls-files -co --exclude-standard ${patterns}`, { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter((f) => f && !f.endsWith('.d.ts'));
const SOURCE = tracked("'lib/*' 'components/*' 'entrypoints/*'").filter((f) => !f.includes('/generated/'));
const CODE = tracked("'lib/*.ts' 'lib/*.tsx' 'components/*.ts' 'components/*.tsx' 'entrypoints/*.ts' 'entrypoints/*.tsx' 'scripts/*.ts' 'bench/*.ts'");

describe('the layout', () => {
  it('reads the layer and feature tables', () => {
    expect(LAYERS.length).toBeGreaterThan(5);
    expect(FEATURE_FOLDERS).toContain('lib/clipping');
  });

  it('puts every source file under a folder the feature table lists', () => {
    expect(SOURCE.filter((f) => !FEATURE_FOLDERS.some((folder) => under(f, folder)))).toEqual([]);
  });

  it('gives every code file a layer', () => {
    expect(CODE.filter((f) => layerOf(f) < 0)).toEqual([]);
  });

  it('keeps files under 400 lines unless their first comment says why', () => {
    const long = CODE.filter((f) => {
      const text = readFileSync(resolve(ROOT, f), 'utf8');
      if (text.split('\n').length <= 400) return false;
      const firstComment = /^\s*\/\*[\s\S]*?\*\//.exec(text)?.[0] ?? '';
      return !/400 lines/.test(firstComment);
    });
    expect(long).toEqual([]);
  });
});

describe('the import graph', async () => {
  const graph = await importGraph(CODE);

  it('covers the source', () => {
    expect(graph.size).toBeGreaterThan(200);
  });

  it('imports only from the same or a lower layer', () => {
    const upward: string[] = [];
    for (const [from, targets] of graph) {
      for (const to of targets) if (layerOf(to) > layerOf(from)) upward.push(`${from} -> ${to}`);
    }
    expect(upward).toEqual([]);
  });

  it('has no cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const path: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      path.push(file);
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      path.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });
});
