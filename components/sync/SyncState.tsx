/**
 * The sync state in words, as the popup, the library and the options show it:
 * the summary, the clippings with two people's notes, the problem with the
 * server's own words small below, and a polite live region that announces the
 * state (not the ticking clock) to screen readers.
 */
import type { SyncLineWords } from './status-line';
import type { SyncText } from './strings';

/** `seeing`: where "xem" opens a list in place, whether it is open and the list's id. */
export function SyncState({ words, t, onSeeConflicts, seeing }: {
  words: SyncLineWords;
  t: SyncText;
  onSeeConflicts?: () => void;
  seeing?: { open: boolean; controls: string };
}) {
  return (
    <>
      <p class="sync-summary">
        <span class="sync-state">{words.summary}</span>
        {words.conflicts && (
          <span class="sync-conflicts">
            {' · '}
            {words.conflicts}
            {onSeeConflicts && (
              <>
                {' — '}
                <button type="button" class="link sync-see" onClick={onSeeConflicts} aria-expanded={seeing?.open} aria-controls={seeing?.open ? seeing.controls : undefined}>
                  {t('seeConflicts')}
                </button>
              </>
            )}
          </span>
        )}
      </p>
      {words.problem && (
        <p class="sync-problem">
          <span class="sync-problem-sentence">{words.problem.sentence}</span>
          {words.problem.detail && <small class="sync-detail">{words.problem.detail}</small>}
        </p>
      )}
      <span class="visually-hidden" role="status">
        {words.announcement}
      </span>
    </>
  );
}
