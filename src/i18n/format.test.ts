import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupThousands } from './i18n.ts';

describe('whole numbers written without Intl', () => {
  it('read exactly as Intl writes them in English', () => {
    const intl = new Intl.NumberFormat('en');
    const edges = [0, 1, -1, 999, 1000, -1000, 99_999, 100_000, 1_000_000, Number.MAX_SAFE_INTEGER];
    for (const v of edges) expect(groupThousands(v)).toBe(intl.format(v));
    fc.assert(
      fc.property(fc.maxSafeInteger(), (v) => {
        expect(groupThousands(v)).toBe(intl.format(v));
      }),
      { numRuns: 2000 },
    );
  });
});
