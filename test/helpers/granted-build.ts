/**
 * A copy of a built extension whose manifest already holds host grants, as if the reader had
 * accepted the browser's prompt: no test can click that prompt, and the grant is what the
 * every-host and single-site routes are tested under. Chromium's MV3 manifest keeps hosts in
 * `host_permissions`, Firefox's MV2 one in `permissions`.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type HostKey = 'host_permissions' | 'permissions';

/** Copies `build` to a fresh temporary folder with `origins` added under `key`; returns the folder (the caller removes it). */
export function grantedBuild(build: string, key: HostKey, origins: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'ttdn-granted-'));
  cpSync(build, dir, { recursive: true });
  const file = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<HostKey, string[] | undefined>;
  manifest[key] = [...(manifest[key] ?? []), ...origins];
  writeFileSync(file, JSON.stringify(manifest));
  return dir;
}
