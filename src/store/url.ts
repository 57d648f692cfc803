import { isLanguage, LANGUAGES, t, type Language } from '../i18n/i18n.ts';
import { fitBudget } from '../model/budget.ts';
import type { LabEvent } from '../model/events.ts';
import {
  formatValue,
  LIVE_SETTINGS,
  MAX_TICKS,
  MIN_PEOPLE,
  PARAMS,
  specOf,
  type LiveSetting,
  type Settings,
} from '../model/params.ts';
import {
  NAMED_PROBLEMS,
  parseSettings,
  parseValue,
  settingsToQuery,
} from '../model/settingsText.ts';
import { decodeOrg, encodeOrg, type OrgChart } from '../model/networks/orgChart/index.ts';
import { SCENES, sceneById } from '../scenes/scenes.ts';

/**
 * The version of the URL format. Links carry it as `v`, so a link made today
 * can still be read after the schema grows: a later version reads older
 * links by their version, and an older version says so when it meets a newer
 * link instead of silently misreading it.
 */
export const URL_VERSION = 1;

/** Query keys the page itself reads; not settings, so never reported as unknown ones. */
const PAGE_KEYS: readonly string[] = [
  'embed', 'autoplay', 'loop', 'summary', 'presenter', 'scene', 'v', 't', 'ev', 'org', 'lang',
]; // prettier-ignore

/** An imported org chart travels in the link only up to this many characters (encoded). */
const ORG_URL_LIMIT = 4000;

/** Keys about how the page is shown (embedding), kept as they are when the state is written back. */
const VIEW_KEYS: readonly string[] = ['embed', 'autoplay', 'loop', 'summary', 'presenter'];

export interface UrlState {
  settings: Settings;
  notices: string[];
  scene: string | null;
  events: LabEvent[];
  /** The tick to show. */
  tick: number;
  org: OrgChart | null;
  /** The language the link asks for (`lang=`), or null to follow the browser. */
  lang: Language | null;
}

const PERSON_TYPES = { f: 'fail', r: 'restore', s: 'start' } as const;
const PERSON_LETTERS = { fail: 'f', restore: 'r', start: 's' } as const;
/** `tick-hub-k-side`: the k best-connected working people of a side; `bridge`: the k most in-between. */
const MOST_WORDS = { ties: 'hub', between: 'bridge' } as const;
const MOST_BY = { hub: 'ties', bridge: 'between' } as const;

/**
 * Events as URL text: `tick-letter-person` (`f` knock out, `r` restore, `s`
 * start a message, `s` may end `-addressee`), or `tick-key-value` for a live
 * setting by its URL key (`6-cap-4`), joined by `_`. Only unreserved
 * characters, so the text survives copying and e-mail unescaped.
 */
export function encodeEvents(events: readonly LabEvent[]): string {
  return events
    .map((e) => {
      if (e.type === 'set') return `${e.tick}-${specOf(e.key).url}-${formatValue(e.value)}`;
      if (e.type === 'knock-most') return `${e.tick}-${MOST_WORDS[e.by]}-${e.count}-${e.side}`;
      const to = e.type === 'start' && e.to !== undefined ? `-${e.to}` : '';
      return `${e.tick}-${PERSON_LETTERS[e.type]}-${e.node}${to}`;
    })
    .join('_');
}

/** Reads `encodeEvents` text; every part it cannot use is named, and the rest kept. */
export function parseEvents(
  text: string,
  people: number,
): { events: LabEvent[]; problems: string[]; unnamed: number } {
  const events: LabEvent[] = [];
  const problems: string[] = [];
  // Only the first few problems are put into words; the rest are counted (a link may hold 150,000).
  let unnamed = 0;
  const liveByKey = new Map(LIVE_SETTINGS.map((name) => [specOf(name).url, name]));
  for (const part of text.split('_')) {
    if (part === '') continue;
    const fields = part.split('-');
    const bad = (why: () => string) => {
      if (problems.length < NAMED_PROBLEMS) problems.push(t('url.event', { part, why: why() }));
      else unnamed++;
    };
    const tick = Number(fields[0]);
    if (!/^\d+$/.test(fields[0] ?? '') || tick > MAX_TICKS) {
      bad(() => t('url.eventTick'));
      continue;
    }
    const kind = fields[1] ?? '';
    if (kind in PERSON_TYPES) {
      const type = PERSON_TYPES[kind as keyof typeof PERSON_TYPES];
      const ids = fields.slice(2);
      const valid = (s: string | undefined) =>
        s !== undefined && /^\d+$/.test(s) && Number(s) < people;
      if (
        !valid(ids[0]) ||
        ids.length > (type === 'start' ? 2 : 1) ||
        (ids[1] !== undefined && !valid(ids[1]))
      ) {
        bad(() => t('url.eventPeople', { last: people - 1 }));
        continue;
      }
      const event: LabEvent = { tick, type, node: Number(ids[0]) };
      if (type === 'start' && ids[1] !== undefined) event.to = Number(ids[1]);
      events.push(event);
      continue;
    }
    if (kind in MOST_BY) {
      const [count, side] = fields.slice(2);
      if (
        fields.length !== 4 ||
        !/^\d+$/.test(count ?? '') ||
        Number(count) < 1 ||
        Number(count) > people ||
        (side !== 'hierarchy' && side !== 'p2p')
      ) {
        bad(() => t('url.eventMost', { kind, people }));
        continue;
      }
      events.push({
        tick,
        type: 'knock-most',
        count: Number(count),
        by: MOST_BY[kind as keyof typeof MOST_BY],
        side,
      });
      continue;
    }
    const key: LiveSetting | undefined = liveByKey.get(kind);
    if (!key || fields.length !== 3) {
      bad(() => t('url.eventKind', { keys: [...liveByKey.keys()].join(', ') }));
      continue;
    }
    const parsed = parseValue(specOf(key), fields[2]);
    if (!parsed.ok) {
      bad(() => t('url.eventValue', { kind, allowed: parsed.allowed }));
      continue;
    }
    events.push({ tick, type: 'set', key, value: parsed.value as Settings[LiveSetting] });
  }
  return { events, problems, unnamed };
}

const sameEvents = (a: readonly LabEvent[], b: readonly LabEvent[]) =>
  encodeEvents(a) === encodeEvents(b);

/**
 * At most three lines for one kind of problem: beyond that, one line with the count and the first
 * three. Only the lines shown are written (`say`): a link may carry thousands of bad parts.
 */
function grouped<T>(
  what: 'settings' | 'events',
  problems: readonly T[],
  say: (problem: T) => string,
  unnamed = 0,
): string[] {
  const count = problems.length + unnamed;
  if (count <= 3) return problems.map(say);
  return [t(`url.many.${what}`, { count, first: problems.slice(0, 3).map(say).join(' ') })];
}

/** Whether an event names only people 0 … people − 1. */
function fitsPeople(e: LabEvent, people: number): boolean {
  if (e.type === 'knock-most') return e.count <= people;
  if ('node' in e && e.node >= people) return false;
  return !(e.type === 'start' && e.to !== undefined && e.to >= people);
}

/**
 * The lab's starting state from a query string. `scene` brings the scene's
 * settings and events; settings in the URL override them and `ev` replaces
 * the events. Every ignored value becomes a notice naming it; nothing throws.
 */
export function stateFromUrl(search: string): UrlState {
  const query = new URLSearchParams(search);
  const notices: string[] = [];
  const version = query.get('v');
  if (version !== null) {
    if (!/^\d+$/.test(version)) notices.push(t('url.version', { value: JSON.stringify(version) }));
    else if (Number(version) > URL_VERSION)
      notices.push(t('url.newer', { version, ours: URL_VERSION }));
  }
  const sceneId = query.get('scene');
  const scene = sceneId === null || sceneId === '' ? undefined : sceneById(sceneId);
  if (sceneId !== null && sceneId !== '' && !scene) {
    notices.push(
      t('url.scene', {
        value: JSON.stringify(sceneId),
        scenes: SCENES.map((s) => s.id).join(', '),
      }),
    );
  }
  // An org chart decides how many people there are, before anything is checked against that number.
  let org: OrgChart | null = null;
  const orgText = query.get('org');
  if (orgText !== null) {
    const decoded = decodeOrg(orgText);
    const min = MIN_PEOPLE;
    if (!decoded.ok) notices.push(t('url.org', { errors: decoded.errors.join(' ') }));
    else if (decoded.value.ids.length < min)
      notices.push(t('url.orgTooSmall', { count: decoded.value.ids.length, min }));
    else org = decoded.value;
  }
  const pairs: Array<[string, string]> = [
    ...new URLSearchParams(scene?.settings ?? ''),
    ...query,
    ...(org ? [['n', String(org.ids.length)] as [string, string]] : []),
  ];
  const { settings, problems, unnamed } = parseSettings(pairs, 'url', PAGE_KEYS);
  notices.push(
    ...grouped(
      'settings',
      problems,
      (p) => t(p.note ? 'url.note' : 'url.ignored', { message: p.message }),
      unnamed,
    ),
  );

  // A scene's scripted events name people of its own size; fewer people drop those beyond them.
  let events = scene
    ? scene.events.filter((e) => fitsPeople(e, settings.nodes)).map((e) => ({ ...e }))
    : [];
  const ev = query.get('ev');
  if (ev !== null) {
    const parsed = parseEvents(ev, settings.nodes);
    events = parsed.events;
    notices.push(
      ...grouped(
        'events',
        parsed.problems,
        (message) => t('url.ignored', { message }),
        parsed.unnamed,
      ),
    );
  }
  let tick = 0;
  const tickText = query.get('t');
  if (tickText !== null) {
    if (/^\d+$/.test(tickText) && Number(tickText) <= settings.maxTicks) tick = Number(tickText);
    else notices.push(t('url.tick', { value: JSON.stringify(tickText), max: settings.maxTicks }));
  }
  // Budgets: what would freeze the tab is trimmed before anything is built, and said.
  const fitted = fitBudget(settings, tick, undefined, events, !!org);
  for (const note of fitted.notes) notices.push(note.message);
  tick = fitted.tick;
  events = fitted.events.filter((e) => fitsPeople(e, fitted.settings.nodes));
  Object.assign(settings, fitted.settings);
  const langText = query.get('lang');
  const lang = isLanguage(langText) ? langText : null;
  if (langText !== null && lang === null)
    notices.push(
      t('url.lang', { value: JSON.stringify(langText), languages: LANGUAGES.join(', ') }),
    );
  return { settings, notices, scene: org ? null : (scene?.id ?? null), events, tick, org, lang };
}

/**
 * The query string for a state: the scene, every setting that differs from
 * the default, the events (unless they are the scene's own), the tick on show
 * and the version. `view` carries the embedding keys through unchanged.
 */
export function stateToQuery(
  state: Pick<UrlState, 'settings' | 'scene' | 'events' | 'tick'> & {
    org?: OrgChart | null;
    lang?: Language | null;
  },
  view: URLSearchParams = new URLSearchParams(),
): string {
  const query = new URLSearchParams();
  query.set('v', String(URL_VERSION));
  if (state.org && orgFitsUrl(state.org)) query.set('org', encodeOrg(state.org));
  if (state.scene) query.set('scene', state.scene);
  // In a scene, only what differs from the scene's own settings.
  const base = state.scene ? stateFromUrl(`scene=${state.scene}`).settings : undefined;
  for (const [key, value] of settingsToQuery(state.settings)) {
    const spec = PARAMS.find((p) => p.url === key)!;
    if (!base || formatValue(base[spec.name]) !== value) query.set(key, value);
  }
  if (base) {
    // A setting the scene changes but this state has back at its default.
    for (const spec of PARAMS) {
      if (base[spec.name] !== state.settings[spec.name] && !query.has(spec.url))
        query.set(spec.url, formatValue(state.settings[spec.name]));
    }
  }
  const sceneEvents = state.scene ? (sceneById(state.scene)?.events ?? []) : [];
  if (!sameEvents(state.events, sceneEvents)) query.set('ev', encodeEvents(state.events));
  if (state.tick > 0) query.set('t', String(state.tick));
  if (state.lang) query.set('lang', state.lang);
  for (const key of VIEW_KEYS) {
    const value = view.get(key);
    if (value !== null) query.set(key, value);
  }
  return query.toString();
}

/** Whether an org chart is small enough to travel in a link. */
export function orgFitsUrl(org: OrgChart): boolean {
  return new URLSearchParams({ org: encodeOrg(org) }).toString().length <= ORG_URL_LIMIT;
}
