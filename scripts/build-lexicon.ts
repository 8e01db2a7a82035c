/**
 * `npm run lexicon`: builds lib/lexicon/generated/lexicon.json from seeds/*.txt, and
 * beside it matcher-lexicon.json, the part the matcher reads (what the annotator ships).
 * Runs before every build, test and analyze; add an article to seeds/ and its
 * officials and directives are known to the extension after the next build.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { buildLexicon, matcherLexicon } from '../lib/lexicon/build';

const root = resolve(import.meta.dirname, '..');
const seedsDir = join(root, 'seeds');
const out = join(root, 'lib', 'lexicon', 'generated', 'lexicon.json');

const files = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
if (files.length === 0) {
  console.error(`No seed articles (*.txt) in ${seedsDir}.`);
  process.exit(1);
}
const lexicon = buildLexicon(files.map((file) => ({ file, text: readFileSync(join(seedsDir, file), 'utf8') })));
mkdirSync(join(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(lexicon, null, 1)}\n`);
writeFileSync(join(out, '..', 'matcher-lexicon.json'), `${JSON.stringify(matcherLexicon(lexicon), null, 1)}\n`);
console.log(
  `lexicon: ${lexicon.officials.length} officials, ${lexicon.directives.length} directives, ` +
    `${lexicon.organisations.length} organisations, ${lexicon.titleHeads.length} title heads from ${files.length} seeds -> ${relative(root, out)}`,
);
