/**
 * Bulk requests of many revisions go out in bounded parts and come back as one
 * answer, so a document with 1 000 leaves cannot hold one request past the
 * idle deadline.
 */
import { describe, expect, it } from 'vitest';
import { BULK_DOCS_PART, BULK_GET_PART, bulkInParts } from '@/lib/sync/bulk-in-parts';
import type { Fetch } from '@/lib/sync/guarded-fetch';

const SERVER = 'https://couch.example.vn/team/';
const revs = (n: number) => Array.from({ length: n }, (_, i) => ({ id: 'clip-1', rev: `2-${i}` }));

type Sent = { url: string; body: { docs: { rev: string }[]; new_edits?: boolean } | null };

/** A server that answers each revision it is asked for or sent, and records every request. */
function server(refuse?: (call: number) => boolean) {
  const calls: Sent[] = [];
  const fetchImpl: Fetch = async (input, init) => {
    const text = String(init?.body ?? '');
    const body = text.startsWith('{') ? (JSON.parse(text) as Sent['body']) : null;
    calls.push({ url: String(input), body });
    if (refuse?.(calls.length)) return Response.json({ error: 'forbidden' }, { status: 403 });
    const docs = body?.docs ?? [];
    if (String(input).includes('_bulk_docs')) return Response.json(docs.map((d) => ({ ok: true, id: 'clip-1', rev: d.rev })), { status: 201 });
    return Response.json({ results: docs.map((d) => ({ id: 'clip-1', docs: [{ ok: { _id: 'clip-1', _rev: d.rev } }] })) });
  };
  return { calls, fetchImpl };
}

describe('bulkInParts', () => {
  it('reads 1 000 revisions in parts of at most 100 and answers them all, in order', async () => {
    const { calls, fetchImpl } = server();
    const url = `${SERVER}_bulk_get?revs=true&latest=true`;
    const response = await bulkInParts(fetchImpl)(url, { method: 'POST', body: JSON.stringify({ docs: revs(1000) }) });
    expect(calls.map((c) => c.body!.docs.length)).toEqual(Array(1000 / BULK_GET_PART).fill(BULK_GET_PART));
    expect(calls.every((c) => c.url === url)).toBe(true);
    const body = (await response.json()) as { results: { docs: { ok: { _rev: string } }[] }[] };
    expect(body.results.map((r) => r.docs[0]!.ok._rev)).toEqual(revs(1000).map((d) => d.rev));
  });

  it('writes 101 revisions in parts, each keeping new_edits: false, and answers every one', async () => {
    const { calls, fetchImpl } = server();
    const response = await bulkInParts(fetchImpl)(`${SERVER}_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: revs(101), new_edits: false }) });
    expect(response.status).toBe(201);
    expect(calls.map((c) => c.body!.docs.length)).toEqual([...Array(Math.floor(101 / BULK_DOCS_PART)).fill(BULK_DOCS_PART), 101 % BULK_DOCS_PART]);
    expect(calls.every((c) => c.body!.new_edits === false)).toBe(true);
    expect(((await response.json()) as { rev: string }[]).map((r) => r.rev)).toEqual(revs(101).map((d) => d.rev));
  });

  it('sends a small request, and every other request, as it is', async () => {
    const { calls, fetchImpl } = server();
    const wrapped = bulkInParts(fetchImpl);
    await wrapped(`${SERVER}_bulk_get`, { method: 'POST', body: JSON.stringify({ docs: revs(BULK_GET_PART) }) });
    await wrapped(`${SERVER}_revs_diff`, { method: 'POST', body: JSON.stringify({ docs: revs(1000) }) });
    await wrapped(`${SERVER}_bulk_get`, { method: 'POST', body: 'not json' });
    expect(calls.map((c) => c.url.slice(SERVER.length))).toEqual(['_bulk_get', '_revs_diff', '_bulk_get']);
  });

  it("answers a part's refusal for the whole request, sending no further part", async () => {
    const { calls, fetchImpl } = server((call) => call === 2);
    const response = await bulkInParts(fetchImpl)(`${SERVER}_bulk_docs`, { method: 'POST', body: JSON.stringify({ docs: revs(100), new_edits: false }) });
    expect(response.status).toBe(403);
    expect(calls).toHaveLength(2);
  });
});
