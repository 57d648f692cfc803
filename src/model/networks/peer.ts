import { csrGraph, EdgeList } from '../graph.ts';
import { shuffle, type Random } from '../random.ts';
import type { Network } from './network.ts';

/**
 * Watts–Strogatz: a ring where everyone knows ⌊degree/2⌋ neighbours on each
 * side; each tie is then rewired, with probability `rewire`, to a uniformly
 * chosen person it is not yet tied to.
 */
export function smallWorld(n: number, degree: number, rewire: number, random: Random): Network {
  const half = Math.max(1, Math.min(Math.floor(degree / 2), Math.floor((n - 1) / 2)));
  const ties: Array<Set<number>> = Array.from({ length: n }, () => new Set<number>());
  const link = (u: number, v: number) => {
    ties[u].add(v);
    ties[v].add(u);
  };
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) link(u, (u + j) % n);
  }
  for (let j = 1; j <= half; j++) {
    for (let u = 0; u < n; u++) {
      if (random.next() >= rewire) continue;
      const v = (u + j) % n;
      if (!ties[u].has(v) || ties[u].size >= n - 1) continue;
      let w = random.int(n);
      while (w === u || ties[u].has(w)) w = random.int(n);
      ties[u].delete(v);
      ties[v].delete(u);
      link(u, w);
    }
  }
  const edges = new EdgeList(n);
  ties.forEach((set, u) => set.forEach((v) => u < v && edges.add(u, v)));
  return { graph: edges.build(), kind: 'small-world' };
}

/**
 * Node communities (a planted partition): `communities` groups of
 * consecutive ids. Inside a group, people are first joined in a shuffled ring
 * (so every group hangs together), then further inside ties are drawn until the
 * mean degree inside is about 90 % of `degree`. The rest are bridges between
 * groups — at least one from each group to the next, so the whole is connected.
 */
export function communityNetwork(
  n: number,
  degree: number,
  communities: number,
  random: Random,
): Network {
  const groups = Math.max(1, Math.min(communities, n));
  const group = new Int32Array(n);
  for (let i = 0; i < n; i++) group[i] = Math.floor((i * groups) / n);
  return groupNetwork(group, groups, degree, random, 'communities');
}

/**
 * Peers in given groups (communities, or an imported org's teams): dense
 * inside each group, a few bridges between groups, `degree` ties per person
 * on average, and connected. `group[i]` runs 0 … groups − 1.
 */
export function groupNetwork(
  group: Int32Array,
  groups: number,
  degree: number,
  random: Random,
  kind: string,
  /** When the groups are too small to hold `degree` ties inside, add bridges up to about n·degree/2 ties. */
  fill = false,
): Network {
  const n = group.length;
  const members: number[][] = Array.from({ length: groups }, () => []);
  for (let i = 0; i < n; i++) members[group[i]].push(i);
  const edges = new EdgeList(n);
  const outsideDegree = groups > 1 ? Math.max(0.5, degree * 0.1) : 0;
  for (const list of members) {
    const size = list.length;
    if (size < 2) continue;
    const ring = shuffle(list.slice(), random);
    const ringTies = size === 2 ? 1 : size;
    for (let k = 0; k < ringTies; k++) edges.add(ring[k], ring[(k + 1) % size]);
    const pairs = (size * (size - 1)) / 2;
    const wanted = Math.min(pairs, Math.round(((degree - outsideDegree) * size) / 2));
    const p = pairs > ringTies ? Math.max(0, (wanted - ringTies) / (pairs - ringTies)) : 0;
    for (let a = 0; a < size; a++) {
      for (let b = a + 1; b < size; b++) {
        if (random.next() < p) edges.add(list[a], list[b]);
      }
    }
  }
  if (groups > 1) {
    for (let g = 0; g < groups; g++) {
      const h = (g + 1) % groups;
      if (groups === 2 && g === 1) break;
      edges.add(pick(members[g], random), pick(members[h], random));
    }
    let bridges = Math.max(0, Math.round((outsideDegree * n) / 2) - groups);
    if (fill) bridges = Math.max(bridges, Math.round((degree * n) / 2) - edges.length);
    for (let k = 0; k < bridges; k++) {
      const u = random.int(n);
      const v = random.int(n);
      if (group[u] !== group[v]) edges.add(u, v);
    }
  }
  return { graph: edges.build(), kind, group };
}

function pick(list: number[], random: Random): number {
  return list[random.int(list.length)];
}

/**
 * Erdős–Rényi G(n, p) with p = degree / (n − 1). Pairs are visited with
 * geometric skips (Batagelj & Brandes 2005), so large sparse graphs cost
 * O(n + edges), not O(n²).
 */
export function randomNetwork(n: number, degree: number, random: Random): Network {
  const p = Math.min(1, degree / Math.max(1, n - 1));
  const edges = new EdgeList(n);
  if (p >= 1) return completeNetwork(n);
  if (p > 0) {
    const logQ = Math.log(1 - p);
    let v = 1;
    let w = -1;
    while (v < n) {
      w += 1 + Math.floor(Math.log(1 - random.next()) / logQ);
      while (w >= v && v < n) {
        w -= v;
        v++;
      }
      if (v < n) edges.add(v, w);
    }
  }
  return { graph: edges.build(), kind: 'random' };
}

/**
 * Barabási–Albert: start from m + 1 people who all know each other, then each
 * newcomer ties to m distinct people picked in proportion to their degree,
 * with m = max(1, ⌊degree/2⌋).
 */
export function scaleFree(n: number, degree: number, random: Random): Network {
  const m = Math.max(1, Math.min(Math.floor(degree / 2), n - 1));
  const edges = new EdgeList(n);
  // Each tie adds both its ends here, so a uniform pick is a degree-weighted pick.
  const ends: number[] = [];
  const core = Math.min(n, m + 1);
  for (let u = 0; u < core; u++) {
    for (let v = u + 1; v < core; v++) {
      edges.add(u, v);
      ends.push(u, v);
    }
  }
  const chosen = new Set<number>();
  for (let u = core; u < n; u++) {
    chosen.clear();
    while (chosen.size < m) chosen.add(ends[random.int(ends.length)]);
    for (const v of [...chosen].sort((a, b) => a - b)) {
      edges.add(u, v);
      ends.push(u, v);
    }
  }
  return { graph: edges.build(), kind: 'scale-free' };
}

/** Everyone knows everyone: the all-channel network. */
export function completeNetwork(n: number): Network {
  const offsets = new Int32Array(n + 1);
  const neighbors = new Int32Array(n * (n - 1));
  let k = 0;
  for (let u = 0; u < n; u++) {
    offsets[u] = k;
    for (let v = 0; v < n; v++) if (v !== u) neighbors[k++] = v;
  }
  offsets[n] = k;
  return { graph: csrGraph(n, offsets, neighbors), kind: 'complete' };
}
