import type { EngineOptions, TickCounts } from './engineOptions.ts';
import { fateOf, type Flights, Outcome } from './flights.ts';
import type { Graph } from './graph.ts';
import type { Messages } from './messages.ts';
import type { Random } from './random.ts';
import type { TieGraph } from './ties.ts';
import { MessageTrace } from './trace.ts';

/** What landing a tick's sends reads and calls of one side's engine (`SideEngine`). */
export interface Landing {
  readonly arrivals: Flights;
  readonly graph: Graph;
  readonly ties: TieGraph;
  readonly options: EngineOptions;
  readonly messages: Messages;
  readonly working: Uint8Array;
  readonly counts: TickCounts;
  readonly tick: number;
  readonly channel: Random;
  /** A copy of `m` reaching `to`, as `version`, having taken `hops` hops. */
  deliver(m: number, from: number, to: number, version: number, hops: number): void;
  /** `person` just learned broadcast `m` from `from` (what they know: `known`; `forwards`: see `SideEngine`). */
  learned(m: number, person: number, from: number, known: number, forwards?: number): void;
}

/**
 * Arrive and learn (unless lost or the target is out), in parts and in order: the records of
 * `side`'s arrivals from `first` until about `budget` sends have landed. Returns the record to go
 * on from. A fan-out's sends land one by one, in the order they were sent.
 */
export function landFrom(side: Landing, first: number, budget: number): number {
  const a = side.arrivals;
  const { offsets, ends, neighbors } = side.graph;
  const { loss, distortion, adapt } = side.options;
  const plain = loss === 0 && distortion === 0 && !adapt;
  const tiesKept = a.tiesAt === side.ties.version;
  let landed = 0;
  let i = first;
  for (; i < a.count && landed < budget; i++) {
    const m = a.message[i];
    const from = a.from[i];
    const to = a.to[i];
    if (to >= 0 && plain && side.messages.addressee[m] < 0 && side.working[to]) {
      // A broadcast's single send, delivered (`land` and `deliver` in one). It came along a tie:
      // unless the ties changed since, `from` is in their row and they forward to the rest of it.
      const trace = side.messages.traces[m];
      side.messages.pending[m]--;
      const known = a.hops[i] * 2 + a.version[i];
      if (trace?.receive(to, a.version[i], side.tick, from, a.hops[i]))
        side.learned(m, to, from, known, tiesKept ? ends[to] - offsets[to] - 1 : -1);
      else if (trace) side.counts.redundant++;
      side.messages.release(m);
      a.outcome[i] = Outcome.Delivered;
      landed++;
      continue;
    }
    if (to >= 0) {
      const fate = land(side, m, from, to, a.version[i], a.hops[i]);
      a.outcome[i] = fate & 3;
      a.version[i] = fate >> 2;
      landed++;
      continue;
    }
    const trace = side.messages.traces[m];
    if (plain && trace instanceof MessageTrace && side.messages.addressee[m] < 0) {
      // This fan-out and the ones of the same message right after it, in one go.
      const end = flood(side, trace, m, i, budget - landed);
      landed += flooded;
      i = end - 1;
      continue;
    }
    const via = -2 - to;
    const { version, hops, fates } = a;
    let c = a.base[i];
    for (let k = offsets[from]; k < ends[from]; k++)
      if (neighbors[k] !== via) fates[c++] = land(side, m, from, neighbors[k], version[i], hops[i]);
    landed += c - a.base[i];
  }
  a.revision++;
  return i;
}

/** One send of `m` landing: lost, dropped (the target is out) or delivered. Returns its fate. */
function land(side: Landing, m: number, from: number, to: number, version: number, hops: number) {
  const { loss, distortion, adapt } = side.options;
  const { messages, counts } = side;
  let outcome = Outcome.Delivered;
  messages.pending[m]--;
  if (loss > 0 && side.channel.next() < loss) {
    outcome = Outcome.Lost;
    counts.lost++;
  } else if (!side.working[to]) {
    outcome = Outcome.Dropped;
    counts.dropped++;
  } else {
    if (adapt) side.ties.markUsed(from, to, side.tick);
    if (distortion > 0 && side.channel.next() < distortion) version = 1 - version;
    side.deliver(m, from, to, version, hops);
  }
  messages.release(m);
  return fateOf(outcome, version);
}

/** Sends landed by the last `flood`. */
let flooded = 0;

/**
 * `land` for each send of the fan-outs of broadcast `m` from record `first` on, while the records
 * are fan-outs of `m` and until about `budget` sends landed, when none can be lost or distorted
 * and no tie remembers its use: the same outcomes, with less asked per send. Returns the record
 * to go on from (`flooded`: the sends landed).
 */
function flood(side: Landing, trace: MessageTrace, m: number, first: number, budget: number): number {
  const { offsets, ends, neighbors } = side.graph;
  const { working, counts, tick, messages, arrivals: a } = side;
  const { fates, from: senders, to: targets, message, version: versions, hops: hopses, base } = a;
  let dropped = 0;
  let redundant = 0;
  let landed = 0;
  let i = first;
  try {
  for (; i < a.count && landed < budget && targets[i] < 0 && message[i] === m; i++) {
    const from = senders[i];
    const via = -2 - targets[i];
    const version = versions[i];
    const hops = hopses[i];
    const start = base[i];
    let c = start;
    for (let k = offsets[from]; k < ends[from]; k++) {
      const to = neighbors[k];
      if (to === via) continue;
      if (!working[to]) {
        fates[c++] = fateOf(Outcome.Dropped, version);
        dropped++;
        continue;
      }
      fates[c++] = fateOf(Outcome.Delivered, version);
      // It came along a tie, so `from` is in their row too: they forward to the rest of it.
      if (trace.receive(to, version, tick, from, hops))
        side.learned(m, to, from, hops * 2 + version, ends[to] - offsets[to] - 1);
      else redundant++;
    }
    landed += c - start;
  }
  } finally {
    // Counted once (also when a queue overflows part way); only the last send of these can
    // leave nothing of `m` in flight: released once.
    counts.dropped += dropped;
    counts.redundant += redundant;
    messages.pending[m] -= landed;
    messages.release(m);
  }
  flooded = landed;
  return i;
} // prettier-ignore
