/**
 * Reads a stored line (lib/clipping/record-line.ts: a clipping as its line of an
 * export file) without decoding the article text, which is most of its
 * bytes: the official's page needs the analysis and the page fields, not the
 * text. The line's keys come in a fixed order (toExported) and a JSON string
 * never holds a raw quote, so `,"text":"` and `,"analysis":` can only be the
 * keys themselves. Any line not shaped so is decoded whole.
 */
import type { Analysis } from '../matcher/types';
import { decodeLine } from '../clipping/record-line';
import type { ClippingRecord } from '../clipping/types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const TEXT_KEY = encoder.encode(',"text":"');
const ANALYSIS_KEY = encoder.encode(',"analysis":');

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0]!;
  for (let i = bytes.indexOf(first, from); i >= 0 && i + needle.length <= bytes.length; i = bytes.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

function lastIndexOf(bytes: Uint8Array, needle: Uint8Array): number {
  const first = needle[0]!;
  for (let i = bytes.lastIndexOf(first, bytes.length - needle.length); i >= 0; i = i > 0 ? bytes.lastIndexOf(first, i - 1) : -1) {
    let k = 1;
    while (k < needle.length && bytes[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** The clipping with `text` left empty; `textLength` says it was not read. */
export function decodeWithoutText(line: Uint8Array): ClippingRecord {
  const textAt = indexOf(line, TEXT_KEY, 0);
  const analysisAt = lastIndexOf(line, ANALYSIS_KEY);
  if (textAt < 0 || analysisAt < textAt || line[line.length - 1] !== 0x7d) return { ...decodeLine(line), text: '' };
  try {
    const head = JSON.parse(`${decoder.decode(line.subarray(0, textAt))}}`) as Omit<ClippingRecord, 'text' | 'analysis' | 'clippedAt' | 'updatedAt'> & {
      clippedAt: string;
      updatedAt: string;
    };
    const analysis = JSON.parse(decoder.decode(line.subarray(analysisAt + ANALYSIS_KEY.length, line.length - 1))) as Analysis;
    return { ...head, clippedAt: Date.parse(head.clippedAt), updatedAt: Date.parse(head.updatedAt), text: '', analysis };
  } catch {
    return { ...decodeLine(line), text: '' };
  }
}
