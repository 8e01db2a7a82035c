import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { PageSummary } from '../clipping/types';
import type { ResearchRow } from '../clipping/research-row';
import type { ClippingCard, SearchText, StoredLine } from '../clipping/types';
import { bodiesToLines } from './migrations/upgrade-v3';
import { upgradeToV4, type UpgradeReportRow } from './migrations/upgrade-v4';
import { fillResearchRows } from './migrations/upgrade-v7';
import type { JobRow, OutboxRow, SearchIndexRow } from './rows';
import type { SyncDocRow, SyncRow } from './sync-rows';
import type { TrashRow } from './trash-rows';
import type { WatchRow } from '../clipping/watch-key';

/** The last pages the content script analysed; the popup reads the current tab's verdict here. */
export interface RecentPage extends PageSummary {
  seenAt: number;
}

export const DB_NAME = 'ttdn-annotator';

export interface SchemaVersion {
  version: number;
  /** Dexie store declarations added or changed by this version (null deletes a table). */
  stores: Record<string, string | null>;
  /** Reshapes the data, run once when a database older than this version opens (tables it deletes are still there). */
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema the extension has shipped, oldest first. Never edit or remove a
 * shipped entry: add a new version (with an upgrade function when data must be
 * reshaped) and a fixture for the version it replaces in
 * test/unit/store/migrations.test.ts, which upgrades a database filled at every
 * older version and checks that no clipping is lost. Primary keys never change
 * (IndexedDB cannot change them in place).
 */
export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  { version: 1, stores: { recent: 'url, seenAt' } },
  {
    version: 2,
    stores: {
      // Cards: the list, filters and facets. Multi-entry indexes answer
      // "which clippings cite 57-KL/TW" without reading any article text.
      clippings: 'id, &canonicalUrl, url, clippedAt, site, published, topic, *officialKeys, *directives',
      bodies: 'id',
      searchTexts: 'id',
    },
  },
  {
    version: 3,
    // Bodies become whole records stored as export lines: export copies bytes.
    stores: { bodies: null, records: 'id' },
    upgrade: bodiesToLines,
  },
  {
    version: 4,
    // Bookkeeping (the upgrade report, the re-analysis cursor); every clipping
    // mended to today's date rules, and no card left without its record.
    stores: { meta: 'key' },
    upgrade: upgradeToV4(),
  },
  {
    version: 6,
    // Sync (lib/sync): the outbox of user changes, written in the same transaction as
    // each change; each clipping's replicated document and revision; the server set up,
    // its credentials and the engine's checkpoint. (5 is left to a parallel change.)
    stores: { outbox: '++seq, id', syncDocs: 'docId, &id, conflict', sync: 'key' },
  },
  {
    version: 7,
    // The research pages' rows (lib/clipping/research-row.ts): titles, particulars and
    // "carries out" derived once from each clipping, and an index that lists one
    // official's or directive's articles newest first, so a page reads neither
    // article text nor more rows than its first screen shows.
    stores: { research: 'id, *order' },
    upgrade: fillResearchRows,
  },
  {
    version: 8,
    // The local trash (trash.ts): clippings deleted here or by a teammate, and notes a
    // teammate emptied, kept whole for 30 days so no one's words go without a way back.
    // Auto-numbered: the same clipping may be in it more than once.
    stores: { trash: '++key, id, trashedAt' },
  },
  {
    version: 9,
    // The watch list (lib/store/watch.ts): starred officials and directives by folded key.
    stores: { watch: 'key, starredAt' },
  },
  {
    version: 10,
    // Quotes (lib/clipping/quotes.ts): a clipping's record and card may carry the passages
    // the user kept, with comments. No index and nothing to reshape: older clippings have none.
    stores: {},
  },
  {
    version: 11,
    // Tombstones: a watch row may carry `removedAt` (a star taken away, lib/store/watch.ts) and a
    // clipping's record `deletedQuotes` (lib/clipping/quotes.ts), so neither comes back from another
    // copy. No index and nothing to reshape: older rows and records have none.
    stores: {},
  },
];

/** A row of the `meta` table: the upgrade report, or a background job's progress (re-analysis, rebuild of derived rows, search index). */
export type MetaRow = UpgradeReportRow | JobRow | SearchIndexRow;

/** Declares the given schema history on a Dexie instance (the tests open older histories the same way). */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[] = SCHEMA_VERSIONS): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/**
 * The extension's database. It lives in the extension origin (background,
 * popup, library page); content scripts reach it only through messages.
 * A clipping is four rows with the same id, always written together in one
 * transaction: its card, its stored line (the whole record), its folded
 * search text and its research row; but an import, which leaves the search
 * text to the search index job (search-index.ts) that finds it missing.
 */
export class AnnotatorDb extends Dexie {
  recent!: EntityTable<RecentPage, 'url'>;
  clippings!: EntityTable<ClippingCard, 'id'>;
  records!: EntityTable<StoredLine, 'id'>;
  searchTexts!: EntityTable<SearchText, 'id'>;
  research!: EntityTable<ResearchRow, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  outbox!: EntityTable<OutboxRow, 'seq'>;
  syncDocs!: EntityTable<SyncDocRow, 'docId'>;
  sync!: EntityTable<SyncRow, 'key'>;
  trash!: EntityTable<TrashRow, 'key'>;
  watch!: EntityTable<WatchRow, 'key'>;

  constructor(name = DB_NAME) {
    super(name);
    declareSchema(this);
  }
}
