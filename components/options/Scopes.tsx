/**
 * Where the extension runs: the installed list (a count, with the kinds of sites), the
 * wide grants ("all of .vn", "Vietnamese pages on every site", each foreign service's
 * Vietnamese section) with one sentence on why, what it reads and what the browser says,
 * and every scope the user granted, each with a button that gives the permission back
 * (the background then unregisters its content script).
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedScopes, removeScope, type GrantedScope } from '@/lib/site/permissions';
import type { Lang } from '@/lib/i18n/i18n';
import { FOREIGN_SERVICES } from '@/lib/site/foreign-services';
import { NEWS_SITES } from '@/lib/site/sites';
import { declaredMatches } from '@/components/sync/actions';
import { EnableAllVn, EnableScope } from './EnableAllVn';
import { optionsStrings } from './strings';

/**
 * `syncPattern`: the sync server's host permission, left out of the list: it is no news
 * site, and giving it back here would silently break sync (Stop syncing gives it back).
 */
export function Scopes({ lang, syncPattern = null }: { lang: Lang; syncPattern?: string | null }) {
  const t = optionsStrings(lang);
  const [scopes, setScopes] = useState<GrantedScope[] | null>(null);
  const [note, setNote] = useState<{ alert: boolean; text: string } | null>(null);

  const load = useCallback(async () => {
    const { origins = [] } = await browser.permissions.getAll();
    // Granted origins beyond the manifest's content-script patterns are the user's own grants.
    setScopes(grantedScopes(origins.filter((origin) => origin !== syncPattern), declaredMatches()));
  }, [syncPattern]);

  useEffect(() => {
    void load().catch(() => setScopes([]));
    const changed = () => void load().catch(() => undefined);
    browser.permissions.onAdded?.addListener(changed);
    browser.permissions.onRemoved?.addListener(changed);
    return () => {
      browser.permissions.onAdded?.removeListener(changed);
      browser.permissions.onRemoved?.removeListener(changed);
    };
  }, [load]);

  const reload = () => void load().catch(() => undefined);

  const remove = async (scope: GrantedScope) => {
    const removed = await removeScope(browser.permissions, scope).catch(() => false);
    setNote(removed ? { alert: false, text: t('scopeRemoved') } : { alert: true, text: t('scopeNotRemoved') });
    await load().catch(() => undefined);
  };

  return (
    <fieldset class="scopes">
      <legend>{t('whereItRuns')}</legend>
      <p>{t('installedScope').replace('{n}', String(NEWS_SITES.length))}</p>
      {scopes && <EnableAllVn lang={lang} held={scopes.some((s) => s.kind === 'all-vn')} onChange={reload} />}
      {scopes && (
        <EnableScope
          lang={lang}
          scope={{ kind: 'vietnamese-pages' }}
          words={{ enable: t('enableVietnamese'), why: t('vietnameseWhy'), granted: t('vietnameseGranted') }}
          held={scopes.some((s) => s.kind === 'vietnamese-pages')}
          onChange={reload}
        />
      )}
      <h2>{t('services')}</h2>
      <p>{t('servicesWhy')}</p>
      {scopes && (
        <div role="group" aria-label={t('services')} class="services">
          {FOREIGN_SERVICES.map((service) => (
            <div key={service.host} data-service={service.host}>
              <EnableScope
                lang={lang}
                scope={{ kind: 'site', url: `https://${service.host}${service.paths[0]}` }}
                words={{ enable: t('enableService').replace('{name}', service.name), why: `${service.host}${service.paths.join(', ')}`, granted: t('serviceGranted') }}
                held={scopes.some((s) => s.label === service.name)}
                onChange={reload}
              />
            </div>
          ))}
        </div>
      )}
      <h2>{t('granted')}</h2>
      {scopes && scopes.length === 0 && <p>{t('noGranted')}</p>}
      {scopes && scopes.length > 0 && (
        <ul aria-label={t('granted')}>
          {scopes.map((scope) => (
            <li key={scope.label} data-scope={scope.label}>
              {scope.kind === 'all-vn' ? t('allVn') : scope.kind === 'vietnamese-pages' ? t('vietnamesePages') : scope.label}{' '}
              <button type="button" onClick={() => void remove(scope)}>
                {t('removeScope')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {note && <p role={note.alert ? 'alert' : 'status'}>{note.text}</p>}
    </fieldset>
  );
}
