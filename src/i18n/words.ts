import en from './locales/en.json' with { type: 'json' };

/** A message by key, with its values filled in. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * English from the catalogue, plainly: the key's `_one` or `_other` form where a `count` is given,
 * `{{name}}` replaced by the value. Enough for what the canvas writes (labels, the legend), so the
 * first frame can be drawn before i18next loads; a unit test holds it to i18next's text.
 */
const english: Translate = (key, options = {}) => {
  const lookup = (path: string): unknown =>
    path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], en);
  const { count } = options;
  const plural =
    typeof count === 'number' ? lookup(`${key}_${count === 1 ? 'one' : 'other'}`) : null;
  const text = plural ?? lookup(key);
  if (typeof text !== 'string') return key;
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in options ? String(options[name]) : whole,
  );
};

let translate: Translate = english;

/**
 * What the drawing code (`src/render`) writes, in the language in force: i18next's messages once
 * `i18n.ts` has loaded (it sets itself here), plain English before.
 */
export const t: Translate = (key, options) => translate(key, options);

export function setTranslator(next: Translate): void {
  translate = next;
}

/** The plain English translator, whatever is in force (for tests). */
export const plainEnglish: Translate = english;
