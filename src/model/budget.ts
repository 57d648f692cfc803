import { formatNumber, t } from '../i18n/i18n.ts';
import type { LabEvent } from './events.ts';
import type { Settings } from './params.ts';

// Budgets, said up front. Before a link, a state file or the CLI builds anything, the cost of
// what it asks for is estimated from the settings alone; what fits is done as asked, what does
// not is trimmed to the largest version that fits, with a note naming the setting and what
// would work. The figures are calibrated on the machine the lab is developed on (2 shared cores)
// and leave headroom: a trimmed run is one that would have frozen a tab for many seconds.

/** The most ties one side may hold on the page (memory: two ints per tie end, and the layout's work). */
export const MAX_TIES = 3_000_000;
/** Pairs of people the community generator may consider (it looks at every pair inside a group). */
export const MAX_PAIR_VISITS = 10_000_000;
/** Work units (person-visits) for finding the most in-between people (Brandes' betweenness). */
export const MAX_BETWEENNESS = 150_000_000;

/** The page's limits, and the CLI's: it may take minutes, but must not run out of memory. */
export interface Limits {
  ties: number;
  pairs: number;
  betweenness: number;
  /** Replaying to the tick on show; Infinity where nothing is replayed for a viewer. */
  replayMs: number;
  /** One tick, by the estimate: play runs a tick whole (a replay, in parts), so the page may stall this long. */
  tickMs: number;
  /** Work units for betweenness in the middle of a run (a `knock-most` event by betweenness). */
  stepBetweenness: number;
}

export const PAGE_LIMITS: Limits = {
  ties: MAX_TIES,
  pairs: MAX_PAIR_VISITS,
  betweenness: MAX_BETWEENNESS,
  // Replaying a link up to its tick `t` may take this long, by the estimate, before `t` is trimmed.
  replayMs: 3_000,
  tickMs: 120,
  stepBetweenness: 10_000_000,
};

/** Everything that ran from the CLI before the budgets existed still runs (20,000 people, central). */
export const CLI_LIMITS: Limits = {
  ties: 20_000_000,
  pairs: 600_000_000,
  betweenness: 3_000_000_000,
  replayMs: Infinity,
  tickMs: Infinity,
  stepBetweenness: Infinity,
};

/** Ties the peer network will have, from the settings alone. */
export function peerTies(s: Settings): number {
  const n = s.nodes;
  switch (s.p2p) {
    case 'complete':
      return (n * (n - 1)) / 2;
    case 'small-world':
    case 'scale-free':
      // Both tie people in pairs of ties: ⌊degree / 2⌋ each.
      return n * Math.max(1, Math.floor(s.degree / 2));
    default:
      return (n * s.degree) / 2;
  }
}

/** Person-visits per tick and per unit of work, both sides together: n and ties on each side. */
const sizeOf = (s: Settings) => 2 * s.nodes + peerTies(s) + (s.nodes - 1 + s.cross);

/**
 * Nanoseconds per unit: fitted to `Lab.step()` timings in Node on the development machine (flood
 * and request traffic, 500–10,000 people; the issue-14 note lists them).
 */
const NS = { person: 150, flood: 200, trace: 20, route: 600, table: 45, build: 1000, between: 17 };

/**
 * The work of one tick in steady state, both sides, from the settings alone: people looked at,
 * messages passed on (for requests, hops taken) and route searches, each counted as one pass of `pass`.
 */
export function tickWork(s: Settings): {
  visits: number;
  sends: number;
  tables: number;
  pass: number;
  /** Entries of the per-person record each new broadcast keeps (five per person, per side). */
  traces: number;
} {
  const n = s.nodes;
  // Messages started in the worst tick: a few more than the mean (they start at random), and at
  // least the run's own first message.
  const mean = s.load * n;
  const started = mean + 2 * Math.sqrt(mean) + 1;
  const pass = 2 * n + 2 * (peerTies(s) + n - 1 + s.cross);
  if (s.traffic === 'requests') {
    // Counted as one pass over the network per request and side: what a route search cost when
    // the router built a distance table for each addressee. It now searches from both ends and
    // looks at a few hundred of 10,000 people (`routing.ts`), but the estimate is kept as it was,
    // so a link trimmed before is trimmed the same way and replays the same run. It stays an
    // upper bound. A request takes about log2(n) hops.
    const tables = started;
    return { visits: n, sends: 2 * started * Math.log2(n + 1), tables, pass, traces: 0 };
  }
  // Broadcasts under load: each new message floods the whole network over its life, sent both
  // ways along every tie (gossip and rounds send fewer). Nobody passes on more than `capacity`
  // messages a tick, but with queues everywhere up to about three passes' worth go out at once.
  const ends = pass - 2 * n;
  // (A flood spreads over many ticks, so its sends follow the mean, not the worst tick.)
  const sends = Math.min(mean, 3 * s.capacity) * ends;
  return { visits: n, sends, tables: 0, pass, traces: 10 * mean * n };
}

/** The estimated cost of one tick, in milliseconds, both sides. */
export function tickMs(s: Settings): number {
  const w = tickWork(s);
  const perSend = s.traffic === 'requests' ? NS.route / 2 : NS.flood;
  // A pass over a big network misses the cache more: about 12 ns a unit at 1,000 people, 45 at 20,000.
  const perUnit = 6 + (NS.table - 6) * Math.min(1, (s.nodes / 20000) ** 0.6);
  const ns = w.visits * NS.person + w.sends * perSend + w.tables * w.pass * perUnit;
  return (ns + w.traces * NS.trace) / 1e6;
}

/**
 * Building both networks (and, when failures are chosen by it, the intact betweenness), on a
 * page's thread: about twice the time in Node (20,000 people, half knocked out by ties: ~86 ms in
 * Node, ~200 ms in this machine's Chromium). Only decides where a run is built, never what runs.
 */
const PAGE_BUILD = 2;
export function buildMs(s: Settings): number {
  let ns = PAGE_BUILD * NS.build * sizeOf(s);
  if (s.fail > 0 && s.failure === 'central') ns += NS.between * s.nodes * sizeOf(s);
  return ns / 1e6;
}

/** Replaying ticks 0 … `upTo`. */
export function replayMs(s: Settings, upTo: number): number {
  return tickMs(s) * (upTo + 1);
}

/** The highest load (to three significant figures, at most `load`) whose tick fits `ms`. */
function loadWithin(s: Settings, ms: number): number {
  let lo = 0;
  let hi = s.load;
  for (let i = 0; i < 40; i++) {
    const mid = (lo + hi) / 2;
    if (tickMs({ ...s, load: mid }) <= ms) lo = mid;
    else hi = mid;
  }
  if (lo <= 0) return 0;
  const scale = 10 ** (Math.floor(Math.log10(lo)) - 2);
  return Math.floor(lo / scale) * scale;
}

export interface BudgetNote {
  /** The setting (URL key) that was trimmed, e.g. `n`, `degree`, `failure`, `t`. */
  key: string;
  message: string;
}

/**
 * Settings and a tick trimmed to what the limits allow (a copy; the input is not changed), and one
 * note per trim. The page uses `PAGE_LIMITS`; the CLI `CLI_LIMITS` (no replay budget).
 */
export function fitBudget(
  settings: Settings,
  tick: number,
  limits: Limits = PAGE_LIMITS,
  events: readonly LabEvent[] = [],
  /** An imported org fixes the people (and its own peers are built from `degree`, not `p2p`). */
  org = false,
): { settings: Settings; tick: number; events: LabEvent[]; notes: BudgetNote[] } {
  const s = { ...settings };
  const notes: BudgetNote[] = [];
  const num = (x: number) => formatNumber(Math.round(x));
  if (org) s.p2p = 'random';
  if (s.p2p === 'complete' && peerTies(s) > limits.ties) {
    const most = Math.floor((1 + Math.sqrt(1 + 8 * limits.ties)) / 2);
    notes.push({
      key: 'n',
      message: t('budget.complete', {
        n: num(s.nodes),
        ties: num(peerTies(s)),
        max: num(limits.ties),
        most: num(most),
      }),
    });
    s.nodes = most;
  } else if (peerTies(s) > limits.ties) {
    const most = Math.max(1, Math.floor((2 * limits.ties) / s.nodes));
    notes.push({
      key: 'degree',
      message: t('budget.degree', {
        degree: s.degree,
        n: num(s.nodes),
        ties: num(peerTies(s)),
        max: num(limits.ties),
        most,
      }),
    });
    s.degree = most;
  }
  if (s.p2p === 'communities' && !org) {
    const pairs = (s.nodes * s.nodes) / (2 * Math.max(1, Math.min(s.communities, s.nodes)));
    if (pairs > limits.pairs) {
      const most = Math.floor(Math.sqrt(2 * Math.max(1, s.communities) * limits.pairs));
      notes.push({
        key: 'n',
        message: t('budget.communities', { n: num(s.nodes), comm: s.communities, most: num(most) }),
      });
      s.nodes = most;
    }
  }
  if (s.fail > 0 && s.failure === 'central' && s.nodes * sizeOf(s) > limits.betweenness) {
    notes.push({ key: 'failure', message: t('budget.central', { n: num(s.nodes) }) });
    s.failure = 'targeted';
  }
  // Playing runs a tick whole (a replay runs it in parts): the load (the run's, and any later
  // `set` of it) stays where one tick fits the page's budget.
  const loadOf = (e: LabEvent) => (e.type === 'set' && e.key === 'load' ? Number(e.value) : 0);
  let peak = events.reduce((m, e) => Math.max(m, loadOf(e)), s.load);
  let fitted = events.slice();
  if (peak > 0 && tickMs({ ...s, load: peak }) > limits.tickMs) {
    const most = loadWithin({ ...s, load: peak }, limits.tickMs);
    notes.push({
      key: 'load',
      message: t('budget.load', {
        load: formatNumber(peak),
        n: num(s.nodes),
        ms: num(tickMs({ ...s, load: peak })),
        most: formatNumber(most, { maximumSignificantDigits: 3 }),
      }),
    });
    s.load = Math.min(s.load, most);
    fitted = fitted.map((e) => (loadOf(e) > most ? { ...e, value: most } : e));
    peak = most;
  }
  const byBetweenness = fitted.some((e) => e.type === 'knock-most' && e.by === 'between');
  if (byBetweenness && s.nodes * sizeOf(s) > limits.stepBetweenness) {
    notes.push({ key: 'ev', message: t('budget.knockMost', { n: num(s.nodes) }) });
    fitted = fitted.map((e) => (e.type === 'knock-most' ? { ...e, by: 'ties' } : e));
  }
  if (tick > 0) {
    const ms = tickMs({ ...s, load: peak }) * tick;
    if (ms > limits.replayMs) {
      const most = Math.max(0, Math.floor(limits.replayMs / tickMs({ ...s, load: peak })));
      notes.push({
        key: 't',
        message: t('budget.replay', {
          t: num(tick),
          minutes: formatNumber(ms / 60000, { maximumFractionDigits: 1 }),
          most: num(most),
        }),
      });
      tick = most;
    }
  }
  if (org) s.p2p = settings.p2p;
  return { settings: s, tick, events: fitted, notes };
}

/** Why a run stopped early (`Lab.halted`), in words: the page shows it, the CLI prints it. */
export function haltedMessage(halted: {
  tick: number;
  side: 'hierarchy' | 'p2p';
  slots: number;
}): string {
  return t('budget.halted', {
    tick: formatNumber(halted.tick),
    side: t(`side.${halted.side}`),
    sends: formatNumber(halted.slots),
  });
}
