import { currentLanguage } from '../i18n/i18n.ts';

const formats = new Map<string, Intl.ListFormat>();

/**
 * "a, b, and c" / "a, b, or c": a list as a sentence in the language in force says it. English is
 * written here: the first `Intl.ListFormat` a page makes loads its locale data, about 30 ms that
 * would fall in the first display of a run.
 */
export function listWords(items: readonly string[], last: 'and' | 'or'): string {
  const lang = currentLanguage();
  if (lang === 'en') {
    if (items.length <= 2) return items.join(` ${last} `);
    return `${items.slice(0, -1).join(', ')}, ${last} ${items[items.length - 1]}`;
  }
  const type = last === 'and' ? 'conjunction' : 'disjunction';
  let format = formats.get(`${lang} ${type}`);
  if (!format) formats.set(`${lang} ${type}`, (format = new Intl.ListFormat(lang, { type })));
  return format.format(items);
}
