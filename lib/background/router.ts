import { parseRequest, type Reply, type Request, type ResponseMap } from '../messages';
import type { AnnotatorDb } from '../store/db';
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
  return {
    ping: async () => ({ pong: true }),
    'page:analysed': async ({ page }, origin) => {
      const recent = await recordPage(deps.db, page);
      if (origin.tabId !== undefined) await deps.setBadge(origin.tabId, badgeText(page.officials + page.directives));
      return { recent };
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
      return { ok: false, error: error instanceof ValidationError ? `Invalid message: ${error.message}` : 'Invalid message' };
    }
    try {
      const handle = table[req.type] as (r: Request, o: Origin) => Promise<unknown>;
      return { ok: true, value: await handle(req, origin) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
