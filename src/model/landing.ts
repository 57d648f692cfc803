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
  let landed = 0;
  let i = first;
  for (; i < a.count && landed < budget; i++) {
    const m = a.message[i];
    const from = a.from[i];
    const to = a.to[i];
    if (to >= 0) {
      const fate = land(side, m, from, to, a.version[i], a.hops[i]);
      a.outcome[i] = fate & 3;
      a.version[i] = fate >> 2;
      landed++;
      continue;
    }
    const via = -2 - to;
    const { version, hops, fates } = a;
    let c = a.base[i];
    const trace = side.messages.traces[m];
    if (plain && trace instanceof MessageTrace && side.messages.addressee[m] < 0) {
      c = flood(side, trace, m, from, via, version[i], hops[i], c);
    } else
      for (let k = offsets[from]; k < ends[from]; k++)
        if (neighbors[k] !== via)
          fates[c++] = land(side, m, from, neighbors[k], version[i], hops[i]);
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

/**
 * `land` for each send of a fan-out of broadcast `m` when none can be lost or distorted and no
 * tie remembers its use: the same outcomes, with less asked per send.
 */
function flood(side: Landing, trace: MessageTrace, m: number, from: number, via: number, version: number, hops: number, c: number): number {
  const { offsets, ends, neighbors } = side.graph;
  const { working, counts, tick, messages } = side;
  const fates = side.arrivals.fates;
  const start = c;
  for (let k = offsets[from]; k < ends[from]; k++) {
    const to = neighbors[k];
    if (to === via) continue;
    if (!working[to]) {
      fates[c++] = fateOf(Outcome.Dropped, version);
      counts.dropped++;
      continue;
    }
    fates[c++] = fateOf(Outcome.Delivered, version);
    // It came along a tie, so `from` is in their row too: they forward to the rest of it.
    if (trace.receive(to, version, tick, from, hops))
      side.learned(m, to, from, hops * 2 + version, ends[to] - offsets[to] - 1);
    else counts.redundant++;
  }
  // Only the last send of a fan-out can leave nothing of `m` in flight: released once.
  messages.pending[m] -= c - start;
  messages.release(m);
  return c;
} // prettier-ignore
