/** A member of the team in the sync tests: a collection (its own fake-indexeddb database) with its engine. */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import MemoryAdapter from 'pouchdb-adapter-memory';
import Replication from 'pouchdb-replication';
import { AnnotatorDb } from '../../lib/store/db';
import { createSyncEngine, type SyncEngine } from '../../lib/sync/engine';
import type { PouchStatic } from '../../lib/sync/pouch-types';
import type { SyncStatus } from '../../lib/sync/types';
import { TEAM_DB } from './couch';

export const NodePouch = PouchDB.plugin(HttpAdapter).plugin(MemoryAdapter).plugin(Replication) as unknown as PouchStatic;

export interface Member {
  db: AnnotatorDb;
  engine: SyncEngine;
  /** Every status the engine published. */
  published: SyncStatus[];
  /** Origins whose permission the engine asked about. */
  asked: string[];
  granted: boolean;
  collectionChanges: number;
  close(): Promise<void>;
}

export function member(name: string, options: { batchSize?: number } = {}): Member {
  const db = new AnnotatorDb(`sync-${name}-${crypto.randomUUID()}`);
  const self: Member = {
    db,
    published: [],
    asked: [],
    granted: true,
    collectionChanges: 0,
    engine: createSyncEngine({
      db,
      PouchDB: NodePouch,
      local: { name: `replica-${name}-${crypto.randomUUID()}`, adapter: 'memory' },
      hasPermission: async (origin) => {
        self.asked.push(origin);
        return self.granted;
      },
      publish: async (status) => void self.published.push(status),
      collectionChanged: async () => void self.collectionChanges++,
      batchSize: options.batchSize,
    }),
    async close() {
      await self.engine.stop();
      db.close();
      await db.delete();
    },
  };
  return self;
}

export const setupFor = (url: string, user: { name: string; password: string }, database = TEAM_DB) => ({ url, database, username: user.name, password: user.password });
