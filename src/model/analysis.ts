import type { Graph } from './graph.ts';

/** Which people can take part; `undefined` means everyone. */
export type Working = Uint8Array | undefined;

const isUp = (working: Working, v: number) => working === undefined || working[v] === 1;

/**
 * Hop distance from `source` to everyone through working people (-1 where
 * unreachable). The source itself is always at 0.
 */
export function bfsDistances(graph: Graph, source: number, working?: Working): Int32Array {
  const dist = new Int32Array(graph.n).fill(-1);
  const queue = new Int32Array(graph.n);
  let head = 0;
  let tail = 0;
  dist[source] = 0;
  queue[tail++] = source;
  while (head < tail) {
    const u = queue[head++];
    for (let k = graph.offsets[u]; k < graph.ends[u]; k++) {
      const v = graph.neighbors[k];
      if (dist[v] < 0 && isUp(working, v)) {
        dist[v] = dist[u] + 1;
        queue[tail++] = v;
      }
    }
  }
  return dist;
}

/** How many people are at each hop distance from `source` (layer 0 is the source). */
export function bfsLayerSizes(graph: Graph, source: number, working?: Working): number[] {
  const sizes: number[] = [];
  for (const d of bfsDistances(graph, source, working)) {
    if (d >= 0) sizes[d] = (sizes[d] ?? 0) + 1;
  }
  return sizes;
}

/** The largest hop distance from `source` to anyone it can reach. */
export function eccentricity(graph: Graph, source: number, working?: Working): number {
  let max = 0;
  for (const d of bfsDistances(graph, source, working)) if (d > max) max = d;
  return max;
}

/**
 * Connected groups of working people: `label[v]` is v's component (-1 for
 * people who are out) and `sizes[c]` the size of component c.
 */
export function components(
  graph: Graph,
  working?: Working,
): { label: Int32Array; sizes: number[] } {
  const search = new ComponentSearch(graph, working);
  search.step();
  return search;
}

/**
 * `components` as a search that can stop and go on (`step`): a big network's groups are found
 * over several parts of a tick. The groups found are the same however it is split.
 */
export class ComponentSearch {
  readonly label: Int32Array;
  readonly sizes: number[] = [];
  private readonly stack: Int32Array;
  private top = 0;
  /** Where to look next for someone in no group yet. */
  private next = 0;

  constructor(
    private readonly graph: Graph,
    private readonly working?: Working,
  ) {
    this.label = new Int32Array(graph.n).fill(-1);
    this.stack = new Int32Array(graph.n);
  }

  /** Searches on through about `budget` more people; true once every group is found. */
  step(budget = Infinity): boolean {
    const { graph, working, label, stack, sizes } = this;
    const { offsets, ends, neighbors, n } = graph;
    let top = this.top;
    let visited = 0;
    for (;;) {
      if (top === 0) {
        let s = this.next;
        while (s < n && (label[s] >= 0 || !isUp(working, s))) s++;
        this.next = s;
        if (s === n) return true;
        if (visited >= budget) return false;
        label[s] = sizes.length;
        sizes.push(0);
        stack[top++] = s;
      }
      const c = sizes.length - 1;
      let size = sizes[c];
      while (top > 0 && visited < budget) {
        const u = stack[--top];
        size++;
        visited++;
        for (let k = offsets[u]; k < ends[u]; k++) {
          const v = neighbors[k];
          if (label[v] < 0 && isUp(working, v)) {
            label[v] = c;
            stack[top++] = v;
          }
        }
      }
      sizes[c] = size;
      this.top = top;
      if (top > 0) return false;
    }
  }
}

export function largestComponentSize(graph: Graph, working?: Working): number {
  return components(graph, working).sizes.reduce((a, b) => Math.max(a, b), 0);
}

/**
 * Betweenness of every person over ordered pairs (Brandes 2001): the number
 * of shortest paths between other people that pass through them, with paths
 * of equal length sharing the credit. Endpoints are not counted.
 */
export function betweenness(graph: Graph, working?: Working): Float64Array {
  const { n, offsets, ends, neighbors } = graph;
  const result = new Float64Array(n);
  const sigma = new Float64Array(n);
  const dist = new Int32Array(n);
  const delta = new Float64Array(n);
  const order = new Int32Array(n);
  for (let s = 0; s < n; s++) {
    if (!isUp(working, s)) continue;
    sigma.fill(0);
    dist.fill(-1);
    delta.fill(0);
    sigma[s] = 1;
    dist[s] = 0;
    let head = 0;
    let tail = 0;
    order[tail++] = s;
    while (head < tail) {
      const u = order[head++];
      for (let k = offsets[u]; k < ends[u]; k++) {
        const v = neighbors[k];
        if (!isUp(working, v)) continue;
        if (dist[v] < 0) {
          dist[v] = dist[u] + 1;
          order[tail++] = v;
        }
        if (dist[v] === dist[u] + 1) sigma[v] += sigma[u];
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i];
      for (let k = offsets[w]; k < ends[w]; k++) {
        const v = neighbors[k];
        if (dist[v] === dist[w] - 1) delta[v] += (sigma[v] / sigma[w]) * (1 + delta[w]);
      }
      result[w] += delta[w];
    }
  }
  return result;
}

/** Working people reachable from `origin` — the origin always counts, even if it is out. */
export function reachableFrom(graph: Graph, origin: number, working?: Working): Int32Array {
  const dist = bfsDistances(graph, origin, working);
  let count = 0;
  for (let v = 0; v < graph.n; v++) if (dist[v] >= 0) count++;
  const members = new Int32Array(count);
  count = 0;
  for (let v = 0; v < graph.n; v++) if (dist[v] >= 0) members[count++] = v;
  return members;
}

/**
 * The load (new requests per person per tick) below which shortest-path
 * traffic flows freely (Arenas, Díaz-Guilera & Guimerà 2001):
 * capacity·(N−1)/(N−1+B_max), with B_max the largest betweenness.
 */
export function congestionThreshold(graph: Graph, capacity: number): number {
  const n = graph.n;
  const bMax = betweenness(graph).reduce((a, b) => Math.max(a, b), 0);
  return (capacity * (n - 1)) / (n - 1 + bMax);
}
