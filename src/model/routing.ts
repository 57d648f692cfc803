import { bfsDistances } from './analysis.ts';
import type { Graph } from './graph.ts';

/** Cached distance tables stop growing past this many entries in all (about 32 MB). */
export const CACHE_LIMIT = 1 << 23;
/** Ticks a table may go unread and still be kept up to date when ties change (else it is dropped). */
const KEEP_UNREAD = 4;
/** Remembered next hops stop growing past this many (they are forgotten and found again). */
const HOPS_LIMIT = 1 << 22;

/**
 * Shortest-path routing for requests: the next hop from a person toward an
 * addressee is the lowest-id working neighbour one step closer. Distances are
 * computed once per addressee on the current working network and forgotten
 * when anyone fails or comes back, so routes heal around failures wherever
 * the structure leaves another way (on a tree it never does).
 */
export class Router {
  private tables = new Map<number, Int32Array>();
  /**
   * Next hops along the routes worked out since the network last changed, by from · n + to: a
   * request's whole route is read from its addressee's table once, so the table may be dropped
   * while the request is still under way without being built again.
   */
  private hops = new Map<number, number>();
  /** The tick each table was last read; a change of ties keeps up only tables read lately. */
  private lastRead = new Map<number, number>();
  /** The tick now (the engine sets it), for `lastRead`. */
  now = 0;
  /** Distance tables built so far (what the page's budget estimates). */
  built = 0;
  private swept = -1;
  private queue = new Int32Array(0);
  private order = new Int32Array(0);
  private cut = new Uint8Array(0);

  /** `graph` may change its ties; tell the router through `tieAdded` and `tieDropped`. */
  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
  ) {}

  /** Call whenever someone fails or is restored (the tables forget everything). */
  invalidate(): void {
    this.tables.clear();
    this.lastRead.clear();
    this.hops.clear();
  }

  /** Tables not read for a few ticks are forgotten rather than kept up to date through a change. */
  private current(): IterableIterator<Int32Array> {
    if (this.swept === this.now) return this.tables.values();
    this.swept = this.now;
    for (const [to, tick] of this.lastRead) {
      if (this.now - tick > KEEP_UNREAD) {
        this.tables.delete(to);
        this.lastRead.delete(to);
      }
    }
    return this.tables.values();
  }

  /**
   * A tie u–v formed: every cached table where it is a shortcut lowers the distances behind it
   * (a search from the nearer end over just the people who get closer), so a table stays exact
   * without being computed again.
   */
  tieAdded(u: number, v: number): void {
    this.hops.clear();
    if (!this.working[u] || !this.working[v]) return;
    for (const dist of this.current()) {
      const du = dist[u];
      const dv = dist[v];
      if (du >= 0 && (dv < 0 || dv > du + 1)) this.lower(dist, v, du + 1);
      else if (dv >= 0 && (du < 0 || du > dv + 1)) this.lower(dist, u, dv + 1);
    }
  }

  /**
   * A tie u–v went: a table changes only where the farther end used it as its one way closer.
   * Then just the people whose every shortest way ran through it get new distances (Ramalingam
   * & Reps' repair for one deleted edge), and the rest of the table stands.
   */
  tieDropped(u: number, v: number): void {
    this.hops.clear();
    for (const dist of this.current()) {
      const du = dist[u];
      const dv = dist[v];
      if (du < 0 || dv < 0 || Math.abs(du - dv) !== 1) continue;
      const far = du > dv ? u : v;
      if (!this.hasParent(dist, far)) this.raise(dist, far);
    }
  }

  /** Has `x` a working neighbour one step closer that is not marked as cut off? */
  private hasParent(dist: Int32Array, x: number): boolean {
    const { offsets, ends, neighbors } = this.graph;
    const { cut, working } = this;
    for (let k = offsets[x]; k < ends[x]; k++) {
      const w = neighbors[k];
      if (dist[w] === dist[x] - 1 && !cut[w] && (working[w] || dist[w] === 0)) return true;
    }
    return false;
  }

  /**
   * `start` lost its last way closer. Finds everyone who loses theirs as a result (layer by layer,
   * so a person is judged once all their closer neighbours are), then gives them their distances
   * again from the unaffected people around them, nearest first.
   */
  private raise(dist: Int32Array, start: number): void {
    const { offsets, ends, neighbors } = this.graph;
    const { working } = this;
    const n = this.graph.n;
    if (this.cut.length < n) {
      this.cut = new Uint8Array(n);
      this.queue = new Int32Array(n);
      this.order = new Int32Array(n);
    }
    const { cut, queue, order } = this;
    let count = 0;
    cut[start] = 1;
    queue[count++] = start;
    for (let head = 0; head < count; head++) {
      const x = queue[head];
      for (let k = offsets[x]; k < ends[x]; k++) {
        const y = neighbors[k];
        if (cut[y] || !working[y] || dist[y] !== dist[x] + 1) continue;
        if (!this.hasParent(dist, y)) {
          cut[y] = 1;
          queue[count++] = y;
        }
      }
    }
    // New distances: each cut person starts from their best unaffected neighbour; then a search
    // in order of distance (a sorted list merged with a first-in-first-out queue of relaxations).
    const candidates: number[] = [];
    for (let i = 0; i < count; i++) {
      const x = queue[i];
      let best = -1;
      for (let k = offsets[x]; k < ends[x]; k++) {
        const w = neighbors[k];
        if (
          !cut[w] &&
          dist[w] >= 0 &&
          (working[w] || dist[w] === 0) &&
          (best < 0 || dist[w] + 1 < best)
        )
          best = dist[w] + 1;
      }
      dist[x] = -1;
      if (best > 0) candidates.push(best * n + x);
    }
    candidates.sort((a, b) => a - b);
    let next = 0;
    let head = 0;
    let tail = 0;
    while (next < candidates.length || head < tail) {
      let x: number;
      let d: number;
      const fromList = next < candidates.length ? Math.floor(candidates[next] / n) : Infinity;
      if (head < tail && dist[order[head]] <= fromList) {
        x = order[head++];
        d = dist[x];
        if (!cut[x]) continue;
      } else {
        x = candidates[next++] % n;
        d = fromList;
        if (!cut[x]) continue;
        dist[x] = d;
      }
      cut[x] = 0;
      for (let k = offsets[x]; k < ends[x]; k++) {
        const y = neighbors[k];
        if (cut[y] && working[y] && (dist[y] < 0 || dist[y] > d + 1)) {
          dist[y] = d + 1;
          order[tail++] = y;
        }
      }
    }
    for (let i = 0; i < count; i++) cut[queue[i]] = 0;
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
    const n = this.graph.n;
    const known = this.hops.get(from * n + to);
    if (known !== undefined) return known;
    if (this.hops.size > HOPS_LIMIT) this.hops.clear();
    // The whole way on from here, remembered hop by hop (each hop as it would be found there).
    const dist = this.distancesTo(to);
    const first = this.closer(dist, from);
    this.hops.set(from * n + to, first);
    for (let u = first; u >= 0 && u !== to && !this.hops.has(u * n + to);) {
      const next = this.closer(dist, u);
      this.hops.set(u * n + to, next);
      u = next;
    }
    return first;
  }

  /** The lowest-id working neighbour of `from` one step closer by `dist`, or -1. */
  private closer(dist: Int32Array, from: number): number {
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

  /**
   * Full: the tables read longest ago go until a quarter of the room is free (a table read this
   * tick goes last). Dropping them all instead, as before, rebuilt every live addressee's table
   * each tick once more requests were under way than the room holds.
   */
  private evict(): void {
    const byAge = [...this.lastRead].filter(([to]) => this.tables.has(to));
    byAge.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
    const keep = Math.floor((0.75 * CACHE_LIMIT) / this.graph.n);
    for (let i = 0; i < byAge.length - keep; i++) {
      this.tables.delete(byAge[i][0]);
      this.lastRead.delete(byAge[i][0]);
    }
  }

  private distancesTo(to: number): Int32Array {
    this.lastRead.set(to, this.now);
    let dist = this.tables.get(to);
    if (!dist) {
      if ((this.tables.size + 1) * this.graph.n > CACHE_LIMIT) this.evict();
      dist = bfsDistances(this.graph, to, this.working);
      this.built++;
      this.tables.set(to, dist);
    }
    return dist;
  }
}
