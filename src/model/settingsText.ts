import { t } from '../i18n/i18n.ts';
import { crossTieRoom } from './networks/crossTies.ts';
import {
  DEFAULT_SETTINGS,
  formatValue,
  MAX_PEOPLE,
  PARAMS,
  specOf,
  type ParamSpec,
  type Settings,
  type Source,
} from './params.ts';

// Settings as text: read from a URL query or CLI flags (every bad value named, never thrown),
// checked against each other, and written back as short query pairs.

export type ParseResult<T> = { ok: true; value: T } | { ok: false; allowed: string };

/** What a setting accepts, in words, for messages. */
function describeAllowed(spec: ParamSpec): string {
  switch (spec.type) {
    case 'int':
    case 'number': {
      const range = t(`problems.allowed.${spec.type}`, { min: spec.min, max: spec.max });
      return spec.unlimited ? t('problems.allowed.orInf', { range }) : range;
    }
    case 'enum':
      return t('problems.allowed.enum', { options: spec.options.join(', ') });
    case 'source':
      return t('problems.allowed.source', { options: spec.options.join(', ') });
  }
}

/** Reads one setting from its text form (URL value or CLI argument). */
export function parseValue(spec: ParamSpec, raw: string): ParseResult<Settings[keyof Settings]> {
  const text = raw.trim();
  // What is allowed is put into words only for a value refused.
  const fail = {
    ok: false as const,
    get allowed() {
      return describeAllowed(spec);
    },
  };
  switch (spec.type) {
    case 'int':
    case 'number': {
      if (spec.unlimited && /^(inf|infinity|∞|unlimited)$/i.test(text)) {
        return { ok: true, value: Infinity };
      }
      if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(text)) return fail;
      const value = Number(text);
      if (!Number.isFinite(value) || value < spec.min || value > spec.max) return fail;
      if (spec.type === 'int' && !Number.isInteger(value)) return fail;
      return { ok: true, value };
    }
    case 'enum':
      return spec.options.includes(text) ? { ok: true, value: text as Settings['p2p'] } : fail;
    case 'source':
      if (spec.options.includes(text)) return { ok: true, value: text as Source };
      if (/^\d+$/.test(text) && Number(text) <= MAX_PEOPLE)
        return { ok: true, value: Number(text) };
      return fail;
  }
}

export interface SettingsProblem {
  /** The key as the user wrote it: the URL key, or `--flag` on the CLI. */
  key: string;
  value: string;
  message: string;
  /** A default the user did not set, fitted to the other settings (the CLI notes it, not refuses it). */
  fitted?: true;
  /** Kept as given, with a word on what it means here (a note, never a refusal). */
  note?: true;
}

export type Via = 'url' | 'cli';

const keyOf = (spec: ParamSpec, via: Via) => (via === 'url' ? spec.url : `--${spec.cli}`);

/**
 * Reads settings from key/value text (a URL query or CLI flags). Every value
 * that is unknown or invalid falls back to its default and is reported, so the
 * caller can name what it ignored; nothing here throws.
 */
export function parseSettings(
  input: Iterable<readonly [string, string]>,
  via: Via,
  ignoreKeys: readonly string[] = [],
): { settings: Settings; problems: SettingsProblem[]; unnamed: number } {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: SettingsProblem[] = [];
  let unnamed = 0;
  const given = new Set<keyof Settings>();
  const target = settings as unknown as Record<string, unknown>;
  for (const [rawKey, raw] of input) {
    const key = via === 'cli' ? rawKey.replace(/^--/, '') : rawKey;
    if (ignoreKeys.includes(key)) continue;
    const spec = PARAMS.find((p) => (via === 'url' ? p.url : p.cli) === key);
    if (!spec) {
      if (problems.length >= NAMED_PROBLEMS) unnamed++;
      else
        problems.push({ key: rawKey, value: raw, message: t('problems.unknown', { key: rawKey }) });
      continue;
    }
    const parsed = parseValue(spec, raw);
    if (parsed.ok) {
      target[spec.name] = parsed.value;
      given.add(spec.name);
    } else if (problems.length >= NAMED_PROBLEMS) unnamed++;
    else {
      problems.push({
        key: keyOf(spec, via),
        value: raw,
        message: t('problems.invalid', {
          key: keyOf(spec, via),
          value: JSON.stringify(raw),
          allowed: parsed.allowed,
          fallback: formatValue(spec.default),
        }),
      });
    }
  }
  for (const problem of reconcile(settings, via, given)) problems.push(problem);
  return { settings, problems, unnamed };
}

/** Problems put into words before the rest are only counted (a link may hold 150,000 of them). */
export const NAMED_PROBLEMS = 20;

/**
 * Settings that are each valid can still clash (ties per person beyond the
 * number of people, a source id past the last person): fix them in place and
 * say so.
 */
export function reconcile(
  settings: Settings,
  via: Via,
  /** The settings the user gave; the others are defaults, and fitting them is only a note. */
  given?: ReadonlySet<keyof Settings>,
): SettingsProblem[] {
  const problems: SettingsProblem[] = [];
  const clamp = (name: 'degree' | 'communities' | 'cross', max: number) => {
    if (settings[name] <= max) return;
    const spec = specOf(name);
    const fitted = given !== undefined && !given.has(name);
    problems.push({
      key: keyOf(spec, via),
      value: String(settings[name]),
      message: t(fitted ? 'problems.clampDefault' : 'problems.clamp', {
        key: keyOf(spec, via),
        value: settings[name],
        why: t(`problems.why.${name}`, { max }),
        max,
      }),
      ...(fitted ? { fitted: true as const } : {}),
    });
    settings[name] = max;
  };
  clamp('degree', settings.nodes - 1);
  clamp('communities', settings.nodes);
  clamp('cross', Math.min(5 * settings.nodes, crossTieRoom(settings.nodes)));
  // Ring lattices and preferential attachment tie people in pairs of ties: an odd number means
  // one less (and at least 2). The setting is kept (old links replay the same run); the note says so.
  if (
    (settings.p2p === 'small-world' || settings.p2p === 'scale-free') &&
    settings.degree % 2 === 1
  ) {
    const spec = specOf('degree');
    const made = Math.max(2, settings.degree - 1);
    problems.push({
      key: keyOf(spec, via),
      value: String(settings.degree),
      message: t('problems.oddDegree', {
        kind: settings.p2p,
        key: keyOf(spec, via),
        value: settings.degree,
        made,
      }),
      note: true,
    });
  }
  if (typeof settings.source === 'number' && settings.source >= settings.nodes) {
    const spec = specOf('source');
    problems.push({
      key: keyOf(spec, via),
      value: String(settings.source),
      message: t('problems.notAPerson', {
        key: keyOf(spec, via),
        value: settings.source,
        last: settings.nodes - 1,
      }),
    });
    settings.source = 'leaf';
  }
  return problems;
}

/** Settings as short query pairs, leaving out what equals the default. */
export function settingsToQuery(settings: Settings): Array<[string, string]> {
  return PARAMS.filter((p) => settings[p.name] !== p.default).map((p) => [
    p.url,
    formatValue(settings[p.name]),
  ]);
}
