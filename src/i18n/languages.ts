/**
 * The languages the lab speaks. English is bundled (and is what the CLI and the model's messages
 * use); the others load when asked for. To add one: copy `locales/en.json` to `locales/xx.json`,
 * translate every value (keep the `{{placeholders}}`; give every plural form the language has),
 * add `xx` here with its own name for itself, and run `npm run test:unit` — the catalogue test
 * names anything missing.
 */
export const LANGUAGES = ['en', 'de', 'es', 'fr'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language's name for itself, for the language menu. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  es: 'Español',
  fr: 'Français',
};

export const isLanguage = (value: string | null | undefined): value is Language =>
  (LANGUAGES as readonly string[]).includes(value ?? '');

/** `lang=` from the URL if it names a language we have, else the browser's first we have, else English. */
export function pickLanguage(asked: string | null, browser: readonly string[] = []): Language {
  if (isLanguage(asked)) return asked;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}
