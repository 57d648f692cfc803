import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { englishFast, groupThousands, loadLanguage, t } from './i18n.ts';
import { LANGUAGES } from './languages.ts';

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

/** Where the fast path must answer (elsewhere it may leave it to Intl): plain decimals, not −0. */
const plain = (v: number) =>
  !Object.is(v, -0) && Math.abs(v) < 1e13 && (v === 0 || Math.abs(v) >= 1e-6);

describe('English numbers with a fixed count of decimals, written without Intl', () => {
  it('read exactly as Intl writes them, rounding and signs included', () => {
    const check = (v: number, digits: number) => {
      const options = { minimumFractionDigits: digits, maximumFractionDigits: digits };
      const fast = englishFast(v, options);
      if (plain(v)) expect(fast, `${v} to ${digits}`).not.toBeNull();
      if (fast !== null)
        expect(fast, `${v} to ${digits}`).toBe(new Intl.NumberFormat('en', options).format(v));
    };
    for (const v of [
      0,
      0.05,
      0.15,
      0.25,
      -0.04,
      -0.05,
      1.005,
      2.5,
      -2.5,
      999.95,
      1234.5678,
      1e12 + 0.5,
      -0,
    ])
      for (const digits of [0, 1, 2, 3]) check(v, digits);
    fc.assert(
      fc.property(
        fc.double({ min: -1e14, max: 1e14, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        (v, digits) => check(v, digits),
      ),
      { numRuns: 3000 },
    );
  });
});

describe('English percentages, written without Intl', () => {
  it('read exactly as Intl writes them', () => {
    const intl = new Intl.NumberFormat('en', { style: 'percent' });
    const check = (v: number) => {
      const fast = englishFast(v, { style: 'percent' });
      if (plain(v)) expect(fast, `${v}`).not.toBeNull();
      if (fast !== null) expect(fast, `${v}`).toBe(intl.format(v));
    };
    for (const v of [0, 1, 0.5, 0.145, 0.005, -0.001, -0.5, 0.999, 12.3456, 0.0049999, -0])
      check(v);
    fc.assert(fc.property(fc.double({ min: -100, max: 100, noNaN: true }), check), {
      numRuns: 3000,
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), (k) => check(k / 1000)),
      { numRuns: 2000 },
    );
  });
});

describe('numbers inside messages ({{count, number}})', () => {
  it('read as Intl writes them in each language, the same formatter every time', async () => {
    for (const lang of LANGUAGES) {
      await loadLanguage(lang);
      for (const count of [2, 1234, 100_000, 1_234_567]) {
        const text = t('panel.arranging', { count });
        expect(text, `${lang} ${count}`).toContain(new Intl.NumberFormat(lang).format(count));
      }
    }
    await loadLanguage('en');
  });

  it('make no new Intl formatter for each value', async () => {
    await loadLanguage('de');
    t('panel.arranging', { count: 1 });
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let count = 1000; count < 1100; count++) t('panel.arranging', { count });
    expect(made).not.toHaveBeenCalled();
    made.mockRestore();
    await loadLanguage('en');
  });
});
