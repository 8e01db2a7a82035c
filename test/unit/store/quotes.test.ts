/**
 * Quotes kept on a clipping: kept and commented, found by search (the quote's
 * words and the comment's), kept through a re-clip, through an export and an
 * import (the file valid against the schema, version 3), and an import of
 * another copy keeps both copies' quotes.
 */
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import schema from '@/lib/clipping/export.schema.json';
import { targetOf } from '@/lib/clipping/quotes';
import { getRecord, saveClipping } from '@/lib/store/clippings';
import type { AnnotatorDb } from '@/lib/store/db';
import { importFile } from '@/lib/store/import';
import { commentQuote, deleteQuoteOf, keepQuote } from '@/lib/store/quotes';
import { clippingInput } from '../../../scripts/support/clippings';
import { fileText, freshDb, searchAll } from '../../helpers/db';

const ajv = new Ajv2020({ allErrors: true });
addFormats(ajv);
const validateFile = ajv.compile(schema);

const input = clippingInput({ url: 'https://baoquocte.vn/trich-dan.html', canonicalUrl: 'https://baoquocte.vn/trich-dan.html' });
const passage = (text: string, from: number, length: number) => targetOf(text, from, from + length)!;

/** Each test's two collections, deleted after it. */
const opened: AnnotatorDb[] = [];
let db: AnnotatorDb;
let other: AnnotatorDb;

describe('quotes kept on a clipping', () => {
  beforeEach(() => opened.push((db = freshDb()), (other = freshDb())));
  afterEach(() => Promise.all(opened.splice(0).map((d) => d.delete())));

  it('keeps a passage once, with its comment, and search finds the clipping by the comment', async () => {
    const { id } = await saveClipping(db, input, Date.UTC(2026, 11, 1));
    const target = passage(input.text, 0, 15);
    const quote = await keepQuote(db, id, target, Date.UTC(2026, 11, 2));
    await expect(keepQuote(db, id, target)).resolves.toEqual(quote);
    await commentQuote(db, id, quote.id, 'Dẫn chứng cho báo cáo quý', Date.UTC(2026, 11, 3));
    const record = await getRecord(db, id);
    expect(record!.quotes).toEqual([{ ...quote, comment: 'Dẫn chứng cho báo cáo quý' }]);
    expect(record!.updatedAt).toBe(Date.UTC(2026, 11, 3));
    await expect(searchAll(db, 'bao cao quy')).resolves.toEqual(new Set([id]));
    // Clipping the article again keeps the quotes.
    await saveClipping(db, input, Date.UTC(2026, 11, 4));
    expect((await getRecord(db, id))!.quotes).toEqual(record!.quotes);
  });

  it('export and import bring the quotes back identical, in a file valid against the schema', async () => {
    const { id } = await saveClipping(db, input, Date.UTC(2026, 11, 1));
    const quote = await keepQuote(db, id, passage(input.text, 0, 15), Date.UTC(2026, 11, 2));
    await commentQuote(db, id, quote.id, 'bình luận', Date.UTC(2026, 11, 3));
    const text = await fileText(db);
    const file = JSON.parse(text);
    expect(validateFile(file), ajv.errorsText(validateFile.errors)).toBe(true);
    expect(file.version).toBe(3);
    await expect(importFile(other, text)).resolves.toMatchObject({ added: 1 });
    expect(await getRecord(other, id)).toEqual(await getRecord(db, id));
  });

  it('an import of another copy keeps both copies’ quotes, and both comments on the same quote', async () => {
    const { id } = await saveClipping(db, input, Date.UTC(2026, 11, 1));
    const shared = await keepQuote(db, id, passage(input.text, 0, 15), Date.UTC(2026, 11, 2));
    await importFile(other, await fileText(db));
    await commentQuote(db, id, shared.id, 'ý của tôi', Date.UTC(2026, 11, 3));
    await commentQuote(other, id, shared.id, 'ý đồng nghiệp', Date.UTC(2026, 11, 4));
    const theirs = await keepQuote(other, id, passage(input.text, input.text.length - 12, 12), Date.UTC(2026, 11, 5));
    await importFile(db, await fileText(other));
    const quotes = (await getRecord(db, id))!.quotes!;
    expect(quotes.map((q) => q.id)).toEqual([shared.id, theirs.id]);
    expect(quotes[0]!.comment).toContain('ý của tôi');
    expect(quotes[0]!.comment).toContain('ý đồng nghiệp');
  });
});

describe('deleting a quote', () => {
  beforeEach(() => opened.push((db = freshDb()), (other = freshDb())));
  afterEach(() => Promise.all(opened.splice(0).map((d) => d.delete())));

  it('hides it from the card and search, keeps its tombstone in the file, and an older file does not bring it back', async () => {
    const { id } = await saveClipping(db, input, Date.UTC(2026, 11, 1));
    const gone = await keepQuote(db, id, passage(input.text, 0, 15), Date.UTC(2026, 11, 2));
    await commentQuote(db, id, gone.id, 'ghi chú riêng xyzabc', Date.UTC(2026, 11, 2));
    const kept = await keepQuote(db, id, passage(input.text, input.text.length - 12, 12), Date.UTC(2026, 11, 2));
    const older = await fileText(db);
    await deleteQuoteOf(db, id, gone.id, Date.UTC(2026, 11, 3));

    expect((await db.clippings.get(id))!.quotes!.map((q) => q.id)).toEqual([kept.id]);
    await expect(searchAll(db, 'xyzabc')).resolves.toEqual(new Set());
    const text = await fileText(db);
    const file = JSON.parse(text);
    expect(validateFile(file), ajv.errorsText(validateFile.errors)).toBe(true);
    expect(file.clippings[0].quotes.map((q: { id: string }) => q.id)).toEqual([kept.id]);
    expect(file.clippings[0].deletedQuotes).toMatchObject([{ id: gone.id, deletedAt: '2026-12-03T00:00:00.000Z' }]);

    // The file from before the deletion, imported again: the quote stays deleted.
    await importFile(db, older);
    expect((await getRecord(db, id))!.quotes!.map((q) => q.id)).toEqual([kept.id]);
    // The deletion travels: another collection that had the quote loses it too.
    await importFile(other, older);
    await importFile(other, text);
    expect((await getRecord(other, id))!.quotes!.map((q) => q.id)).toEqual([kept.id]);
    await expect(searchAll(other, 'xyzabc')).resolves.toEqual(new Set());
    await expect(deleteQuoteOf(db, id, gone.id)).rejects.toMatchObject({ code: 'not-found' });
  });
});
