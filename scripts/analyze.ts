/**
 * `npm run --silent analyze -- FILE`: prints the analysis of a .txt or .html
 * file (or `-` for standard input) as one JSON object. For HTML the article is
 * extracted first and printed too; offsets then point into its text.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../lib/matcher/analyze';
import { extractArticleFromHtml } from './lib/extract-article';

function fail(message: string): never {
  console.error(`analyze: ${message}`);
  process.exit(2);
}

const file = process.argv[2];
if (!file) fail('usage: npm run --silent analyze -- FILE (.txt, .html, or - for standard input)');

let bytes: Buffer;
try {
  bytes = file === '-' ? readFileSync(0) : readFileSync(file);
} catch (error) {
  fail(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
}
if (bytes.length === 0) fail(`${file === '-' ? 'standard input' : file} is empty`);

let text: string;
try {
  text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
} catch {
  fail(`${file === '-' ? 'standard input' : file} is not UTF-8 text; convert it first (e.g. iconv -f WINDOWS-1258 -t UTF-8)`);
}
if (text.includes('\u0000')) fail(`${file} looks binary, not text`);
if (!text.trim()) fail(`${file === '-' ? 'standard input' : file} has no text`);

const isHtml = /\.x?html?$/i.test(file) || (file === '-' && /^\s*(?:<!doctype html|<html|<head|<body)/i.test(text));
if (isHtml) {
  const article = extractArticleFromHtml(text);
  if (!article || !article.text.trim()) fail(`${file === '-' ? 'standard input' : file} holds no article (a home page or a listing?)`);
  console.log(JSON.stringify({ article, ...analyze(article.text) }, null, 2));
} else {
  console.log(JSON.stringify(analyze(text), null, 2));
}
