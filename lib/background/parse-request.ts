/**
 * The background's check of every incoming request: each field against the limits
 * the store and the export schema share. Background only: the validators are no
 * weight for the scripts that run in pages.
 */
import type { Request, RequestType } from '../messaging/messages';
import type { CorrectionChange } from '../clipping/corrections';
import { checkClippingInput, checkDirective, checkExportedClipping, checkOfficial, checkQuoteTarget, LIMITS } from '../clipping/validate-clipping';
import { QUOTE_LIMITS } from '../clipping/quotes';
import { array, boolean, httpUrl, integer, literal, number, object, string, ValidationError } from '../base/validate';

const checkPageSummary = object({
  url: httpUrl,
  title: string(1000),
  site: string(255),
  officials: integer(0, 100_000),
  directives: integer(0, 100_000),
  isForeignInfo: boolean,
  score: number(0, 1),
});

const clippingId = string(LIMITS.id);

/** Shape only: the sync engine judges the address itself and says what is wrong in the user's language. */
const checkSyncSetup = object({ url: string(2048), database: string(255), username: string(255), password: string(1024) });

const checks: { [K in RequestType]: (raw: Record<string, unknown>) => Extract<Request, { type: K }> } = {
  ping: () => ({ type: 'ping' }),
  'page:analysed': (raw) => ({
    type: 'page:analysed',
    page: checkPageSummary(raw.page, 'page'),
    ...(raw.named === undefined ? {} : { named: checkNamed(raw.named, 'named') }),
  }),
  'clip:save': (raw) => ({ type: 'clip:save', clipping: checkClippingInput(raw.clipping, 'clipping') }),
  'clip:tab': (raw) => ({ type: 'clip:tab', tabId: integer()(raw.tabId, 'tabId') }),
  'clip:status': (raw) => ({ type: 'clip:status', url: string(8192)(raw.url, 'url') }),
  'directive:counts': (raw) => ({ type: 'directive:counts', ids: array(string(LIMITS.directiveId), 500)(raw.ids, 'ids') }),
  'clip:update': (raw) => ({
    type: 'clip:update',
    id: clippingId(raw.id, 'id'),
    note: string(LIMITS.note)(raw.note, 'note'),
    tags: array(string(LIMITS.tag), LIMITS.tags)(raw.tags, 'tags'),
  }),
  'clip:delete': (raw) => ({ type: 'clip:delete', id: clippingId(raw.id, 'id') }),
  'clip:restore': (raw) => ({ type: 'clip:restore', clipping: checkExportedClipping(raw.clipping, 'clipping') }),
  'trash:restore': (raw) => ({ type: 'trash:restore', key: integer(1, Number.MAX_SAFE_INTEGER)(raw.key, 'key') }),
  'trash:empty': () => ({ type: 'trash:empty' }),
  'panel:pause': () => ({ type: 'panel:pause' }),
  'panel:disable-site': () => ({ type: 'panel:disable-site' }),
  'sync:status': () => ({ type: 'sync:status' }),
  'sync:configure': (raw) => ({ type: 'sync:configure', setup: checkSyncSetup(raw.setup, 'setup') }),
  'sync:now': () => ({ type: 'sync:now' }),
  'sync:stop': () => ({ type: 'sync:stop' }),
  'learn:find': (raw) => ({
    type: 'learn:find',
    text: string(LIMITS.text)(raw.text, 'text'),
    directives: array(string(LIMITS.directiveId), LIMITS.directives)(raw.directives, 'directives'),
  }),
  'quote:keep': (raw) => ({ type: 'quote:keep', id: clippingId(raw.id, 'id'), target: checkQuoteTarget(raw.target, 'target') }),
  'quote:comment': (raw) => ({
    type: 'quote:comment',
    id: clippingId(raw.id, 'id'),
    quoteId: clippingId(raw.quoteId, 'quoteId'),
    comment: string(QUOTE_LIMITS.comment)(raw.comment, 'comment'),
  }),
  'quote:delete': (raw) => ({ type: 'quote:delete', id: clippingId(raw.id, 'id'), quoteId: clippingId(raw.quoteId, 'quoteId') }),
  'clip:correct': (raw) => ({ type: 'clip:correct', id: clippingId(raw.id, 'id'), change: checkCorrectionChange(raw.change, 'change') }),
  'research:open': (raw) => ({ type: 'research:open', subject: checkSubject(raw.subject, 'subject') }),
  'watch:set': (raw) => ({ type: 'watch:set', subject: checkSubject(raw.subject, 'subject'), starred: boolean(raw.starred, 'starred') }),
};

const findingKind = literal('official', 'directive');
const findingLabel = string(LIMITS.name);
const checkNamed = object({
  officials: array(string(LIMITS.name), LIMITS.officials),
  directives: array(string(LIMITS.directiveId), LIMITS.directives),
});
const checkSubject = object({ kind: findingKind, name: string(Math.max(LIMITS.name, LIMITS.directiveId)) });

/** One correction: the op decides which fields must be there. */
const checkCorrectionChange = (value: unknown, path: string): CorrectionChange => {
  if (typeof value !== 'object' || value === null) throw new ValidationError(path, 'expected an object');
  const raw = value as Record<string, unknown>;
  const op = literal('reject', 'unreject', 'add-official', 'add-directive', 'remove-added')(raw.op, `${path}.op`);
  if (op === 'add-official') return { op, official: checkOfficial(raw.official, `${path}.official`) };
  if (op === 'add-directive') return { op, directive: checkDirective(raw.directive, `${path}.directive`) };
  return { op, kind: findingKind(raw.kind, `${path}.kind`), label: findingLabel(raw.label, `${path}.label`) };
};

/** Validates an incoming message; throws ValidationError with a readable reason. */
export function parseRequest(raw: unknown): Request {
  if (typeof raw !== 'object' || raw === null) throw new ValidationError('message', 'expected an object');
  const type = literal(...(Object.keys(checks) as RequestType[]))((raw as { type?: unknown }).type, 'type');
  return checks[type](raw as Record<string, unknown>);
}

