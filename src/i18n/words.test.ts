import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { i18n } from './i18n.ts';
import { plainEnglish, t } from './words.ts';

/** Every key the drawing code writes, read from its source. */
const renderKeys = readdirSync('src/render')
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .flatMap((f) =>
    [...readFileSync(`src/render/${f}`, 'utf8').matchAll(/\bt\('([\w.]+)'/g)].map((m) => m[1]),
  );

describe('what the canvas writes before i18next loads', () => {
  it('finds the keys the drawing code uses', () => {
    expect(renderKeys).toEqual(expect.arrayContaining(['canvas.waiting', 'legend.informed']));
  });

  it('is word for word what i18next writes in English', async () => {
    await i18n.changeLanguage('en');
    for (const key of renderKeys)
      for (const count of [0, 1, 2, 3, 1234, 2.5]) {
        const options = { count, side: 'Hierarchy', ticks: 4 };
        expect(plainEnglish(key, options), key).toBe(i18n.t(key, options));
      }
  });

  it('follows the language in force once i18next has loaded', async () => {
    const { loadLanguage } = await import('./i18n.ts');
    await loadLanguage('de');
    try {
      expect(t('canvas.waiting', { count: 3 })).toBe(i18n.t('canvas.waiting', { count: 3 }));
      expect(t('canvas.waiting', { count: 3 })).not.toBe(
        plainEnglish('canvas.waiting', { count: 3 }),
      );
    } finally {
      await loadLanguage('en');
    }
  });
});
