/**
 * A detector that fails loses only its own findings, and the analysis says so
 * in `degraded`: the page still gets the other detectors' highlights and can be
 * clipped. The officials detector is made to fail here on purpose.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('@/lib/matcher/officials', async (original) => ({
  ...(await original<typeof import('@/lib/matcher/officials')>()),
  findOfficialsInText: () => {
    throw new TypeError('a bug in the officials grammar');
  },
}));

const { createMatcher } = await import('@/lib/matcher/matcher');

describe('a failing detector', () => {
  const text = 'Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn nhấn mạnh việc thực hiện Kết luận số 57-KL/TW về công tác thông tin đối ngoại.';

  it('loses only its own findings and is named in degraded', () => {
    const a = createMatcher().analyze(text);
    expect(a.degraded).toEqual(['officials']);
    expect(a.officials).toEqual([]);
    expect(a.directives.map((d) => d.id)).toEqual(['57-KL/TW']);
    expect(a.foreignInfo.evidence.length).toBeGreaterThan(0);
  });
});
