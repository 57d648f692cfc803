import { EdgeList, edgesOf } from '../graph.ts';
import type { Random } from '../random.ts';
import type { Network } from './network.ts';

/** How many informal ties a hierarchy of `people` can take: every pair not already tied. */
export function crossTieRoom(people: number): number {
  return (people * (people - 1)) / 2 - (people - 1);
}

/** Is u–v a reporting line (one manages the other)? Anything else in a hierarchy is informal. */
export function isReportingLine(manager: Int32Array, u: number, v: number): boolean {
  return manager[v] === u || manager[u] === v;
}

/**
 * A hierarchy with `m` informal ties added between people drawn uniformly at random: no
 * self-ties, no duplicates, none along a reporting line (Dodds, Watts & Sabel's "multiscale"
 * organization). The reporting lines, levels and kind stay as they were.
 */
export function withCrossTies(network: Network, m: number, random: Random): Network {
  const { graph } = network;
  const n = graph.n;
  const count = Math.min(m, crossTieRoom(n));
  if (count <= 0) return network;
  const tied = new Set<number>();
  const key = (u: number, v: number) => (u < v ? u * n + v : v * n + u);
  for (const [u, v] of edgesOf(graph)) tied.add(key(u, v));
  const edges = new EdgeList(n);
  for (const [u, v] of edgesOf(graph)) edges.add(u, v);
  if (count > crossTieRoom(n) / 2) {
    // Dense: shuffle every free pair and take the first `count` (rejection would crawl).
    const free: Array<[number, number]> = [];
    for (let u = 0; u < n; u++)
      for (let v = u + 1; v < n; v++) if (!tied.has(key(u, v))) free.push([u, v]);
    for (let i = 0; i < count; i++) {
      const j = i + random.int(free.length - i);
      [free[i], free[j]] = [free[j], free[i]];
      edges.add(free[i][0], free[i][1]);
    }
  } else {
    let added = 0;
    while (added < count) {
      const u = random.int(n);
      const v = random.int(n);
      if (u === v || tied.has(key(u, v))) continue;
      tied.add(key(u, v));
      edges.add(u, v);
      added++;
    }
  }
  return { ...network, graph: edges.build() };
}
