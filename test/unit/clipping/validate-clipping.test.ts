import { describe, expect, it } from 'vitest';
import { checkClippingInput, LIMITS } from '@/lib/clipping/validate-clipping';
import { ValidationError } from '@/lib/base/validate';
import { clippingInput } from '../../../scripts/support/clippings';

const valid = clippingInput();
const withAnalysis = (patch: object) => ({ ...valid, analysis: { ...valid.analysis, ...patch } });

describe('clipping validation', () => {
  it('accepts a real clip and copies only the known fields', () => {
    const checked = checkClippingInput({ ...valid, html: '<img src=x onerror=alert(1)>' }, 'clipping');
    expect(checked).toEqual(valid);
    expect(checked).not.toHaveProperty('html');
  });

  it('accepts a missing author and date as null', () => {
    const { author: _a, published: _p, ...rest } = valid;
    expect(checkClippingInput(rest, '')).toMatchObject({ author: null, published: null });
  });

  it('keeps a clip whose page states an impossible date, with the date unknown', () => {
    const directive = { ...valid.analysis.directives[0]!, date: '2024-02-30' };
    const checked = checkClippingInput({ ...valid, published: '2024-99-99', analysis: { ...valid.analysis, directives: [directive] } }, 'clipping');
    expect(checked.published).toBeNull();
    expect(checked.analysis.directives[0]!.date).toBeNull();
    expect(checkClippingInput({ ...valid, published: '2024-08-07T09:00:00+99:99' }, '').published).toBeNull();
    expect(checkClippingInput({ ...valid, published: '2024-08-07T09:00:00+07:00' }, '').published).toBe('2024-08-07T09:00:00+07:00');
  });

  it.each([
    ['a 5 MB article text', { ...valid, text: 'x'.repeat(5_000_000) }, /text: longer than 1000000/],
    ['a javascript: URL', { ...valid, canonicalUrl: 'javascript:alert(1)' }, /canonicalUrl: only http and https/],
    ['a title that is not text', { ...valid, title: 42 }, /title: expected a string/],
    ['a made-up date', { ...valid, published: 'hôm qua' }, /published: expected an ISO 8601/],
    ['a missing analysis', { ...valid, analysis: undefined }, /analysis: expected an object/],
    ['a score above 1', withAnalysis({ foreignInfo: { ...valid.analysis.foreignInfo, score: 7 } }), /score: out of range/],
    ['an official without a name', withAnalysis({ officials: [{ name: '  ', titles: [], mentions: [] }] }), /officials\[0\]\.name: must not be empty/],
    [
      'a mention outside the text',
      withAnalysis({ directives: [{ ...valid.analysis.directives[0]!, mentions: [{ start: 0, end: valid.text.length + 1 }] }] }),
      /analysis\.directives\[0\]\.mentions\[0\]: offsets .* fall outside the text/,
    ],
    [
      'too many officials',
      withAnalysis({ officials: Array.from({ length: LIMITS.officials + 1 }, () => ({ name: 'A', titles: [], mentions: [] })) }),
      /officials: more than 2000 items/,
    ],
    ['an unknown evidence kind', withAnalysis({ foreignInfo: { ...valid.analysis.foreignInfo, evidence: [{ kind: 'rumour', label: '', weight: 1, count: 1 }] } }), /kind: expected one of/],
  ])('refuses %s with a reason naming the field', (_label, value, reason) => {
    expect(() => checkClippingInput(value, 'clipping')).toThrow(ValidationError);
    expect(() => checkClippingInput(value, 'clipping')).toThrow(reason);
  });
});
