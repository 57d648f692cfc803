import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../i18n/i18n.ts';
import { LANGUAGES } from '../i18n/languages.ts';
import { listWords } from './words.ts';

describe('lists as a sentence says them', () => {
  it('read as Intl.ListFormat writes them, in every language', async () => {
    const words = fc.array(fc.stringMatching(/^[a-z][a-z ]{0,8}$/), { maxLength: 6 });
    for (const lang of LANGUAGES) {
      await loadLanguage(lang);
      for (const last of ['and', 'or'] as const) {
        const intl = new Intl.ListFormat(lang, {
          type: last === 'and' ? 'conjunction' : 'disjunction',
        });
        fc.assert(
          fc.property(words, (items) => {
            expect(listWords(items, last)).toBe(intl.format(items));
          }),
          { numRuns: 200 },
        );
      }
    }
    await loadLanguage('en');
  });
});
