/**
 * Which state of one watched subject stands when two meet: the later change,
 * at the same moment the removal; the same whichever side holds which, and a
 * subject in the same state on both sides is left as held.
 */
import { describe, expect, it } from 'vitest';
import { type WatchRow, watchKey } from '@/lib/clipping/watch-key';
import { compareWatch, standsOver } from '@/lib/clipping/watch-merge';

const T = Date.UTC(2026, 11, 7);
const star = (at: number, label = 'Lê Hải Bình'): WatchRow => ({ key: watchKey('official', label), kind: 'official', label, starredAt: at });
const unstar = (starredAt: number, at: number): WatchRow => ({ ...star(starredAt), removedAt: at });

describe('two states of one watched subject', () => {
  it('a removal after the star stands over it, and a star after the removal over that', () => {
    expect(standsOver(unstar(T, T + 10), star(T))).toBe(true);
    expect(standsOver(star(T), unstar(T, T + 10))).toBe(false);
    expect(standsOver(star(T + 20), unstar(T, T + 10))).toBe(true);
    expect(standsOver(unstar(T, T + 10), star(T + 20))).toBe(false);
  });

  it('at the same moment the removal stands, whichever side holds it', () => {
    expect(standsOver(unstar(T - 5, T), star(T))).toBe(true);
    expect(standsOver(star(T), unstar(T - 5, T))).toBe(false);
    expect(Math.sign(compareWatch(unstar(T - 5, T), star(T)))).toBe(-Math.sign(compareWatch(star(T), unstar(T - 5, T))));
  });

  it('the same state is left as held, whatever the other copy’s spelling or time', () => {
    expect(standsOver(star(T + 99, 'lê hải bình'), star(T))).toBe(false);
    expect(standsOver(unstar(T, T + 99), unstar(T, T + 1))).toBe(false);
    expect(standsOver(star(T), undefined)).toBe(true);
  });

  it('orders any states the same way on every machine (a total order, for settling conflicts)', () => {
    const states = [star(T), star(T, 'lê hải bình'), unstar(T - 1, T), star(T + 1), unstar(T, T + 1)];
    const best = (rows: WatchRow[]) => rows.reduce((a, b) => (compareWatch(b, a) > 0 ? b : a));
    expect(best(states)).toEqual(best([...states].reverse()));
    expect(best(states)).toEqual(unstar(T, T + 1));
  });
});
