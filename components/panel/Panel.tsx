import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/i18n/i18n';
import { plural } from '@/lib/i18n/plural';
import { glossKind } from '@/lib/i18n/kind-glosses';
import { expandTitle } from '@/lib/matcher/language/abbreviations';
import type { Analysis, Evidence, ForeignInfoVerdict } from '@/lib/matcher/types';
import type { Category } from '@/lib/settings/settings';
import { directiveFindingKey, officialFindingKey } from '@/lib/dom/findings';
import { fill, panelStrings, type PanelKey } from './strings';
import { lockedHost } from './host-css';
import { UI_FONT } from './theme';
import { GUARD_ATTRIBUTE } from './seen-click';
import type { Translate } from '@/lib/i18n/i18n';
import type { ClipFailure } from './failure';
import { trusted } from './trusted';

export type ClipState = { status: 'idle' } | { status: 'saving' } | { status: 'saved' } | { status: 'error'; failure: ClipFailure };

export interface PanelModel {
  analysis: Analysis | null;
  /** The verdict with the user's threshold applied. */
  verdict: ForeignInfoVerdict | null;
  /** The threshold that verdict was decided with, in [0, 1]. */
  threshold: number;
  categories: Record<Category, boolean>;
  clip: ClipState;
  collapsed: boolean;
  /** The extension behind this page's script was updated or reloaded: only a page reload helps. */
  orphaned?: boolean;
  /**
   * The browser can tell a click the reader saw (IntersectionObserver v2, see
   * seen-click.ts): only then does the panel carry the consequential controls
   * (clip, turn off here, pause everywhere); elsewhere they are in the popup.
   */
  guardedClicks: boolean;
  /** The reader's last click on a guarded control did not count (just shown, covered or moved). */
  refused?: boolean;
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
  /** "×": the panel closes to its launcher, which reopens it. */
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
  /** Further lines (an official's other titles), behind a "+N" toggle. */
  more?: string[];
}

/**
 * A directive's kind as the article names it, with its English in the English panel:
 * only the kinds' part of the glossary reaches the page (README, "Languages").
 */
function kindLine(kind: string, lang: Lang): string {
  const english = lang === 'en' ? glossKind(kind) : undefined;
  return english ? `${kind} (${english})` : kind;
}

/** The verdict as a sentence a reader can check: score, threshold, and which side of it. */
export function verdictSentence(t: Translate<PanelKey>, verdict: ForeignInfoVerdict, threshold: number): string {
  const percent = (x: number) => Math.round(x * 100);
  return fill(t(verdict.isForeignInfo ? 'verdictYes' : 'verdictNo'), { score: percent(verdict.score), threshold: percent(threshold) });
}

/** What pushed the score up and what pulled it down (confusers carry negative weights), strongest first. */
export function evidenceSides(evidence: readonly Evidence[]): { up: Evidence[]; down: Evidence[] } {
  const up = evidence.filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight);
  const down = evidence.filter((e) => e.weight < 0).sort((a, b) => a.weight - b.weight);
  return { up: up.slice(0, EVIDENCE_SHOWN), down: down.slice(0, EVIDENCE_SHOWN) };
}

function EvidenceItems({ t, items }: { t: Translate<PanelKey>; items: Evidence[] }) {
  return (
    <ul>
      {items.map((e) => (
        <li key={`${e.kind}:${e.label}`}>
          {e.label} <span class="muted">({evidenceKind(t, e)} ×{e.count})</span>
        </li>
      ))}
    </ul>
  );
}

/** One finding: its button, and for an official with several titles a "+N" toggle that lists the rest. */
function FindingEntry({ t, lang, entry, onSelect, onPreview }: { t: Translate<PanelKey>; lang: Lang; entry: Entry } & Pick<PanelProps, 'onSelect' | 'onPreview'>) {
  const [open, setOpen] = useState(false);
  const more = entry.more ?? [];
  const toggleLabel = fill(open ? t('fewerTitles') : plural(lang, more.length, t('moreTitles')), { name: entry.name });
  return (
    <li>
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
      {more.length > 0 && (
        <>
          <button
            type="button"
            class="more"
            aria-expanded={open}
            aria-label={toggleLabel}
            title={toggleLabel}
            onClick={trusted(() => setOpen(!open))}
          >
            {open ? '−' : `+${more.length}`}
          </button>
          {open && (
            <ul class="more-titles">
              {more.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </li>
  );
}

/** One category's findings; each entry scrolls to and flashes its first mention. */
function FindingList({
  t,
  lang,
  category,
  entries,
  onSelect,
  onPreview,
}: { t: Translate<PanelKey>; lang: Lang; category: Category; entries: Entry[] } & Pick<PanelProps, 'onSelect' | 'onPreview'>) {
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
            <FindingEntry key={entry.key} t={t} lang={lang} entry={entry} onSelect={onSelect} onPreview={onPreview} />
          ))}
        </ul>
      )}
    </section>
  );
}

function EvidenceDetails({ t, verdict }: { t: Translate<PanelKey>; verdict: ForeignInfoVerdict }) {
  const { up, down } = evidenceSides(verdict.evidence);
  return (
    <details class="evidence" open={verdict.isForeignInfo}>
      <summary>{t('evidence')}</summary>
      {up.length > 0 && (
        <section class="up" aria-label={t('pushedUp')}>
          <h4>{t('pushedUp')}</h4>
          <EvidenceItems t={t} items={up} />
        </section>
      )}
      {down.length > 0 && (
        <section class="down" aria-label={t('pulledDown')}>
          <h4>{t('pulledDown')}</h4>
          <EvidenceItems t={t} items={down} />
        </section>
      )}
      {verdict.weakCapped && <p class="muted capped">{t('weakCapped')}</p>}
    </details>
  );
}

/**
 * The clip button: its name and size never change, and it stays in the Tab
 * order while a clip is under way or done (aria-disabled, not disabled, which
 * would take it out and let a page count the stops).
 */
function ClipButton({ t, clip, onClip }: { t: Translate<PanelKey>; clip: ClipState; onClip(): void }) {
  const inert = clip.status === 'saving' || clip.status === 'saved';
  return (
    <button
      type="button"
      class="clip"
      data-clip={clip.status}
      {...{ [GUARD_ATTRIBUTE]: '' }}
      aria-busy={clip.status === 'saving'}
      aria-disabled={inert}
      onClick={trusted(() => {
        if (!inert) onClip();
      })}
    >
      {t('clip')}
    </button>
  );
}

export function Panel({ lang, model, onSelect, onPreview, onClip, onCollapse, onClose, onDisableSite, onPause }: PanelProps) {
  const t = panelStrings(lang);
  const { analysis, verdict, categories, clip, threshold } = model;
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
      <button type="button" class={`pill ${verdict?.isForeignInfo ? 'yes' : ''}`} aria-label={t('expand')} title={t('expand')} lang={lang} onClick={trusted(() => onCollapse(false))}>
        {t('launcher')} <span class="count">{found}</span>
      </button>
    );
  }
  return (
    // tabIndex -1: a reopen from the toolbar or the keyboard command moves focus here.
    <section class="panel" aria-label={t('heading')} lang={lang} tabIndex={-1}>
      <header>
        <h2>{t('heading')}</h2>
        <button type="button" class="icon" aria-label={t('close')} title={t('reopenHint')} onClick={trusted(onClose)}>
          ×
        </button>
      </header>
      {!analysis || !verdict ? (
        <p class="muted" role="status">{t('analysing')}</p>
      ) : (
        <>
          <div class={`verdict ${verdict.isForeignInfo ? 'yes' : 'no'}`} role="status" data-verdict={verdict.isForeignInfo ? 'yes' : 'no'}>
            <strong>{t(verdict.isForeignInfo ? 'isForeignInfo' : 'notForeignInfo')}</strong>
            <span class="score">{verdictSentence(t, verdict, threshold)}</span>
          </div>
          {verdict.evidence.length > 0 && <EvidenceDetails t={t} verdict={verdict} />}
          {categories.officials && (
            <FindingList
              t={t}
              lang={lang}
              category="officials"
              entries={analysis.officials.map((o) => {
                const [first, ...rest] = o.titles.map(expandTitle);
                return { key: officialFindingKey(o), name: o.name, sub: first ?? null, more: rest };
              })}
              onSelect={onSelect}
              onPreview={onPreview}
            />
          )}
          {categories.directives && (
            <FindingList
              t={t}
              lang={lang}
              category="directives"
              entries={analysis.directives.map((d) => ({ key: directiveFindingKey(d), name: d.id, sub: [d.kind && kindLine(d.kind, lang), d.issuer].filter(Boolean).join(' · ') || null }))}
              onSelect={onSelect}
              onPreview={onPreview}
            />
          )}
          <div class="actions">
            {model.guardedClicks ? (
              <ClipButton t={t} clip={clip} onClip={onClip} />
            ) : (
              <p class="clip-elsewhere">{t('clipFromToolbar')}</p>
            )}
            {/*
              Always there and one line high. It speaks only of the reader's own click in this view
              (the panel never asks the collection), so nothing here differs with what is stored.
            */}
            <p class="clip-state" role="status">
              {model.refused ? t('refused') : clip.status === 'saved' ? t('clipped') : clip.status === 'saving' ? t('clipping') : '\u00a0'}
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
      {model.guardedClicks && (
        <footer>
          <button type="button" class="link" {...{ [GUARD_ATTRIBUTE]: '' }} onClick={trusted(onDisableSite)}>
            {t('disableSite')}
          </button>
          <button type="button" class="link" {...{ [GUARD_ATTRIBUTE]: '' }} onClick={trusted(onPause)}>
            {t('pauseAll')}
          </button>
        </footer>
      )}
    </section>
  );
}

export const PANEL_CSS = `${lockedHost({ position: 'fixed', 'z-index': '2147483646', top: '12px', right: '12px', left: 'auto', bottom: 'auto', display: 'block' })}
:host([data-side="left"]) { left: 12px !important; right: auto !important; }
* { box-sizing: border-box; }
.panel { width: 300px; max-height: calc(100vh - 24px); overflow: auto; padding: 10px 12px; border-radius: 10px;
  background: var(--ttdn-bg); color: var(--ttdn-text); border: 1px solid var(--ttdn-border); box-shadow: 0 8px 28px rgba(0,0,0,.22);
  font: 13px/1.4 ${UI_FONT}; }
.panel:focus { outline: none; }
.panel:focus-visible { outline: 3px solid var(--ttdn-focus); }
header { display: flex; align-items: center; gap: 4px; }
h2 { flex: 1; margin: 0; font-size: 14px; }
h3 { margin: 10px 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--ttdn-muted); }
h4 { margin: 6px 0 2px; font-size: 12px; font-weight: 600; color: var(--ttdn-muted); }
.down h4 { color: var(--ttdn-down); }
ul { list-style: none; margin: 0; padding: 0; }
button { font: inherit; color: inherit; cursor: pointer; }
button:focus-visible { outline: 3px solid var(--ttdn-focus); outline-offset: 1px; }
.icon { border: 0; background: transparent; font-size: 18px; width: 28px; height: 28px; border-radius: 6px; }
.icon:hover { background: var(--ttdn-hover); }
.verdict { margin: 8px 0; padding: 8px; border-radius: 8px; display: flex; flex-direction: column; gap: 2px; }
.verdict.yes { background: var(--ttdn-yes-bg); border: 1px solid var(--ttdn-yes-border); }
.verdict.no { background: var(--ttdn-no-bg); border: 1px solid var(--ttdn-border); }
.score { color: var(--ttdn-muted); font-size: 12px; }
.evidence summary { cursor: pointer; color: var(--ttdn-muted); }
.evidence li { padding: 1px 0; }
.list li { display: flex; flex-wrap: wrap; align-items: flex-start; }
.list li > button[data-key] { display: flex; flex-direction: column; flex: 1; min-width: 0; text-align: left; padding: 4px 6px; margin: 2px 0;
  border: 1px solid transparent; border-radius: 6px; background: transparent; }
.list li > button[data-key]:hover { border-color: var(--ttdn-border); background: var(--ttdn-surface); }
.more { margin: 4px 0 0 4px; padding: 1px 6px; border-radius: 999px; border: 1px solid var(--ttdn-border); background: var(--ttdn-bg); font-size: 12px; }
.more:hover { background: var(--ttdn-hover); }
.more-titles { flex-basis: 100%; padding: 0 6px 4px 14px; font-size: 12px; color: var(--ttdn-muted); }
.more-titles li { display: list-item; list-style: disc; }
.officials .name { border-bottom: 2px solid var(--ttdn-official); align-self: flex-start; }
.directives .name { border-bottom: 2px dotted var(--ttdn-directive); align-self: flex-start; }
.sub { font-size: 12px; color: var(--ttdn-muted); }
.count { font-weight: 400; color: var(--ttdn-muted); }
.muted { color: var(--ttdn-muted); }
.actions { margin-top: 10px; }
.clip { width: 100%; padding: 7px; border-radius: 8px; border: 1px solid var(--ttdn-action); background: var(--ttdn-action); color: var(--ttdn-action-text); font-weight: 600; }
.clip[data-clip="saved"] { background: var(--ttdn-done); border-color: var(--ttdn-done); }
.clip[aria-disabled="true"] { cursor: default; }
.clip-elsewhere { margin: 0; color: var(--ttdn-muted); }
.error { color: var(--ttdn-error); margin: 6px 0 0; }
.clip-state { color: var(--ttdn-success); margin: 6px 0 0; height: 1.4em; overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
footer { display: flex; justify-content: space-between; margin-top: 10px; gap: 8px; }
.link { border: 0; background: none; padding: 0; color: var(--ttdn-link); text-decoration: underline; font-size: 12px; }
.pill { padding: 6px 10px; border-radius: 999px; border: 1px solid var(--ttdn-action); background: var(--ttdn-action); color: var(--ttdn-action-text);
  font: 600 12px/1 ${UI_FONT}; box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.pill.yes { background: var(--ttdn-done); border-color: var(--ttdn-done); }
.pill .count { color: inherit; }
`;
