import { t } from '../i18n/i18n.ts';
import { degree } from '../model/graph.ts';
import type { Summary, TickMetrics } from '../model/metrics.ts';
import type { OrgChart } from '../model/networks/orgChart/index.ts';
import {
  formatValue,
  isRelevant,
  LIVE_SETTINGS,
  PARAMS,
  specOf,
  type ParamSpec,
  type Settings,
  withLive,
} from '../model/params.ts';
import { reportOf, runReport, type Report } from '../model/report.ts';
import type { SideName } from '../model/lab.ts';
import type { LabActions, LabState } from './labStore.ts';
import { settingLabel } from './texts.ts';
import { stateToQuery } from './url.ts';
import { listWords } from './words.ts';

// Everything the views derive from the store, in one place. Per-tick data is keyed on
// `version` (the lab is mutated in place), and each selector remembers its last answer, so
// nothing is computed twice for one tick however many components read it, and a component
// re-renders only when its answer changes. (The memory is one answer per selector: two stores
// on one page stay correct, they just share the slot.)

type State = LabState;

/** The last result for the last inputs (compared with Object.is). */
function memo<A extends unknown[], R>(
  inputs: (state: State) => [...A],
  compute: (...args: A) => R,
): (state: State) => R {
  let last: { args: A; result: R } | null = null;
  return (state) => {
    const args = inputs(state);
    if (
      last &&
      args.length === last.args.length &&
      args.every((a, i) => Object.is(a, last!.args[i]))
    )
      return last.result;
    last = { args, result: compute(...args) };
    return last.result;
  };
}

/** Both sides' summaries at the tick on show. */
export const selectSummaries = memo(
  (s: State) => [s.lab, s.version],
  (lab, _version): Record<SideName, Summary> => ({
    hierarchy: lab.summary('hierarchy'),
    p2p: lab.summary('p2p'),
  }),
);

/** Knock-outs and restores waiting for the next tick: person → out after it. */
const selectPendingOutcomes = memo(
  (s: State) => [s.events, s.lab.tick],
  (events, tick) => {
    const pending = new Map<number, boolean>();
    for (const e of events) {
      if (e.tick === tick && (e.type === 'fail' || e.type === 'restore'))
        pending.set(e.node, e.type === 'fail');
    }
    return pending;
  },
);

/**
 * Who is out on `side`, counting knock-outs and restores that wait for the next tick (for a whole
 * frame); `shown` is what the picture shows of the side (the engine may be a tick ahead: `ahead.ts`).
 */
export function outChecker(
  state: State,
  side: 0 | 1,
  shown: { readonly working: Uint8Array } = state.lab.sides[side].engine,
): (person: number) => boolean {
  const pending = selectPendingOutcomes(state);
  const { working } = shown;
  // The same checker for as long as who is out stays the same (the people layer looks at everyone
  // again only when it changes), and no look-up per person when nothing waits.
  const known = checkers.get(working);
  if (known?.pending === pending) return known.check;
  const check =
    pending.size === 0
      ? (person: number) => working[person] === 0
      : (person: number) => pending.get(person) ?? working[person] === 0;
  checkers.set(working, { pending, check });
  return check;
}
const checkers = new WeakMap<
  Uint8Array,
  { pending: Map<number, boolean>; check: (person: number) => boolean }
>();

/** Is `person` out on `side`, counting a knock-out or restore that waits for the next tick? */
export function isOut(
  state: State,
  side: 0 | 1,
  person: number,
  shown?: { readonly working: Uint8Array },
): boolean {
  return outChecker(state, side, shown)(person);
}

let lastEffective: Settings | null = null;
/** The settings in force at the tick on show: the start settings plus live changes made up to it. */
export const selectEffectiveSettings = memo(
  (s: State) => [s.settings, s.events, s.lab.tick],
  (start, events, tick): Settings => {
    let settings = { ...start };
    for (const e of events)
      if (e.type === 'set' && e.tick <= tick) settings = withLive(settings, e.key, e.value);
    // Ticks that change nothing keep the same object, so readers do not re-render.
    const previous = lastEffective;
    if (previous && PARAMS.every((p) => previous[p.name] === settings[p.name])) return previous;
    lastEffective = settings;
    return settings;
  },
);

/** What the run shows beyond the usual marks: informal ties in the hierarchy, ties that adapt, posts filled by promotion. */
export interface TieMarks {
  informalTies: boolean;
  adapt: boolean;
  reorg: boolean;
}

/** Which of the tie marks the run on show uses (the legend lists them; the side panels count ties). */
export const selectTieMarks = memo(
  (s: State) => [s.settings, selectEffectiveSettings(s)],
  (start, now): TieMarks => ({
    informalTies: start.cross > 0,
    adapt: start.adapt === 'on' || now.adapt === 'on',
    reorg: start.reorg !== Infinity || now.reorg !== Infinity,
  }),
);

/** Worth a "Still connected" chart: people drop out, or ties change during the run. */
export const selectConnectionMatters = (s: State): boolean => {
  const marks = selectTieMarks(s);
  return (
    marks.adapt || marks.reorg || s.settings.fail > 0 || s.events.some((e) => e.type === 'fail')
  );
};

/** Some messages are started all the time: continuous load (from the start or set mid-run) or requests. */
export const selectUnderLoad = (s: State): boolean =>
  s.settings.load > 0 ||
  s.settings.traffic === 'requests' ||
  s.events.some((e) => e.type === 'set' && e.key === 'load' && Number(e.value) > 0);

/** The settings that may change mid-run, in schema order, as a list in words ("a, b and c"). */
export const selectLiveLabels = memo(
  (s: State) => [s.lang],
  (_lang): string =>
    listWords(
      LIVE_SETTINGS.map((name, i) => {
        const label = settingLabel(specOf(name));
        // Mid-sentence names are lower case in English; German keeps its nouns capitalised.
        return i && t('controls.lowerCaseInList') === 'yes' ? label.toLocaleLowerCase() : label;
      }),
      'and',
    ),
);

/** The controls to show, with the values in force: relevant settings, less what an org fixes. */
export const selectControls = memo(
  (s: State) => [selectEffectiveSettings(s), s.org !== null],
  (settings, hasOrg): Array<{ spec: ParamSpec; value: Settings[keyof Settings]; text: string }> =>
    PARAMS.filter((p) => p.control && isRelevant(p, settings) && !(hasOrg && p.orgFixed)).map(
      (spec) => ({ spec, value: settings[spec.name], text: formatValue(settings[spec.name]) }),
    ),
);

/** Both sides' per-tick series up to the timeline's end (what the charts draw). */
export const selectSeries = memo(
  (s: State) => [s.head, s.horizon, s.version],
  (head, horizon, _version): [TickMetrics[], TickMetrics[]] => [
    head.sides[0].series.slice(0, horizon + 1),
    head.sides[1].series.slice(0, horizon + 1),
  ],
);

export interface SideStats {
  people: number;
  informed: number;
  sent: number;
  maxQueue: number;
  maxQueueNode: number | null;
  delivered: number;
  /** Mean latency of the requests delivered so far, in ticks, or null. */
  latency: number | null;
  /** Ties now, and how many formed, faded and were repaired so far; posts filled by promotion. */
  ties: number;
  formed: number;
  faded: number;
  repaired: number;
  promotions: number;
}

function sideStats(side: SideName) {
  return memo(
    (s: State) => [s.lab, s.version, s.tick],
    (lab, _version, tick): SideStats | null => {
      const { series, network, engine } = lab.side(side);
      const row = series[Math.min(tick, series.length - 1)];
      if (!row) return null;
      let sent = 0;
      let delivered = 0;
      let formed = 0;
      let faded = 0;
      let repaired = 0;
      let promotions = 0;
      for (let t = 0; t <= row.tick; t++) {
        const r = series[t];
        sent += r.sends;
        delivered += r.delivered;
        formed += r.tiesFormed;
        faded += r.tiesFaded;
        repaired += r.tiesRepaired;
        promotions += r.promotions;
      }
      const { latencies } = engine;
      return {
        people: network.graph.n,
        informed: row.informed,
        sent,
        maxQueue: row.maxQueue,
        maxQueueNode: row.maxQueueNode,
        delivered,
        latency: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : null,
        ties: row.ties,
        formed,
        faded,
        repaired,
        promotions,
      };
    },
  );
}
const SIDE_STATS = { hierarchy: sideStats('hierarchy'), p2p: sideStats('p2p') };
/** One side's live numbers at the tick on show. */
export const selectSideStats = (side: SideName) => SIDE_STATS[side];

/** The person in focus on one side, in words; null when nobody is. */
export function selectPersonLine(side: SideName) {
  return (state: State & Pick<LabActions, 'onShow'>): string | null => {
    const person = state.hovered;
    if (person === null) return null;
    const { lab, org, tick } = state;
    const { engine, network } = lab.side(side);
    if (person >= network.graph.n) return null;
    // Queues and beliefs as drawn (the engine may be a tick ahead, see `ahead.ts`).
    const shown = state.onShow(side === 'hierarchy' ? 0 : 1);
    const heard = shown.first.tickOf(person);
    const who = (v: number) => (org ? `${org.names[v] || org.ids[v]} (${org.ids[v]})` : `${v}`);
    const parts = [org ? who(person) : t('person.name', { person })];
    // The chain of command and the ties as they stand now (promotions and adapting ties move them).
    const manager = engine.dynamics.org?.manager;
    if (manager) {
      const boss = manager[person];
      parts.push(boss < 0 ? t('person.top') : t('person.reportsTo', { boss: who(boss) }));
    }
    parts.push(t('person.ties', { count: degree(engine.graph, person) }));
    if (isOut(state, side === 'hierarchy' ? 0 : 1, person, shown)) parts.push(t('person.out'));
    else if (heard >= 0 && heard <= tick) {
      parts.push(t('person.heard', { tick: heard }));
      if (shown.first.believesDistorted(person)) parts.push(t('person.distorted'));
    } else parts.push(t('person.notYet'));
    const waiting = shown.queues.length[person];
    if (waiting > 0) parts.push(t('person.waiting', { count: waiting }));
    return parts.join(' · ');
  };
}

/** The status line: the tick and both sides' informed counts, and whether the run is over. */
export const selectStatusLine = (s: State): string => {
  const [h, p] = s.lab.sides.map((side) => side.series[s.tick]);
  const n = s.lab.settings.nodes;
  // `lang` is read so the line is written again when the language changes.
  let text = t('status.line', {
    tick: s.tick,
    hierarchy: h?.informed ?? 0,
    p2p: p?.informed ?? 0,
    n,
    lng: s.lang,
  });
  if (s.done) text += t('status.finished');
  else if (s.tick < s.horizon) text += t('status.behind', { horizon: s.horizon });
  return text;
};

/** The query string of the state as it is now (the address bar may lag while playing). */
export const selectQuery = memo(
  (s: State) => [s.settings, s.scene, s.events, s.tick, s.org, s.langChoice],
  (settings, scene, events, tick, org: OrgChart | null, lang) =>
    stateToQuery({ settings, scene, events, tick, org, lang }),
);

/** The query with extra keys about how the page is shown (e.g. `embed=1`). */
export function queryWith(state: State, extra: Record<string, string>): string {
  const { settings, scene, events, tick, org, langChoice: lang } = state;
  return stateToQuery({ settings, scene, events, tick, org, lang }, new URLSearchParams(extra));
}

/** The run's numbers as the CLI reports them, up to the tick on show. */
export function selectReport(state: State): Report {
  return reportOf(state.settings, [runReport(state.lab, false)]);
}

/** Do the settings hold every value of a query (`cap=1&load=0.02`), as the URL writes them? */
export function settingsMatchQuery(settings: Settings, query: string): boolean {
  return [...new URLSearchParams(query)].every(([key, value]) => {
    const spec = PARAMS.find((p) => p.url === key);
    return spec !== undefined && formatValue(settings[spec.name]) === value;
  });
}
