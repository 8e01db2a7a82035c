/**
 * Replication moves revisions in bulk requests as large as the work at hand:
 * every revision it lacks in one `_bulk_get`, every revision it sends in one
 * `_bulk_docs`. A server's work per revision grows with the document's leaves,
 * so a member who writes 1 000 conflicting leaves on a document makes those
 * requests quadratic: pouchdb-server took about a minute on one, and the idle
 * deadline (guarded-fetch.ts) then ended every run there, for good. Sent in
 * parts of a bounded number of revisions, each answer comes within the
 * deadline; the parts' answers are joined into the one answer PouchDB expects.
 * Neither request is atomic in CouchDB, so parts change nothing else.
 */
import type { Fetch } from './guarded-fetch';

/** Revisions read in one `_bulk_get`. */
export const BULK_GET_PART = 100;
/** Revisions written in one `_bulk_docs`: a write costs the server more than a read. */
export const BULK_DOCS_PART = 25;

type BulkBody = { docs?: unknown } & Record<string, unknown>;

interface Bulk {
  body: BulkBody;
  docs: unknown[];
  part: number;
  /** The answer's list of results, or null when the answer is not the expected shape. */
  results(answer: unknown): unknown[] | null;
  join(results: unknown[]): unknown;
}

const getResults = (answer: unknown) => {
  const results = (answer as { results?: unknown } | null)?.results;
  return Array.isArray(results) ? results : null;
};

function bulkRequest(input: Parameters<Fetch>[0], init: Parameters<Fetch>[1]): Bulk | null {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const path = new URL(url).pathname;
  const get = path.endsWith('/_bulk_get');
  if (init?.method !== 'POST' || typeof init.body !== 'string' || !(get || path.endsWith('/_bulk_docs'))) return null;
  let body: BulkBody;
  try {
    body = JSON.parse(init.body) as BulkBody;
  } catch {
    return null;
  }
  if (!body || !Array.isArray(body.docs)) return null;
  return get
    ? { body, docs: body.docs, part: BULK_GET_PART, results: getResults, join: (results) => ({ results }) }
    : { body, docs: body.docs, part: BULK_DOCS_PART, results: (a) => (Array.isArray(a) ? a : null), join: (results) => results };
}

export function bulkInParts(fetchImpl: Fetch): Fetch {
  return async (input, init) => {
    const bulk = bulkRequest(input, init);
    if (!bulk || bulk.docs.length <= bulk.part) return fetchImpl(input, init);
    const joined: unknown[] = [];
    let last: Response | null = null;
    for (let at = 0; at < bulk.docs.length; at += bulk.part) {
      last = await fetchImpl(input, { ...init, body: JSON.stringify({ ...bulk.body, docs: bulk.docs.slice(at, at + bulk.part) }) });
      // A refusal or an error answers for the whole request, as the server's own would.
      if (!last.ok) return last;
      const answer: unknown = await last.json();
      const results = bulk.results(answer);
      if (!results) return new Response(JSON.stringify(answer), { status: last.status, headers: last.headers });
      joined.push(...results);
    }
    return new Response(JSON.stringify(bulk.join(joined)), { status: last!.status, headers: last!.headers });
  };
}
