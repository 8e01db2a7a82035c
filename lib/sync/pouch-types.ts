/**
 * The part of PouchDB's API the engine uses, typed here (the DefinitelyTyped
 * packages pull the DOM library into every Node script of the project).
 */
export interface DocMeta {
  _id: string;
  _rev?: string;
  _deleted?: boolean;
  _conflicts?: string[];
}

export interface WriteResult {
  ok?: boolean;
  id?: string;
  rev?: string;
  error?: string | boolean;
  status?: number;
}

export interface ChangesResult<D> {
  results: { id: string; seq: number | string; deleted?: boolean; doc?: D & DocMeta & { _rev: string } }[];
  last_seq: number | string;
}

export interface AllDocsResult<D> {
  rows: { key: string; id?: string; error?: string; value?: { rev: string; deleted?: boolean }; doc?: (D & DocMeta & { _rev: string }) | null }[];
}

export interface ReplicationResult {
  ok: boolean;
  status: string;
  docs_written: number;
  doc_write_failures: number;
  errors: unknown[];
}

export interface ReplicateOptions {
  batch_size?: number;
  batches_limit?: number;
}

/** A running replication: a promise of its result, and a way to stop it. */
export interface Replication extends PromiseLike<ReplicationResult> {
  cancel(): void;
}

export interface Database<D> {
  get(id: string, options?: { rev?: string }): Promise<D & DocMeta & { _rev: string }>;
  allDocs(options: { keys: string[]; include_docs?: boolean }): Promise<AllDocsResult<D>>;
  changes(options: { since: number | string; limit: number; include_docs: boolean; conflicts: boolean }): Promise<ChangesResult<D>>;
  bulkDocs(docs: (Partial<D> & DocMeta)[]): Promise<WriteResult[]>;
  info(): Promise<{ doc_count: number; update_seq: number | string }>;
  destroy(): Promise<unknown>;
  close(): Promise<unknown>;
  replicate: {
    from(source: Database<D>, options?: ReplicateOptions): Replication;
    to(target: Database<D>, options?: ReplicateOptions): Replication;
  };
}

export interface DatabaseOptions {
  adapter?: string;
  skip_setup?: boolean;
  fetch?: (url: string | URL | Request, init?: RequestInit) => Promise<Response>;
}

/** PouchDB's constructor, with the adapters and plugins the caller chose. */
export type PouchStatic = new <D>(name: string, options?: DatabaseOptions) => Database<D>;
