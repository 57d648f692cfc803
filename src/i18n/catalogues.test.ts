import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARAMS } from '../model/params.ts';
import { SCENES } from '../scenes/scenes.ts';
import { i18n, LANGUAGES, loadLanguage, t, type Catalogue } from './i18n.ts';

const here = import.meta.dirname;
const read = (lang: string): Catalogue =>
  JSON.parse(readFileSync(join(here, 'locales', `${lang}.json`), 'utf8')) as Catalogue;

/** Every message by its dotted key. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
/** A message's key without its plural ending: the key the code asks for. */
const base = (key: string) => key.replace(PLURAL, '');
/** The placeholders a message fills in, by name (`{{count, number}}` is `count`). */
const placeholders = (text: string) =>
  new Set([...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]));

/** What every other language must say that English takes from the schema and the scenes. */
function fromSources(): Map<string, string> {
  const out = new Map<string, string>();
  for (const spec of PARAMS) {
    out.set(`settings.${spec.name}.label`, spec.label);
    out.set(`settings.${spec.name}.help`, spec.help);
    if (spec.type === 'enum' || spec.type === 'source')
      for (const option of spec.options) out.set(`settings.${spec.name}.options.${option}`, option);
  }
  for (const scene of SCENES) {
    out.set(`scenes.${scene.id}.title`, scene.title);
    out.set(`scenes.${scene.id}.question`, scene.question);
    out.set(`scenes.${scene.id}.text`, scene.text);
    if (scene.contrast) out.set(`scenes.${scene.id}.contrast`, scene.contrast.label);
  }
  return out;
}

const english = flatten(read('en'));

describe('the message catalogues', () => {
  it('ship one file per language, English included', () => {
    const files = readdirSync(join(here, 'locales')).map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual([...LANGUAGES].sort());
  });

  for (const lang of LANGUAGES.filter((l) => l !== 'en')) {
    it(`${lang} has every message English has, in every plural form ${lang} needs, with no placeholder English lacks`, () => {
      const theirs = flatten(read(lang));
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      const needed = new Map<string, string>(fromSources());
      for (const [key, text] of english) {
        if (PLURAL.test(key)) for (const c of categories) needed.set(`${base(key)}_${c}`, text);
        else needed.set(key, text);
      }
      const missing = [...needed.keys()].filter((key) => !theirs.has(key));
      expect(missing, `${lang} lacks these messages`).toEqual([]);
      const extra = [...theirs.keys()].filter((key) => !needed.has(key));
      expect(extra, `${lang} has messages English does not`).toEqual([]);
      const strayPlaceholders = [...theirs].flatMap(([key, text]) => {
        // Any plural form of the English message may name a placeholder.
        const own = new Set(
          [...english]
            .filter(([k]) => base(k) === base(key))
            .flatMap(([, t]) => [...placeholders(t)]),
        );
        return [...placeholders(text)].filter((p) => !own.has(p)).map((p) => `${key}: {{${p}}}`);
      });
      expect(strayPlaceholders, `${lang} fills in placeholders English does not`).toEqual([]);
      const empty = [...theirs].filter(([, text]) => text.trim() === '').map(([key]) => key);
      expect(empty, `${lang} has empty messages`).toEqual([]);
    });
  }

  it('English holds every key the code asks for by name', () => {
    const src = join(here, '..');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
      (f) => /\.tsx?$/.test(f) && !f.endsWith('.test.ts'),
    );
    const keys = new Set([...english.keys(), ...fromSources().keys()].flatMap((k) => [k, base(k)]));
    const unknown: string[] = [];
    for (const file of files) {
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/\bt(?:ranslate)?\(\s*'([\w.]+)'/g))
        if (!keys.has(m[1])) unknown.push(`${file}: ${m[1]}`);
    }
    expect(unknown).toEqual([]);
  });

  it('speaks each language when asked, and English again after', async () => {
    const words = { tick: 3, hierarchy: 1, p2p: 2, n: 40 };
    const inEnglish = t('status.line', words);
    for (const lang of LANGUAGES) {
      await loadLanguage(lang);
      expect(i18n.language).toBe(lang);
      const line = t('status.line', words);
      expect(line).toContain('40');
      if (lang !== 'en') expect(line).not.toBe(inEnglish);
    }
    await loadLanguage('en');
    expect(t('playback.play')).toBe('Play');
  });
});
