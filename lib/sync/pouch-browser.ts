/** PouchDB as the background uses it: the replicated database in IndexedDB, the server over HTTP. Imported by the background only. */
import PouchDB from 'pouchdb-core';
import HttpAdapter from 'pouchdb-adapter-http';
import IdbAdapter from 'pouchdb-adapter-idb';
import Replication from 'pouchdb-replication';
import type { PouchStatic } from './pouch-types';

export const BrowserPouch = PouchDB.plugin(HttpAdapter).plugin(IdbAdapter).plugin(Replication) as unknown as PouchStatic;

/** The replicated database, beside the collection in the extension's IndexedDB. */
export const LOCAL_REPLICA = { name: 'ttdn-sync-replica', adapter: 'idb' };
