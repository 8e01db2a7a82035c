import type { Lang } from '@/lib/i18n';
import type { Analysis, Evidence, ForeignInfoVerdict } from '@/lib/matcher/types';
import type { Category } from '@/lib/settings';
import { directiveKey, officialKey } from '@/lib/dom/findings';
import { panelStrings, type PanelKey } from './strings';
import type { Translate } from '@/lib/i18n';
import type { ClipFailure } from './failure';
import { trusted } from './trusted';

export type ClipState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; failure: ClipFailure };

export interface PanelModel {
  analysis: Analysis | null;
  /** The verdict with the user's threshold applied. */
  verdict: ForeignInfoVerdict | null;
  categories: Record<Category, boolean>;
  clip: ClipState;
  collapsed: boolean;
  /** The extension behind this page's script was updated or reloaded: only a page reload helps. */
  orphaned?: boolean;
}

export interface PanelProps {
  lang: Lang;
  model: PanelModel;
  /** Scroll to and flash the first mention of a finding, and explain it. */
  onSelect(key: string): void;
  /** A finding's entry got keyboard focus (null: lost it): explain it without scrolling. */
  onPreview(key: string | null, entry: Element | null): void;
  onClip(): void;
  onCollapse(collapsed: boolean): void;
  onClose(): void;
  onDisableSite(): void;
  onPause(): void;
}

const EVIDENCE_SHOWN = 6;

/** Failures after which the clipping may or may not be stored. */
const UNSURE = new Set<ClipFailure>(['disconnected', 'no-answer']);

function evidenceKind(t: Translate<PanelKey>, evidence: Evidence): string {
  return t(evidence.kind === 'term' ? 'evidenceTerm' : evidence.kind === 'directive' ? 'evidenceDirective' : 'evidenceOfficial');
}

interface Entry {
  key: string;
  name: string;
  sub: string | null;
}

/** One category's findings; each entry scrolls to and flashes its first mention. */
function FindingList({
  t,
  category,
  entries,
  onSelect,
  onPreview,
}: { t: Translate<PanelKey>; category: Category; entries: Entry[] } & Pick<PanelProps, 'onSelect' | 'onPreview'>) {
  return (
    <section class={`list ${category}`} aria-label={t(category)}>
      <h3>
        {t(category)} <span class="count">{entries.length}</span>
      </h3>
      {entries.length === 0 ? (
        <p class="muted">{t('none')}</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.key}>
              <button
                type="button"
                title={t('showMention')}
                data-key={entry.key}
                onClick={trusted(() => onSelect(entry.key))}
                onFocus={trusted((e) => onPreview(entry.key, e.currentTarget as Element))}
                onBlur={trusted(() => onPreview(null, null))}
              >
                <span class="name">{entry.name}</span>
                {entry.sub && <span class="sub">{entry.sub}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function Panel({ lang, model, onSelect, onPreview, onClip, onCollapse, onClose, onDisableSite, onPause }: PanelProps) {
  const t = panelStrings(lang);
  const { analysis, verdict, categories, clip } = model;
  const found = (analysis?.officials.length ?? 0) + (analysis?.directives.length ?? 0);
  if (model.orphaned) {
    return (
      <section class="panel" aria-label={t('heading')} lang={lang}>
        <p class="error" role="alert">
          {t('orphaned')}
        </p>
      </section>
    );
  }
  if (model.collapsed) {
    return (
      <button type="button" class={`pill ${verdict?.isForeignInfo ? 'yes' : ''}`} aria-label={t('expand')} title={t('expand')} onClick={trusted(() => onCollapse(false))}>
        TTĐN <span class="count">{found}</span>
      </button>
    );
  }
  return (
    <section class="panel" aria-label={t('heading')} lang={lang}>
      <header>
        <h2>{t('heading')}</h2>
        <button type="button" class="icon" aria-label={t('collapse')} title={t('collapse')} onClick={trusted(() => onCollapse(true))}>
          –
        </button>
        <button type="button" class="icon" aria-label={t('close')} title={t('close')} onClick={trusted(onClose)}>
          ×
        </button>
      </header>
      {!analysis || !verdict ? (
        <p class="muted" role="status">{t('analysing')}</p>
      ) : (
        <>
          <div class={`verdict ${verdict.isForeignInfo ? 'yes' : 'no'}`} role="status" data-verdict={verdict.isForeignInfo ? 'yes' : 'no'}>
            <strong>{t(verdict.isForeignInfo ? 'isForeignInfo' : 'notForeignInfo')}</strong>
            <span class="score">
              {t('score')} {Math.round(verdict.score * 100)}%
            </span>
          </div>
          {verdict.evidence.length > 0 && (
            <details class="evidence" open={verdict.isForeignInfo}>
              <summary>{t('evidence')}</summary>
              <ul>
                {verdict.evidence.slice(0, EVIDENCE_SHOWN).map((e) => (
                  <li key={`${e.kind}:${e.label}`}>
                    {e.label} <span class="muted">({evidenceKind(t, e)} ×{e.count})</span>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {categories.officials && (
            <FindingList
              t={t}
              category="officials"
              entries={analysis.officials.map((o) => ({ key: officialKey(o), name: o.name, sub: o.titles[0] ?? null }))}
              onSelect={onSelect}
              onPreview={onPreview}
            />
          )}
          {categories.directives && (
            <FindingList
              t={t}
              category="directives"
              entries={analysis.directives.map((d) => ({ key: directiveKey(d), name: d.id, sub: [d.kind, d.issuer].filter(Boolean).join(' · ') || null }))}
              onSelect={onSelect}
              onPreview={onPreview}
            />
          )}
          <div class="actions">
            {/* The button keeps its name ("Lưu…" / "Clip…") in every state; the state is said beside it. */}
            <button
              type="button"
              class="clip"
              data-clip={clip.status}
              aria-busy={clip.status === 'saving'}
              disabled={clip.status === 'saving' || clip.status === 'saved'}
              onClick={trusted(onClip)}
            >
              {clip.status === 'saved' ? `✓ ${t('clip')}` : t('clip')}
            </button>
            {/* Always there and one line high, so the panel's size never tells a page whether the article is clipped. */}
            <p class="clip-state" role="status">
              {clip.status === 'saved' ? t('clipped') : clip.status === 'saving' ? t('clipping') : '\u00a0'}
            </p>
            {clip.status === 'error' && (
              <p class="error" role="alert">
                {/* Whether it was stored is unknown after a lost answer: no "could not clip" then. */}
                {UNSURE.has(clip.failure) ? t(`fail:${clip.failure}`) : `${t('clipFailed')}: ${t(`fail:${clip.failure}`)}`}
              </p>
            )}
          </div>
        </>
      )}
      <footer>
        <button type="button" class="link" onClick={trusted(onDisableSite)}>
          {t('disableSite')}
        </button>
        <button type="button" class="link" onClick={trusted(onPause)}>
          {t('pauseAll')}
        </button>
      </footer>
    </section>
  );
}

export const PANEL_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; top: 12px; display: block; }
:host([hidden]) { display: none; }
* { box-sizing: border-box; }
.panel { width: 300px; max-height: calc(100vh - 24px); overflow: auto; padding: 10px 12px; border-radius: 10px;
  background: #fffbf5; color: #1c1917; border: 1px solid #a8a29e; box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; }
header { display: flex; align-items: center; gap: 4px; }
h2 { flex: 1; margin: 0; font-size: 14px; }
h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: #57534e; }
ul { list-style: none; margin: 0; padding: 0; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid #2563eb; outline-offset: 1px; }
.icon { border: 0; background: transparent; font-size: 18px; width: 28px; height: 28px; border-radius: 6px; }
.icon:hover { background: #e7e5e4; }
.verdict { margin: 8px 0; padding: 8px; border-radius: 8px; display: flex; flex-direction: column; gap: 2px; }
.verdict.yes { background: #dcfce7; border: 1px solid #16a34a; }
.verdict.no { background: #f5f5f4; border: 1px solid #a8a29e; }
.score { color: #44403c; font-size: 12px; }
.evidence summary { cursor: pointer; color: #44403c; }
.evidence li { padding: 1px 0; }
.list li button { display: flex; flex-direction: column; width: 100%; text-align: left; padding: 4px 6px; margin: 2px 0;
  border: 1px solid transparent; border-radius: 6px; background: transparent; }
.list li button:hover { border-color: #d6d3d1; background: #fff; }
.officials .name { border-bottom: 2px solid #d97706; align-self: flex-start; }
.directives .name { border-bottom: 2px dotted #0284c7; align-self: flex-start; }
.sub { font-size: 12px; color: #57534e; }
.count { font-weight: 400; color: #57534e; }
.muted { color: #78716c; }
.actions { margin-top: 10px; }
.clip { width: 100%; padding: 7px; border-radius: 8px; border: 1px solid #9a3412; background: #9a3412; color: #fff; font-weight: 600; }
.clip[data-clip="saved"] { background: #166534; border-color: #166534; }
.clip:disabled { cursor: default; opacity: .95; }
.error { color: #b91c1c; margin: 6px 0 0; }
.clip-state { color: #166534; margin: 6px 0 0; height: 1.4em; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
footer { display: flex; justify-content: space-between; margin-top: 10px; gap: 8px; }
.link { border: 0; background: none; padding: 0; color: #1d4ed8; text-decoration: underline; font-size: 12px; }
.pill { padding: 6px 10px; border-radius: 999px; border: 1px solid #9a3412; background: #9a3412; color: #fff;
  font: 600 12px/1 system-ui, sans-serif; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.pill.yes { background: #166534; border-color: #166534; }
.pill .count { color: inherit; }
`;
