import { currentLanguage } from '../i18n/i18n.ts';

/** "a, b, and c" / "a, b, or c": a list as a sentence in the language in force says it. */
export function listWords(items: readonly string[], last: 'and' | 'or'): string {
  const type = last === 'and' ? 'conjunction' : 'disjunction';
  return new Intl.ListFormat(currentLanguage(), { type }).format(items);
}
