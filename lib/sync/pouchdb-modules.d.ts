// The PouchDB packages ship no types; the engine uses them through pouch-types.ts.
declare module 'pouchdb-core' {
  interface Plugable {
    plugin(plugin: unknown): Plugable;
  }
  const PouchDB: Plugable;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
