import { bfsDistances } from './analysis.ts';
import type { Graph } from './graph.ts';

/** Cached distance tables stop growing past this many entries in all (about 32 MB). */
const CACHE_LIMIT = 1 << 23;

/**
 * Shortest-path routing for requests: the next hop from a person toward an
 * addressee is the lowest-id working neighbour one step closer. Distances are
 * computed once per addressee on the current working network and forgotten
 * when anyone fails or comes back, so routes heal around failures wherever
 * the structure leaves another way (on a tree it never does).
 */
export class Router {
  private tables = new Map<number, Int32Array>();
  private queue = new Int32Array(0);

  /** `graph` may change its ties; tell the router through `tieAdded` and `tieDropped`. */
  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
  ) {}

  /** Call whenever someone fails or is restored (the tables forget everything). */
  invalidate(): void {
    this.tables.clear();
  }

  /**
   * A tie u–v formed: every cached table where it is a shortcut lowers the distances behind it
   * (a search from the nearer end over just the people who get closer), so a table stays exact
   * without being computed again.
   */
  tieAdded(u: number, v: number): void {
    if (!this.working[u] || !this.working[v]) return;
    for (const dist of this.tables.values()) {
      const du = dist[u];
      const dv = dist[v];
      if (du >= 0 && (dv < 0 || dv > du + 1)) this.lower(dist, v, du + 1);
      else if (dv >= 0 && (du < 0 || du > dv + 1)) this.lower(dist, u, dv + 1);
    }
  }

  /**
   * A tie u–v went: a table changes only if the farther end used it as its one way closer; such
   * tables are forgotten and computed again when next needed.
   */
  tieDropped(u: number, v: number): void {
    const { offsets, ends, neighbors } = this.graph;
    for (const [to, dist] of this.tables) {
      const du = dist[u];
      const dv = dist[v];
      if (du < 0 || dv < 0 || Math.abs(du - dv) !== 1) continue;
      const far = du > dv ? u : v;
      let other = false;
      for (let k = offsets[far]; k < ends[far] && !other; k++) {
        const w = neighbors[k];
        other = dist[w] === dist[far] - 1 && this.working[w] === 1;
      }
      if (!other) this.tables.delete(to);
    }
  }

  /** Sets dist[start] = d and passes the improvement on, breadth first, through working people. */
  private lower(dist: Int32Array, start: number, d: number): void {
    const { offsets, ends, neighbors } = this.graph;
    const queue =
      this.queue.length >= this.graph.n ? this.queue : (this.queue = new Int32Array(this.graph.n));
    let head = 0;
    let tail = 0;
    dist[start] = d;
    queue[tail++] = start;
    while (head < tail) {
      const x = queue[head++];
      const next = dist[x] + 1;
      for (let k = offsets[x]; k < ends[x]; k++) {
        const w = neighbors[k];
        if (this.working[w] && (dist[w] < 0 || dist[w] > next)) {
          dist[w] = next;
          queue[tail++] = w;
        }
      }
    }
  }

  /** The next person on the way from `from` to `to`, or -1 if there is no way. */
  nextHop(from: number, to: number): number {
    if (!this.working[to]) return -1;
    const dist = this.distancesTo(to);
    const d = dist[from];
    if (d <= 0) return -1;
    const { offsets, ends, neighbors } = this.graph;
    for (let k = offsets[from]; k < ends[from]; k++) {
      const v = neighbors[k];
      if (dist[v] === d - 1 && this.working[v]) return v;
    }
    return -1;
  }

  /** The whole route from `from` to `to` (both included), or [] if there is none. */
  route(from: number, to: number): number[] {
    if (from === to) return [from];
    const path = [from];
    let u = from;
    while (u !== to) {
      u = this.nextHop(u, to);
      if (u < 0) return [];
      path.push(u);
    }
    return path;
  }

  private distancesTo(to: number): Int32Array {
    let dist = this.tables.get(to);
    if (!dist) {
      if ((this.tables.size + 1) * this.graph.n > CACHE_LIMIT) this.tables.clear();
      dist = bfsDistances(this.graph, to, this.working);
      this.tables.set(to, dist);
    }
    return dist;
  }
}
