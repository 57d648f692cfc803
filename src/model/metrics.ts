import type { SideEngine } from './engine.ts';

/** One side's numbers after one tick. Per-tick counts cover all traffic; `informed` follows the first message. */
export interface TickMetrics {
  tick: number;
  /** People who have heard the first message. */
  informed: number;
  /** Of those, how many are among the people it is meant to reach. */
  informedReachable: number;
  /** People the first message is meant to reach, as the network stands now. */
  reachable: number;
  sends: number;
  lost: number;
  dropped: number;
  redundant: number;
  /** Longest queue left waiting after the tick's sends. */
  maxQueue: number;
  /** Whose queue that is (lowest id on ties); null when nothing waits. */
  maxQueueNode: number | null;
  meanQueue: number;
  /** Sends waiting in all queues after the tick. */
  queued: number;
  /** Requests that reached their addressee this tick. */
  delivered: number;
  /** Median and 90th percentile latency (ticks) of the requests delivered this tick; null when none. */
  latencyP50: number | null;
  latencyP90: number | null;
  /** People who believe the distorted version of the first message. */
  believingDistorted: number;
  working: number;
  /** Ties on this side after the tick (reporting lines and informal ties). */
  ties: number;
  /** Informal ties formed this tick by bonding (triadic closure). */
  tiesFormed: number;
  /** Informal ties that faded this tick, unused for `fade` ticks. */
  tiesFaded: number;
  /** Ties formed this tick to re-knit around people knocked out. */
  tiesRepaired: number;
  /** Vacant posts filled this tick by promoting a report. */
  promotions: number;
  /** People in the largest group of working people who can all reach each other. */
  largestGroup: number;
  /** Working people who have heard the first message. */
  informedWorking: number;
}

export interface Summary {
  source: number;
  ticks: number;
  working: number;
  reachable: number;
  informed: number;
  ticksTo50: number | null;
  ticksTo90: number | null;
  ticksTo100: number | null;
  sends: number;
  lost: number;
  dropped: number;
  redundant: number;
  maxQueue: number;
  maxQueueNode: number | null;
  believingDistorted: number;
  /** Largest connected group of working people, as a share of the working people. */
  largestComponent: number;
  delivered: number;
  latencyMean: number | null;
  latencyP50: number | null;
  latencyP90: number | null;
  /** Ties at the end, and totals of the ties formed, faded and repaired and the posts filled. */
  ties: number;
  tiesFormed: number;
  tiesFaded: number;
  tiesRepaired: number;
  promotions: number;
}

/**
 * Reads one side's metrics after each tick. The counts over everyone (who is working, who of them
 * and of the people meant to be reached has heard) are taken in full only when the network has
 * changed; otherwise only the people who heard during the tick are looked at, so a tick with
 * nothing new costs nothing per person.
 */
export class TickMeter {
  /** The network version the counts below were taken on; -1 before the first. */
  private version = -1;
  /** Who the first message is meant to reach: `label[v] === group`. */
  private label: Int32Array = new Int32Array(0);
  private group = 1;
  /** The first message is meant to reach every working person: who counts is who works. */
  private everyone = false;
  /** The label written here when the reach is listed (never the groups' own). */
  private own = new Int32Array(0);
  private reachable = 0;
  private up = 0;
  private informedWorking = 0;
  private informedReachable = 0;
  /** How many had heard the first message when last counted. */
  private seen = 0;

  constructor(private readonly engine: SideEngine) {}

  measure(): TickMetrics {
    const { engine } = this;
    const { first, queues, working, counts, latencies } = engine;
    const n = engine.graph.n;
    if (engine.networkVersion !== this.version) this.recount();
    // Those who heard since the last count (everyone who has heard, after a recount).
    const { label, group } = this;
    let informedWorking = 0;
    for (let i = this.seen; i < first.heardCount; i++)
      informedWorking += working[first.heardOrder[i]];
    this.informedWorking += informedWorking;
    if (this.everyone) this.informedReachable += informedWorking;
    else
      for (let i = this.seen; i < first.heardCount; i++)
        if (label[first.heardOrder[i]] === group) this.informedReachable++;
    this.seen = first.heardCount;
    let maxQueue = 0;
    let maxQueueNode: number | null = null;
    if (queues.total > 0) {
      for (let v = 0; v < n; v++) {
        if (queues.length[v] > maxQueue) {
          maxQueue = queues.length[v];
          maxQueueNode = v;
        }
      }
    }
    let believingDistorted = 0;
    if (first.distortedTotal > 0)
      for (let i = 0; i < first.heardCount; i++)
        if (first.believesDistorted(first.heardOrder[i])) believingDistorted++;
    // This tick's deliveries are the last `delivered` latencies recorded.
    const recent = latencies.slice(latencies.length - counts.delivered).sort((a, b) => a - b);
    return {
      tick: engine.tick - 1,
      informed: first.heardCount,
      informedReachable: this.informedReachable,
      reachable: this.reachable,
      sends: counts.sends,
      lost: counts.lost,
      dropped: counts.dropped,
      redundant: counts.redundant,
      maxQueue,
      maxQueueNode,
      meanQueue: n > 0 ? queues.total / n : 0,
      queued: queues.total,
      delivered: counts.delivered,
      latencyP50: percentile(recent, 0.5),
      latencyP90: percentile(recent, 0.9),
      believingDistorted,
      working: this.up,
      ties: engine.ties.count,
      tiesFormed: engine.dynamics.counts.formed,
      tiesFaded: engine.dynamics.counts.faded,
      tiesRepaired: engine.dynamics.counts.repaired,
      promotions: engine.dynamics.counts.promotions,
      largestGroup: engine.largestGroup(),
      informedWorking: this.informedWorking,
    };
  }

  /** Starts the counts again on the network as it stands: who is working, who is to be reached. */
  private recount(): void {
    const { engine } = this;
    const n = engine.graph.n;
    const { messages } = engine;
    // A broadcast's group is read where the groups are kept; anything else is listed.
    const kept =
      messages.count > 0 && messages.addressee[0] < 0
        ? engine.reach.groupOfOrigin(messages.origin[0], engine.networkVersion)
        : null;
    if (kept) {
      ({ label: this.label, group: this.group, size: this.reachable } = kept);
    } else {
      const reach = messages.count > 0 ? engine.intendedReach(0) : new Int32Array(0);
      if (this.own.length !== n) this.own = new Int32Array(n);
      else this.own.fill(0);
      for (const v of reach) this.own[v] = 1;
      this.label = this.own;
      this.group = 1;
      this.reachable = reach.length;
    }
    this.up = 0;
    for (let v = 0; v < n; v++) this.up += engine.working[v];
    // Groups hold working people only: one holding them all is everyone working.
    this.everyone = kept !== null && kept.size === this.up;
    this.informedWorking = 0;
    this.informedReachable = 0;
    this.seen = 0;
    this.version = engine.networkVersion;
  }
}

/** The first tick at which `share` of the people meant to be reached had heard, or null. */
export function ticksToShare(series: readonly TickMetrics[], share: number): number | null {
  for (const row of series) {
    if (row.reachable > 0 && row.informedReachable >= share * row.reachable - 1e-9) return row.tick;
  }
  return null;
}

/** Value below which `p` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.max(1, Math.ceil(p * sorted.length));
  return sorted[rank - 1];
}

/** One side's summary of a run so far. */
export function summarize(series: readonly TickMetrics[], engine: SideEngine): Summary {
  const last = series[series.length - 1];
  const total = (
    key:
      | 'sends'
      | 'lost'
      | 'dropped'
      | 'redundant'
      | 'delivered'
      | 'tiesFormed'
      | 'tiesFaded'
      | 'tiesRepaired'
      | 'promotions',
  ) => series.reduce((sum, row) => sum + row[key], 0);
  let peak: TickMetrics | undefined;
  for (const row of series) if (!peak || row.maxQueue > peak.maxQueue) peak = row;
  const latencies = [...engine.latencies].sort((a, b) => a - b);
  const working = last?.working ?? engine.working.reduce((a, b) => a + b, 0);
  return {
    source: engine.messages.count > 0 ? engine.messages.origin[0] : -1,
    ticks: series.length,
    working,
    reachable: last?.reachable ?? 0,
    informed: last?.informed ?? 0,
    ticksTo50: ticksToShare(series, 0.5),
    ticksTo90: ticksToShare(series, 0.9),
    ticksTo100: ticksToShare(series, 1),
    sends: total('sends'),
    lost: total('lost'),
    dropped: total('dropped'),
    redundant: total('redundant'),
    maxQueue: peak?.maxQueue ?? 0,
    maxQueueNode: peak && peak.maxQueue > 0 ? peak.maxQueueNode : null,
    believingDistorted: last?.believingDistorted ?? 0,
    largestComponent: working > 0 ? engine.largestGroup() / working : 0,
    delivered: total('delivered'),
    latencyMean: latencies.length ? latencies.reduce((a, b) => a + b, 0) / latencies.length : null,
    latencyP50: percentile(latencies, 0.5),
    latencyP90: percentile(latencies, 0.9),
    ties: engine.ties.count,
    tiesFormed: total('tiesFormed'),
    tiesFaded: total('tiesFaded'),
    tiesRepaired: total('tiesRepaired'),
    promotions: total('promotions'),
  };
}
