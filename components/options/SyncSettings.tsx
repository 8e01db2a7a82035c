/**
 * The options page's sync section. Off by default, saying nothing is sent
 * anywhere until it is set up. The form checks the address here (https, or http
 * on loopback), asks for that server's host permission in the click itself, then
 * lets the background test the connection and says what came of it in plain
 * words. Once set up: the server, database and user (never the password), the
 * state line, "Sync now", "Change" and "Stop syncing".
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '@/lib/i18n/i18n';
import type { SyncProblem, SyncSetup, SyncStatus } from '@/lib/sync/types';
import { saveSetup, syncNowStep } from '@/components/sync/actions';
import { syncLineWords } from '@/components/sync/status-line';
import { StopSync } from '@/components/sync/StopSync';
import { SyncState } from '@/components/sync/SyncState';
import { problemSentence, syncStrings, type SyncText } from '@/components/sync/strings';
import { useNow } from '@/components/sync/useSyncStatus';

type Field = keyof SyncSetup;
const openLibrary = () => void browser.tabs.create({ url: browser.runtime.getURL('/library.html#sync-settle') });
const FIELDS: Field[] = ['url', 'database', 'username', 'password'];
const LABEL: Record<Field, 'serverUrl' | 'database' | 'username' | 'password'> = { url: 'serverUrl', database: 'database', username: 'username', password: 'password' };

/** What the form says under it: a problem (the address, the permission, the server's), or a plain sentence. */
type Message = { problem: SyncProblem; field?: Field } | { text: string; alert: boolean; field?: Field };

function ProblemText({ t, problem }: { t: SyncText; problem: SyncProblem }) {
  return (
    <>
      {problemSentence(t, problem)}
      {problem.detail.trim() && <small class="sync-detail">{problem.detail.trim()}</small>}
    </>
  );
}

export function SyncSettings({ lang, status, setStatus }: { lang: Lang; status: SyncStatus | null; setStatus: (status: SyncStatus) => void }) {
  const t = syncStrings(lang);
  const now = useNow();
  const server = status?.server ?? null;
  const [editing, setEditing] = useState(false);
  const [form, setForm] = useState<SyncSetup>({ url: '', database: '', username: '', password: '' });
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const [justConnected, setJustConnected] = useState(false);
  const inputs = useRef<Partial<Record<Field, HTMLInputElement | null>>>({});

  // Editing a server already set up starts from its address, database and user; never from a password.
  useEffect(() => {
    if (editing && server) setForm({ url: server.url, database: server.database, username: server.username, password: '' });
  }, [editing]);

  const showForm = !server || editing;
  const invalid = (field: Field) => message?.field === field;

  const submit = (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setJustConnected(false);
    // What the fields hold now (a password manager may fill them without an input event).
    const entered = Object.fromEntries(FIELDS.map((f) => [f, inputs.current[f]?.value ?? form[f]])) as unknown as SyncSetup;
    setForm(entered);
    // Everything is checked synchronously, so the permission prompt still opens inside the click.
    const missing = FIELDS.filter((f) => !entered[f].trim());
    if (missing.length) {
      setMessage({ text: t('missing').replace('{fields}', missing.map((f) => t(LABEL[f])).join(', ')), alert: true, field: missing[0] });
      inputs.current[missing[0]!]?.focus();
      return;
    }
    const step = saveSetup(entered, server);
    if (step.kind === 'invalid') {
      setMessage(step.credentials ? { text: t('urlCredentials'), alert: true, field: 'url' } : { problem: step.problem, field: 'url' });
      inputs.current.url?.focus();
      return;
    }
    setBusy(true);
    setMessage({ text: t('saving'), alert: false });
    void step.done
      .then((outcome) => {
        if (outcome.kind === 'refused') return setMessage({ problem: outcome.problem });
        if (outcome.kind === 'failed') return setMessage({ text: t('requestFailed'), alert: true });
        setStatus(outcome.status);
        const connected = outcome.status.server !== null && !outcome.status.problem;
        if (outcome.status.problem) setMessage({ problem: outcome.status.problem });
        else setMessage(null);
        if (connected) {
          setEditing(false);
          setJustConnected(true);
          setForm((f) => ({ ...f, password: '' }));
        }
      })
      .catch(() => setMessage({ text: t('requestFailed'), alert: true }))
      .finally(() => setBusy(false));
  };

  const syncNow = async (step: Promise<SyncStatus | 'refused'>) => {
    setMessage(null);
    try {
      const answer = await step;
      if (answer === 'refused') setMessage({ problem: { code: 'permission-refused', detail: '' } });
      else setStatus(answer);
    } catch {
      setMessage({ text: t('requestFailed'), alert: true });
    }
  };

  const words = status && server ? syncLineWords(status, now, lang) : null;

  return (
    <fieldset class="sync" aria-describedby={server ? undefined : 'sync-intro'}>
      <legend>{t('heading')}</legend>
      {!server && (
        <p id="sync-intro" class="sync-intro">
          {t('offIntro')}
        </p>
      )}
      {!server && <p>{t('what')}</p>}

      {server && words && (
        <div class="sync-current">
          <dl class="sync-server">
            <dt>{t('server')}</dt>
            <dd data-field="url">{server.url}</dd>
            <dt>{t('database')}</dt>
            <dd data-field="database">{server.database}</dd>
            <dt>{t('signedInAs')}</dt>
            <dd data-field="username">{server.username}</dd>
          </dl>
          {justConnected && <p class="sync-connected">{t('connected')}</p>}
          <SyncState words={words} t={t} onSeeConflicts={openLibrary} />
          <p class="sync-permission">{t('permissionNote')}</p>
          {!editing && (
            <p class="sync-actions">
              <button type="button" disabled={status?.running} onClick={() => void syncNow(syncNowStep(status))}>
                {t('syncNow')}
              </button>{' '}
              <button type="button" onClick={() => { setMessage(null); setEditing(true); }}>
                {t('edit')}
              </button>{' '}
              <StopSync
                lang={lang}
                server={server}
                onStopped={(next) => {
                  setStatus(next);
                  setJustConnected(false);
                  setMessage({ text: t('stopped'), alert: false });
                }}
                onFailed={() => setMessage({ text: t('requestFailed'), alert: true })}
              />
            </p>
          )}
        </div>
      )}

      {showForm && (
        <form class="sync-form" noValidate onSubmit={submit} aria-busy={busy}>
          {FIELDS.map((field) => (
            <p key={field} class="sync-field">
              <label for={`sync-${field}`}>{t(LABEL[field])}</label>
              <input
                id={`sync-${field}`}
                ref={(el) => {
                  inputs.current[field] = el;
                }}
                name={`sync-${field}`}
                // Preact types each input type apart; these three take the same attributes.
                type={(field === 'password' ? 'password' : field === 'url' ? 'url' : 'text') as 'text'}
                inputMode={field === 'url' ? 'url' : undefined}
                autocomplete={field === 'password' ? 'current-password' : field === 'username' ? 'username' : field === 'url' ? 'url' : 'off'}
                spellcheck={false}
                autoCapitalize="off"
                placeholder={field === 'url' ? 'https://' : undefined}
                required
                aria-invalid={invalid(field) || undefined}
                aria-describedby={[field === 'url' ? 'sync-url-help' : field === 'password' ? 'sync-password-help' : '', invalid(field) ? 'sync-message' : ''].filter(Boolean).join(' ') || undefined}
                value={form[field]}
                onInput={(e) => {
                  const value = e.currentTarget.value;
                  setForm((f) => ({ ...f, [field]: value }));
                }}
              />
              {field === 'url' && <small id="sync-url-help">{t('serverUrlHelp')}</small>}
              {field === 'password' && <small id="sync-password-help">{t('passwordHelp')}</small>}
            </p>
          ))}
          <p class="sync-actions">
            <button type="submit" class="primary" disabled={busy}>
              {t('save')}
            </button>
            {editing && (
              <>
                {' '}
                <button type="button" onClick={() => { setEditing(false); setMessage(null); }}>
                  {t('cancelEdit')}
                </button>
              </>
            )}
          </p>
        </form>
      )}
      <div id="sync-message" class="sync-message" aria-live="polite">
        {message && 'problem' in message && (
          <p role="alert" class="sync-problem">
            <ProblemText t={t} problem={message.problem} />
          </p>
        )}
        {message && 'text' in message && <p role={message.alert ? 'alert' : 'status'}>{message.text}</p>}
      </div>
    </fieldset>
  );
}
