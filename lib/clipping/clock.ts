/**
 * Times that come from elsewhere (an import file, the team's server) are
 * clamped to now plus a small skew: a copy dated 2100 would otherwise win
 * every later edit, for good. One rule for every way a clipping comes in.
 */
import type { ClippingRecord } from './types';

/** How far ahead of this machine's clock another machine's clock may be. */
export const CLOCK_SKEW_MS = 5 * 60_000;

/** A record's times, no later than now plus the skew. */
export function clampTimes(record: ClippingRecord, now: number): ClippingRecord {
  const latest = now + CLOCK_SKEW_MS;
  if (record.updatedAt <= latest && record.clippedAt <= latest) return record;
  return { ...record, clippedAt: Math.min(record.clippedAt, latest), updatedAt: Math.min(record.updatedAt, latest) };
}
