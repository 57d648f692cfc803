import i18next, { type TOptions } from 'i18next';
import en from './locales/en.json' with { type: 'json' };
import { refetching } from '../refetch.ts';
import { isLanguage, type Language } from './languages.ts';
import { setTranslator } from './words.ts';

export { isLanguage, LANGUAGE_NAMES, LANGUAGES, pickLanguage, type Language } from './languages.ts';

/** A catalogue: keys (nested by part of the page) to messages. */
export type Catalogue = { [key: string]: string | Catalogue };

const LOADERS: Record<Exclude<Language, 'en'>, () => Promise<{ default: Catalogue }>> = {
  de: refetching(() => import('./locales/de.json', { with: { type: 'json' } })),
  es: refetching(() => import('./locales/es.json', { with: { type: 'json' } })),
  fr: refetching(() => import('./locales/fr.json', { with: { type: 'json' } })),
};

/** One instance for the whole lab, English from the start (synchronously, so Node can use it too). */
export const i18n = i18next.createInstance();
void i18n.init({
  lng: 'en',
  fallbackLng: 'en',
  resources: { en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

// `{{count, number}}` in a message is written as `formatNumber` writes numbers. i18next's own would
// make a new Intl.NumberFormat for every value it meets (its cache is keyed on all of a message's
// options, the value among them): tens of milliseconds when a big run first shows its counts.
i18n.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
  typeof value === 'number' ? numberIn(lng ?? currentLanguage(), value) : String(value),
);

// What the canvas writes (`words.ts`) comes from here from now on.
setTranslator((key, options = {}) => t(key, options as TOptions));

/** Loads a language's catalogue (once) and switches to it. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang !== 'en' && !i18n.hasResourceBundle(lang, 'translation')) {
    const catalogue = await LOADERS[lang]();
    i18n.addResourceBundle(lang, 'translation', catalogue.default);
  }
  if (i18n.language !== lang) await i18n.changeLanguage(lang);
}

/** The language in force. */
export const currentLanguage = (): Language => (isLanguage(i18n.language) ? i18n.language : 'en');

/** A message from the catalogue in the language in force. */
export function t(key: string, options: TOptions = {}): string {
  return i18n.t(key, options) as string;
}

const formats = new Map<string, Intl.NumberFormat>();

/**
 * A whole number as English writes it (1,234,567), without Intl: the first `Intl.NumberFormat` a
 * page makes loads locale data for 60–100 ms, and the first screen of the English page shows
 * only whole numbers. The same text as Intl's (a unit test compares them).
 */
export function groupThousands(value: number): string {
  const digits = String(Math.abs(value));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += ',' + digits.slice(i, i + 3);
  return value < 0 ? '-' + out : out;
}

/**
 * English without Intl where it is plain: whole numbers, numbers with a fixed count of decimals
 * and whole percentages, rounded as Intl rounds — half away from zero, on the shortest decimal
 * that reads back as the number (so 0.15 to one decimal is 0.2, not the 0.1 of `toFixed`).
 * Null where Intl must decide.
 */
export function englishFast(value: number, options?: Intl.NumberFormatOptions): string | null {
  if (!Number.isFinite(value) || Object.is(value, -0) || Math.abs(value) >= 1e13) return null;
  if (!options) return Number.isInteger(value) ? groupThousands(value) : null;
  const keys = Object.keys(options).sort().join(' ');
  if (keys === 'style' && options.style === 'percent') {
    const percent = rounded(value, 2, 0);
    return percent === null ? null : percent + '%';
  }
  const digits = options.maximumFractionDigits;
  if (
    keys !== 'maximumFractionDigits minimumFractionDigits' ||
    options.minimumFractionDigits !== digits
  )
    return null;
  if (digits === undefined || !Number.isInteger(digits) || digits < 0 || digits > 20) return null;
  return rounded(value, 0, digits);
}

/** `value` × 10^shift to `digits` decimals, rounded on its shortest decimal; null if in e-notation. */
function rounded(value: number, shift: number, digits: number): string | null {
  const text = String(Math.abs(value));
  if (text.includes('e')) return null;
  const [whole, fraction = ''] = text.split('.');
  const padded = fraction.padEnd(shift, '0');
  const intPart = whole + padded.slice(0, shift);
  const rest = padded.slice(shift);
  // Whole and kept decimals as one string of digits, one up in the last place if the first
  // dropped digit is 5 or more.
  let kept = intPart + rest.slice(0, digits).padEnd(digits, '0');
  if ((rest[digits] ?? '0') >= '5')
    kept = (BigInt(kept) + 1n).toString().padStart(kept.length, '0');
  const decimals = kept.slice(kept.length - digits);
  const sign = value < 0 ? '-' : '';
  const grouped = groupThousands(Number(kept.slice(0, kept.length - digits) || '0'));
  return sign + grouped + (digits > 0 ? '.' + decimals : '');
}

/** A number as the language in force writes it (1,234.5 / 1.234,5 / 1 234,5). */
export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return numberIn(currentLanguage(), value, options);
}

function numberIn(lang: string, value: number, options?: Intl.NumberFormatOptions): string {
  if (lang === 'en') {
    const fast = englishFast(value, options);
    if (fast !== null) return fast;
  }
  const key = `${lang} ${JSON.stringify(options ?? {})}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.NumberFormat(lang, options)));
  return format.format(value);
}
