import type { Graph } from './graph.ts';
import type { Messages } from './messages.ts';
import { sample, type Random } from './random.ts';
import { knownBy } from './trace.ts';

/** What a round of gossip reads of one side's engine. */
export interface Gossiping {
  readonly tick: number;
  readonly working: Uint8Array;
  readonly options: { readonly rounds: number };
  /** The people message `m` is meant to reach, on the network as it is now. */
  intendedReach(m: number): Int32Array;
}

/**
 * One tick of push gossip: everyone who learned a message before this tick, and whose rounds
 * (`options.rounds` ticks from first hearing) are not over, calls `tell` once for it — if they
 * are working. Unlimited rounds end once everyone the message can reach has heard it.
 */
export function gossipRound(
  side: Gossiping,
  messages: Messages,
  tell: (m: number, person: number, known: number) => void,
): void {
  const { tick, working, options } = side;
  for (let m = 0; m < messages.gossipers.length; m++) {
    const list = messages.gossipers[m];
    if (list.length === 0) continue;
    const trace = messages.traces[m];
    if (options.rounds === Infinity && (!trace || trace.heardAll(side.intendedReach(m)))) {
      list.length = 0;
      continue;
    }
    let keep = 0;
    for (const person of list) {
      if (!trace || tick - trace.tickOf(person) >= options.rounds) continue;
      list[keep++] = person;
      if (trace.tickOf(person) < tick && working[person]) tell(m, person, knownBy(trace, person));
    }
    list.length = keep;
  }
}

/** Push gossip's choice: `fanout` distinct contacts of `person`, drawn uniformly, each passed to `visit`. */
export function eachPick(
  graph: Graph,
  person: number,
  fanout: number,
  random: Random,
  visit: (to: number) => void,
): void {
  const { offsets, ends, neighbors } = graph;
  const start = offsets[person];
  const deg = ends[person] - start;
  const picks = Math.min(fanout, deg);
  if (picks === deg) {
    for (let k = 0; k < deg; k++) visit(neighbors[start + k]);
    return;
  }
  for (const k of sample(picks, deg, random)) visit(neighbors[start + k]);
}
