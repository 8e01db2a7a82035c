/** A clipping as one line of an export file, in UTF-8: how the `records` table stores it. */
import { fromExported, toExported } from './export-format';
import type { ClippingRecord } from './types';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export const encodeLine = (record: ClippingRecord): Uint8Array<ArrayBuffer> => encoder.encode(JSON.stringify(toExported(record)));

export const decodeLine = (line: Uint8Array): ClippingRecord => fromExported(JSON.parse(decoder.decode(line)));
