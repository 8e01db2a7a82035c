import { describe, expect, it } from 'vitest';
import { StoreError } from '@/lib/store/errors';
import { databaseUrl, serverOrigin, serverPermission, SyncFailure, toFailure } from '@/lib/sync/remote';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as SyncFailure).code;
  }
};

describe('the server address', () => {
  it('takes HTTPS anywhere and plain HTTP on this machine only', () => {
    expect(serverOrigin(' https://sync.example-team.vn/couch/ ')).toBe('https://sync.example-team.vn');
    expect(serverOrigin('http://127.0.0.1:5984')).toBe('http://127.0.0.1:5984');
    expect(serverOrigin('http://localhost:5984')).toBe('http://localhost:5984');
    expect(serverOrigin('http://[::1]:5984')).toBe('http://[::1]:5984');
    expect(codeOf(() => serverOrigin('http://sync.example-team.vn'))).toBe('insecure-url');
    expect(codeOf(() => serverOrigin('http://192.168.1.20:5984'))).toBe('insecure-url');
    expect(codeOf(() => serverOrigin('sync.example-team.vn'))).toBe('bad-url');
    expect(codeOf(() => serverOrigin('ftp://sync.example-team.vn'))).toBe('bad-url');
    // Credentials in the address would travel in every log line: the form has fields for them.
    expect(codeOf(() => serverOrigin('https://alice:pw@sync.example-team.vn'))).toBe('bad-url');
  });

  it('asks for and checks that server’s scheme and host only, whatever its port', () => {
    expect(serverPermission('https://sync.example-team.vn:8443')).toBe('https://sync.example-team.vn/*');
    expect(serverPermission('http://127.0.0.1:5984')).toBe('http://127.0.0.1/*');
  });

  it('puts the database under the server’s path, escaped', () => {
    expect(databaseUrl({ url: 'https://sync.example-team.vn/couch/', database: 'báo chí/2026' })).toBe('https://sync.example-team.vn/couch/b%C3%A1o%20ch%C3%AD%2F2026');
  });
});

describe('failures as problems', () => {
  it('names a full disk, and no answer', () => {
    expect(toFailure(new StoreError('quota', 'full')).code).toBe('storage-full');
    expect(toFailure(new TypeError('fetch failed')).code).toBe('unreachable');
    expect(toFailure({ status: 500, message: 'boom' }).code).toBe('server-error');
    expect(toFailure({ status: 404, reason: 'Database does not exist.' }).problem).toEqual({ code: 'no-database', detail: 'Database does not exist.' });
  });
});
