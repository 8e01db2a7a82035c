/**
 * The scopes a user can grant beyond the installed list, and how each is asked for
 * and given back. permissions.request must run in the handler of the user's click
 * (popup button, context menu item, options page); the background's onAdded and
 * onRemoved listeners then register or unregister the content script.
 */
import { serviceForOrigin } from './foreign-services';
import { ALL_VN_ORIGINS, EVERY_HOST_ORIGINS, originPattern } from './sites';

/** A foreign service's scope is the site scope of one of its pages (its whole host). */
export type Scope = { kind: 'all-vn' } | { kind: 'vietnamese-pages' } | { kind: 'site'; url: string };

export interface PermissionRequestApi {
  request(permissions: { origins: string[] }): Promise<boolean>;
  remove(permissions: { origins: string[] }): Promise<boolean>;
  contains(permissions: { origins: string[] }): Promise<boolean>;
}

/** The origins a scope stands for: all of .vn, every host, or one site's host. */
export function scopeOrigins(scope: Scope): string[] {
  if (scope.kind === 'all-vn') return [...ALL_VN_ORIGINS];
  if (scope.kind === 'vietnamese-pages') return [...EVERY_HOST_ORIGINS];
  const origin = originPattern(scope.url);
  return origin ? [origin] : [];
}

/** Asks the browser for the scope (it shows its own prompt); true when granted. */
export async function requestScope(permissions: PermissionRequestApi, scope: Scope): Promise<boolean> {
  const origins = scopeOrigins(scope);
  if (origins.length === 0) return false;
  return permissions.request({ origins });
}

export async function holdsScope(permissions: PermissionRequestApi, scope: Scope): Promise<boolean> {
  const origins = scopeOrigins(scope);
  return origins.length > 0 && permissions.contains({ origins }).catch(() => false);
}

/** One line of the options page's list: what was granted, and the origins removing it gives back. */
export interface GrantedScope {
  kind: 'all-vn' | 'vietnamese-pages' | 'site';
  /** "*.vn", "*", the service's name or the site's host name. */
  label: string;
  origins: string[];
}

/** The granted optional origins, as the user granted them: each country-wide or every-host grant as one entry, each site as one. */
export function grantedScopes(granted: readonly string[], declared: readonly string[]): GrantedScope[] {
  const covered = new Set(declared);
  const extra = [...new Set(granted)].filter((origin) => !covered.has(origin));
  const wide = (kind: 'all-vn' | 'vietnamese-pages', label: string, of: readonly string[]): GrantedScope[] => {
    const origins = extra.filter((origin) => of.includes(origin));
    return origins.length ? [{ kind, label, origins }] : [];
  };
  const scopes = [...wide('all-vn', '*.vn', ALL_VN_ORIGINS), ...wide('vietnamese-pages', '*', EVERY_HOST_ORIGINS)];
  for (const origin of extra.filter((o) => !ALL_VN_ORIGINS.includes(o) && !EVERY_HOST_ORIGINS.includes(o)).sort()) {
    const host = /^[^:]+:\/\/([^/]+)\//.exec(origin)?.[1] ?? origin;
    scopes.push({ kind: 'site', label: serviceForOrigin(origin)?.name ?? host, origins: [origin] });
  }
  return scopes;
}

/** Gives a scope back: the browser withdraws the permission, and onRemoved unregisters the script. */
export function removeScope(permissions: PermissionRequestApi, scope: GrantedScope): Promise<boolean> {
  return permissions.remove({ origins: scope.origins });
}
