/**
 * The user's corrections of a clipping's findings (types.ts `Corrections`):
 * applying one, merging two copies' (import, sync), carrying them onto a new
 * text (a re-clip), and the findings as the user corrected them. Pure.
 */
import type { Directive, Mention, Official } from '../matcher/types';
import { fold } from '../text/fold';
import { directiveIdKey } from '../text/keys';
import type { ClippingRecord, Corrections } from './types';

export type FindingKind = 'official' | 'directive';

/** One change the user makes (the 'clip:correct' message). */
export type CorrectionChange =
  /** Marks a found official (by name) or directive (by id) wrong, or takes that back. */
  | { op: 'reject' | 'unreject'; kind: FindingKind; label: string }
  /** Adds what the user selected in the article text. */
  | { op: 'add-official'; official: Official }
  | { op: 'add-directive'; directive: Directive }
  /** Removes an official or a directive the user added. */
  | { op: 'remove-added'; kind: FindingKind; label: string };

/** The key two spellings of a finding share: an official's name folded, a directive's id by the one id rule. */
export const findingKey = (kind: FindingKind, label: string): string => (kind === 'official' ? fold(label.normalize('NFC')) : directiveIdKey(label));

const empty = (): Corrections => ({ rejected: { officials: [], directives: [] }, added: { officials: [], directives: [] } });
const copy = (c: Corrections | undefined): Corrections =>
  c
    ? {
        rejected: { officials: [...c.rejected.officials], directives: [...c.rejected.directives] },
        added: { officials: [...c.added.officials], directives: [...c.added.directives] },
      }
    : empty();

export const hasCorrections = (c: Corrections | undefined): c is Corrections =>
  c !== undefined && c.rejected.officials.length + c.rejected.directives.length + c.added.officials.length + c.added.directives.length > 0;

/** Corrections worth storing: none at all is no field. */
const tidy = (c: Corrections): Corrections | undefined => (hasCorrections(c) ? c : undefined);

const rejectedList = (c: Corrections, kind: FindingKind) => (kind === 'official' ? c.rejected.officials : c.rejected.directives);
const addedLabel = (kind: FindingKind, item: Official | Directive) => (kind === 'official' ? (item as Official).name : (item as Directive).id);

export function isRejected(c: Corrections | undefined, kind: FindingKind, label: string): boolean {
  if (!c) return false;
  const key = findingKey(kind, label);
  return rejectedList(c, kind).some((l) => findingKey(kind, l) === key);
}

/** The corrections after one change; undefined when none is left. */
export function applyCorrection(current: Corrections | undefined, change: CorrectionChange): Corrections | undefined {
  const next = copy(current);
  switch (change.op) {
    case 'reject':
      if (!isRejected(next, change.kind, change.label)) rejectedList(next, change.kind).push(change.label.normalize('NFC').trim());
      break;
    case 'unreject': {
      const key = findingKey(change.kind, change.label);
      const kept = rejectedList(next, change.kind).filter((l) => findingKey(change.kind, l) !== key);
      if (change.kind === 'official') next.rejected.officials = kept;
      else next.rejected.directives = kept;
      break;
    }
    case 'add-official':
      // Adding what was marked wrong takes the mark back.
      next.rejected.officials = next.rejected.officials.filter((l) => findingKey('official', l) !== findingKey('official', change.official.name));
      next.added.officials = addOne(next.added.officials, change.official, 'official');
      break;
    case 'add-directive':
      next.rejected.directives = next.rejected.directives.filter((l) => findingKey('directive', l) !== findingKey('directive', change.directive.id));
      next.added.directives = addOne(next.added.directives, change.directive, 'directive');
      break;
    case 'remove-added': {
      const key = findingKey(change.kind, change.label);
      if (change.kind === 'official') next.added.officials = next.added.officials.filter((o) => findingKey('official', o.name) !== key);
      else next.added.directives = next.added.directives.filter((d) => findingKey('directive', d.id) !== key);
      break;
    }
  }
  return tidy(next);
}

/** Adds a finding, or joins its mentions and titles to the one already added under the same key. */
function addOne<T extends Official | Directive>(list: T[], item: T, kind: FindingKind): T[] {
  const key = findingKey(kind, addedLabel(kind, item));
  const at = list.findIndex((x) => findingKey(kind, addedLabel(kind, x)) === key);
  if (at < 0) return [...list, item];
  const have = list[at]!;
  const mentions = [...have.mentions, ...item.mentions.filter((m) => !have.mentions.some((h) => h.start === m.start && h.end === m.end))];
  const merged = { ...have, mentions } as T;
  if (kind === 'official') {
    const titles = [...(have as Official).titles];
    for (const t of (item as Official).titles) if (!titles.some((x) => fold(x) === fold(t))) titles.push(t);
    (merged as Official).titles = titles;
  }
  return list.map((x, i) => (i === at ? merged : x));
}

/**
 * Mentions written for one text, moved onto another (a re-clip, a newer copy
 * from an import): each goes to the first place the new text writes the same
 * words, or is dropped. The finding itself stays, mentioned or not.
 */
function carry(mentions: readonly Mention[], from: string, to: string): Mention[] {
  if (from === to) return mentions.filter((m) => m.end <= to.length);
  return mentions.flatMap((m) => {
    const words = from.slice(m.start, m.end);
    const at = words ? to.indexOf(words) : -1;
    return at < 0 ? [] : [{ start: at, end: at + words.length }];
  });
}

export function carryCorrections(c: Corrections | undefined, from: string, to: string): Corrections | undefined {
  if (!c) return undefined;
  return {
    rejected: c.rejected,
    added: {
      officials: c.added.officials.map((o) => ({ ...o, mentions: carry(o.mentions, from, to) })),
      directives: c.added.directives.map((d) => ({ ...d, mentions: carry(d.mentions, from, to) })),
    },
  };
}

/**
 * Both copies' corrections, the collection's first (import, sync): rejections
 * united, additions united by key. `mine` was written for `mineText`; the
 * result is for `text`, the text the merged clipping keeps.
 */
export function mergeCorrections(mine: Corrections | undefined, mineText: string, theirs: Corrections | undefined, text: string): Corrections | undefined {
  if (!mine && !theirs) return undefined;
  let merged = carryCorrections(mine, mineText, text) ?? empty();
  const incoming = theirs ?? empty();
  for (const label of incoming.rejected.officials) merged = applyCorrection(merged, { op: 'reject', kind: 'official', label }) ?? empty();
  for (const label of incoming.rejected.directives) merged = applyCorrection(merged, { op: 'reject', kind: 'directive', label }) ?? empty();
  for (const official of incoming.added.officials) merged = applyCorrection(merged, { op: 'add-official', official }) ?? empty();
  for (const directive of incoming.added.directives) merged = applyCorrection(merged, { op: 'add-directive', directive }) ?? empty();
  return tidy(merged);
}

/** A clipping's findings as the user corrected them: the rejected ones gone, the added ones in (each once). */
export function correctedFindings(record: Pick<ClippingRecord, 'analysis' | 'corrections'>): { officials: Official[]; directives: Directive[] } {
  const c = record.corrections;
  const officials = record.analysis.officials.filter((o) => !isRejected(c, 'official', o.name));
  const directives = record.analysis.directives.filter((d) => !isRejected(c, 'directive', d.id));
  if (!c) return { officials, directives };
  const haveOfficial = new Set(officials.map((o) => findingKey('official', o.name)));
  const haveDirective = new Set(directives.map((d) => findingKey('directive', d.id)));
  return {
    officials: [...officials, ...c.added.officials.filter((o) => !haveOfficial.has(findingKey('official', o.name)) && !isRejected(c, 'official', o.name))],
    directives: [...directives, ...c.added.directives.filter((d) => !haveDirective.has(findingKey('directive', d.id)) && !isRejected(c, 'directive', d.id))],
  };
}
