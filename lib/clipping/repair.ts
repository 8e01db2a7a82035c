/**
 * Repairs of stored clippings that today's rules refuse, run by the schema
 * upgrade (upgrade-v4.ts): dates outside the rules (export.schema.json) are
 * replaced by the best date the clipping itself gives, and a card whose
 * record was lost is rebuilt from the card. Nothing is dropped; every repair
 * is listed for the user.
 */
import type { Analysis } from '../matcher/types';
import type { ClippingCard, ClippingRecord } from './types';
import { isDay, isMoment, isPublishedDate } from './validate-clipping';

export type Repair =
  | { id: string; title: string; kind: 'clippedAt' | 'updatedAt' | 'published'; from: string; to: string | null }
  | { id: string; title: string; kind: 'directiveDate'; directive: string; from: string }
  /** The card had no record (a version 2 card without its body): rebuilt from the card, with no text. */
  | { id: string; title: string; kind: 'rebuilt' }
  /** Still refused by the export rules after repair (its reason): kept, but the user should know. */
  | { id: string; title: string; kind: 'unexportable'; reason: string };

/** A stored time as export writes it, or null when export could not write it or import would refuse it. */
export function momentOf(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const date = new Date(ms);
  if (Number.isNaN(date.getTime())) return null;
  const iso = date.toISOString();
  return isMoment(iso) ? iso : null;
}

const shown = (ms: number) => (Number.isFinite(ms) && !Number.isNaN(new Date(ms).getTime()) ? new Date(ms).toISOString() : String(ms));

/** The first real date the article states near its top: "ngày 7/8/2024", "07-08-2024" or "2024-08-07". */
export function dateInText(text: string): string | null {
  const head = text.slice(0, 3000);
  const found = /(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})|(\d{4})-(\d{2})-(\d{2})/g;
  for (const m of head.matchAll(found)) {
    const day = m[3] ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : `${m[4]}-${m[5]}-${m[6]}`;
    if (isDay(day)) return day;
  }
  return null;
}

/** A published date that the rules refuse, mended: its own day if that one is real, else the text's date, else unknown. */
function mendPublished(published: string, text: string): string | null {
  const ownDay = published.slice(0, 10);
  return (published.length > 10 && isDay(ownDay) ? ownDay : null) ?? dateInText(text);
}

/**
 * The record with every date today's rules accept, and the list of what was
 * changed. Times: a bad clip time takes the edit time (or the other way
 * round), else the article's own date, else `now`.
 */
export function repairDates(record: ClippingRecord, now: number): { record: ClippingRecord; repairs: Repair[] } {
  const repairs: Repair[] = [];
  const { id, title, text } = record;
  let { clippedAt, updatedAt, published } = record;
  const textDay = () => {
    const day = dateInText(text) ?? (published && isPublishedDate(published) ? published.slice(0, 10) : null);
    return day ? Date.parse(`${day}T00:00:00Z`) : null;
  };
  if (published !== null && !isPublishedDate(published)) {
    const to = mendPublished(published, text);
    repairs.push({ id, title, kind: 'published', from: published, to });
    published = to;
  }
  const clipOk = momentOf(clippedAt) !== null;
  const editOk = momentOf(updatedAt) !== null;
  if (!clipOk) {
    const to = editOk ? updatedAt : (textDay() ?? now);
    repairs.push({ id, title, kind: 'clippedAt', from: shown(clippedAt), to: new Date(to).toISOString() });
    clippedAt = to;
  }
  if (!editOk) {
    repairs.push({ id, title, kind: 'updatedAt', from: shown(updatedAt), to: new Date(clippedAt).toISOString() });
    updatedAt = clippedAt;
  }
  const directives = record.analysis.directives.map((d) => {
    if (d.date === null || isDay(d.date)) return d;
    repairs.push({ id, title, kind: 'directiveDate', directive: d.id, from: d.date });
    return { ...d, date: null };
  });
  if (repairs.length === 0) return { record, repairs };
  return { record: { ...record, clippedAt, updatedAt, published, analysis: { ...record.analysis, directives } }, repairs };
}

/**
 * A clipping whose record was lost, rebuilt from its card: the article's
 * address, title and dates, the user's note and tags, and the officials,
 * directives and verdict the card lists (without their places in a text,
 * which is gone).
 */
export function rebuildFromCard(card: ClippingCard): ClippingRecord {
  const analysis: Analysis = {
    foreignInfo: { isForeignInfo: card.topic === 1, score: card.score, evidence: [] },
    officials: card.officials.map((name) => ({ name, titles: [], mentions: [] })),
    directives: card.directives.map((id) => ({ id, kind: null, issuer: null, date: null, subject: null, mentions: [] })),
  };
  const { id, canonicalUrl, url, site, title, author, published, clippedAt, updatedAt, note, tags } = card;
  return { id, canonicalUrl, url, site, title, author, published, clippedAt, updatedAt, note, tags, text: '', analysis };
}
