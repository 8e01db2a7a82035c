/**
 * The source's import graph, from esbuild's metafile (madge and
 * dependency-cruiser need TypeScript's JS API, which the installed TypeScript
 * does not ship). Type-only imports count: they are what ties one layer to
 * another's types, so each file is read with `import type` made a plain
 * import before esbuild sees it, and unused imports are kept.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/** `import type {…} from` and `export type {…} from` as plain imports; `{ type X }` specifiers as plain names. */
const keepTypeImports: Plugin = {
  name: 'keep-type-imports',
  setup(b) {
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8')
        .replace(/\bimport type\b/g, 'import')
        .replace(/\bexport type (\{[^}]*\}\s*from)/g, 'export $1')
        .replace(/([{,]\s*)type (?=[A-Za-z_$])/g, '$1');
      return { contents: source, loader: args.path.endsWith('x') ? 'tsx' : 'ts' };
    });
  },
};

/** Files under the root (relative paths) -> the source files they import. Packages and assets are left out. */
export async function importGraph(entryPoints: readonly string[]): Promise<Map<string, Set<string>>> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: entryPoints.map((e) => resolve(ROOT, e)),
    bundle: true,
    write: false,
    metafile: true,
    outdir: 'out',
    platform: 'neutral',
    format: 'esm',
    packages: 'external',
    logLevel: 'silent',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true, jsx: 'react-jsx', jsxImportSource: 'preact' } },
    alias: { '@': ROOT },
    external: ['*.css', '*.svg', '*.png', '*?raw', '*?inline', '*?url', 'pouchdb-changes-filter'],
    loader: { '.json': 'json' },
    plugins: [keepTypeImports],
  });
  const graph = new Map<string, Set<string>>();
  for (const [file, input] of Object.entries(result.metafile.inputs)) {
    const from = relative(ROOT, resolve(ROOT, file));
    const to = new Set<string>();
    for (const i of input.imports) if (!i.external && !i.path.includes('node_modules')) to.add(relative(ROOT, resolve(ROOT, i.path)));
    graph.set(from, to);
  }
  return graph;
}
