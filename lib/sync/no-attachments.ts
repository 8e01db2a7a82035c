/**
 * Clippings carry no attachments, so none is ever downloaded: a member who
 * hangs 40 MB on a document would otherwise make every member fetch and store
 * it. Replication reads documents through `_bulk_get`; here the `_attachments`
 * of each document in its answer are dropped before PouchDB sees them, so it
 * asks for no attachment and stores the revision without one. The next
 * revision a member writes (an edit, a merge) carries none either, so the
 * attachment leaves the server's current document too.
 */
import type { Fetch } from './guarded-fetch';

type BulkGet = { results?: { docs?: { ok?: Record<string, unknown> }[] }[] };

export function withoutAttachments(fetchImpl: Fetch): Fetch {
  return async (input, init) => {
    const response = await fetchImpl(input, init);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!response.ok || !new URL(url).pathname.endsWith('/_bulk_get')) return response;
    const text = await response.text();
    if (!text.includes('"_attachments"')) return new Response(text, { status: response.status, headers: response.headers });
    const body = JSON.parse(text) as BulkGet;
    for (const result of body.results ?? []) for (const doc of result.docs ?? []) delete doc.ok?._attachments;
    return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
  };
}
