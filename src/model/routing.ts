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

  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
  ) {}

  /** Call whenever someone fails or is restored. */
  invalidate(): void {
    this.tables.clear();
  }

  /** The next person on the way from `from` to `to`, or -1 if there is no way. */
  nextHop(from: number, to: number): number {
    if (!this.working[to]) return -1;
    const dist = this.distancesTo(to);
    const d = dist[from];
    if (d <= 0) return -1;
    const { offsets, neighbors } = this.graph;
    for (let k = offsets[from]; k < offsets[from + 1]; k++) {
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
