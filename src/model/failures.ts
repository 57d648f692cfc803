import { betweenness } from './analysis.ts';
import { degree, type Graph } from './graph.ts';
import type { FailureKind } from './params.ts';
import { shuffle, type Random } from './random.ts';

const intact = new WeakMap<Graph, Float64Array>();

/**
 * Each person's betweenness in the intact network (rounded, so the order does not hang on the
 * last bits), worked out once per graph: a reset or a scrub back does not search again, and scores
 * worked out elsewhere (a worker) can be handed in with `rememberBetweenness`.
 */
export function intactBetweenness(graph: Graph): Float64Array {
  let scores = intact.get(graph);
  if (!scores) {
    scores = betweenness(graph).map((b) => Math.round(b * 1e6) / 1e6);
    intact.set(graph, scores);
  }
  return scores;
}

export function rememberBetweenness(graph: Graph, scores: Float64Array): void {
  intact.set(graph, scores);
}

/**
 * Who is out before the run: `share` of the people, never the source.
 * `random` draws them (the same people on both sides, given the same stream);
 * `targeted` takes the best connected first and `central` the most in-between
 * first, each in the intact network, ties to the lower id.
 */
export function chooseFailures(
  graph: Graph,
  share: number,
  kind: FailureKind,
  source: number,
  random: Random,
): Uint8Array {
  const n = graph.n;
  const failed = new Uint8Array(n);
  const count = Math.min(n - 1, Math.round(share * n));
  if (count <= 0) return failed;
  const candidates = Int32Array.from({ length: n }, (_, i) => i).filter((i) => i !== source);
  let order: Int32Array;
  if (kind === 'random') order = shuffle(candidates, random);
  else {
    const score =
      kind === 'targeted'
        ? Float64Array.from({ length: n }, (_, i) => degree(graph, i))
        : intactBetweenness(graph);
    order = candidates.sort((a, b) => score[b] - score[a] || a - b);
  }
  for (let k = 0; k < count; k++) failed[order[k]] = 1;
  return failed;
}

/**
 * The `count` working people who matter most right now (never `keep`): by ties to working people,
 * or by betweenness over the working network, ties to the lower id.
 */
export function mostImportant(
  graph: Graph,
  working: Uint8Array,
  count: number,
  by: 'ties' | 'between',
  keep: number,
): number[] {
  const n = graph.n;
  let score: Float64Array;
  if (by === 'ties') {
    score = new Float64Array(n);
    for (let v = 0; v < n; v++)
      for (let k = graph.offsets[v]; k < graph.ends[v]; k++)
        score[v] += working[graph.neighbors[k]];
  } else score = betweenness(graph, working).map((b) => Math.round(b * 1e6) / 1e6);
  const candidates: number[] = [];
  for (let v = 0; v < n; v++) if (working[v] && v !== keep) candidates.push(v);
  candidates.sort((a, b) => score[b] - score[a] || a - b);
  return candidates.slice(0, count);
}
