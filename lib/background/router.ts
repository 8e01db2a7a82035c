import { parseRequest, type Reply, type Request, type ResponseMap } from '../messages';
import { clipStatus, deleteClipping, directiveCounts, saveClipping, updateClipping } from '../store/clippings';
import type { AnnotatorDb } from '../store/db';
import { StoreError } from '../store/errors';
import { fromExported, toExported } from '../store/export-format';
import { refreshHeadSnapshot } from '../store/head-snapshot';
import { mergeRecords } from '../store/merge';
import { recordPage } from '../store/recent';
import { ValidationError } from '../validate';

/** What the background needs from the browser, passed in so the router stays testable. */
export interface RouterDeps {
  db: AnnotatorDb;
  setBadge(tabId: number, text: string): Promise<void>;
}

/** Where a message came from: a tab for content scripts, none for extension pages. */
export interface Origin {
  tabId?: number;
}

type Handlers = { [K in Request['type']]: (req: Extract<Request, { type: K }>, origin: Origin) => Promise<ResponseMap[K]> };

function handlers(deps: RouterDeps): Handlers {
  /** After a change to the collection, the popup's copy of its newest rows follows. */
  const afterWrite = async <T>(write: Promise<T>): Promise<T> => {
    const result = await write;
    await refreshHeadSnapshot(deps.db);
    return result;
  };
  return {
    ping: async () => ({ pong: true }),
    'page:analysed': async ({ page }, origin) => {
      const recent = await recordPage(deps.db, page);
      if (origin.tabId !== undefined) await deps.setBadge(origin.tabId, badgeText(page.officials + page.directives));
      return { recent };
    },
    'clip:save': ({ clipping }) => afterWrite(saveClipping(deps.db, clipping)),
    'clip:status': ({ url }) => clipStatus(deps.db, url),
    'directive:counts': ({ ids }) => directiveCounts(deps.db, ids),
    'clip:update': async ({ id, note, tags }) => ({ updatedAt: (await afterWrite(updateClipping(deps.db, id, { note, tags }))).updatedAt }),
    'clip:delete': async ({ id }) => ({ clipping: toExported(await afterWrite(deleteClipping(deps.db, id))) }),
    'clip:restore': async ({ clipping }) => {
      const [result] = await afterWrite(mergeRecords(deps.db, [fromExported(clipping)]));
      return { id: result!.id };
    },
  };
}

export function badgeText(found: number): string {
  if (found <= 0) return '';
  return found > 999 ? '999+' : String(found);
}

/** Validates and answers one message. Never throws: bad input gets an error reply. */
export function createRouter(deps: RouterDeps) {
  const table = handlers(deps);
  return async (raw: unknown, origin: Origin): Promise<Reply<unknown>> => {
    let req: Request;
    try {
      req = parseRequest(raw);
    } catch (error) {
      const detail = error instanceof ValidationError ? `: ${error.message}` : '';
      return { ok: false, error: `Invalid message${detail}`, code: 'invalid' };
    }
    try {
      const handle = table[req.type] as (r: Request, o: Origin) => Promise<unknown>;
      return { ok: true, value: await handle(req, origin) };
    } catch (error) {
      if (error instanceof StoreError) return { ok: false, error: error.message, code: error.code };
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
