import { formatNumber, t } from '../i18n/i18n.ts';
import type { Settings } from './params.ts';
import { CACHE_LIMIT } from './routing.ts';

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
}

export const PAGE_LIMITS: Limits = {
  ties: MAX_TIES,
  pairs: MAX_PAIR_VISITS,
  betweenness: MAX_BETWEENNESS,
  // Replaying a link up to its tick `t` may take this long, by the estimate, before `t` is trimmed.
  replayMs: 3_000,
};

/** Everything that ran from the CLI before the budgets existed still runs (20,000 people, central). */
export const CLI_LIMITS: Limits = {
  ties: 20_000_000,
  pairs: 600_000_000,
  betweenness: 3_000_000_000,
  replayMs: Infinity,
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
const NS = { person: 150, flood: 50, route: 600, table: 7 };

/** The estimated cost of one tick, in milliseconds, both sides. */
export function tickMs(s: Settings): number {
  const n = s.nodes;
  const w = sizeOf(s);
  let ns = NS.person * n;
  const started = s.load * n;
  if (s.traffic === 'requests') {
    // Each request needs its addressee's distance table (one pass over the network, per side).
    // Tables unread for 4 ticks are dropped, and a side holds at most CACHE_LIMIT / n of them:
    // past that, nearly every request builds its table again.
    const held = CACHE_LIMIT / n;
    const live = n * (1 - Math.exp((-4 * started) / n));
    const rebuilt =
      live > held ? started * (1 - held / live) : started * Math.exp((-4 * started) / n);
    const pass = 2 * n + 2 * (peerTies(s) + n - 1 + s.cross);
    ns += rebuilt * pass * NS.table + started * Math.log2(n + 1) * NS.route;
  } else if (started > 0) {
    // Broadcasts under load: each new message floods the whole network over its life, sent both
    // ways along every tie (measured up to about 3 times one pass when copies pile up).
    ns += 3 * started * (w + peerTies(s)) * NS.flood;
  }
  return ns / 1e6;
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
): { settings: Settings; tick: number; notes: BudgetNote[] } {
  const s = { ...settings };
  const notes: BudgetNote[] = [];
  const num = (x: number) => formatNumber(Math.round(x));
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
  if (s.p2p === 'communities') {
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
  if (tick > 0) {
    const ms = tickMs(s) * tick;
    if (ms > limits.replayMs) {
      const most = Math.max(0, Math.floor(limits.replayMs / tickMs(s)));
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
  return { settings: s, tick, notes };
}
