import Dexie, { type EntityTable } from 'dexie';
import type { PageSummary } from '../messages';

/** The last pages the content script analysed; the popup reads the current tab's verdict here. */
export interface RecentPage extends PageSummary {
  seenAt: number;
}

export const DB_NAME = 'ttdn-annotator';

/**
 * The extension's database. It lives in the extension origin (background,
 * popup, library page); content scripts reach it only through messages.
 */
export class AnnotatorDb extends Dexie {
  recent!: EntityTable<RecentPage, 'url'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({ recent: 'url, seenAt' });
  }
}
