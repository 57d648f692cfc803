import type { Graph } from './graph.ts';

/** Remembered next hops stop growing past this many (they are forgotten and found again). */
const HOPS_LIMIT = 1 << 22;
/** Requests' routes likewise (one is left behind by each request lost on the way). */
const ROUTES_LIMIT = 1 << 20;

/** A request's route as found, and where on it the request is. */
interface Route {
  path: number[];
  at: number;
}

/**
 * Shortest-path routing for requests: the next hop from a person toward an addressee is the
 * lowest-id working neighbour one step closer (the first such in their row of ties), over the
 * working network as it is now. Routes heal around failures wherever the structure leaves
 * another way (on a tree it never does).
 *
 * A request's whole route is found at once, by a search from both ends that stops where they
 * meet: in a network of 10,000 people that looks at a few hundred of them, where a search over
 * everyone (a distance table per addressee, as before) looked at all of them, and a busy run
 * needs one per request. The hops found are remembered until the network changes.
 */
export class Router {
  /** Next hops along the routes found since the network last changed, by from · n + to. */
  private hops = new Map<number, number>();
  /** Each request's route, by message, while it is under way and the network stands. */
  private routes = new Map<number, Route>();
  /** Searches made so far (what the page's budget estimates). */
  built = 0;
  /** People the searches have looked at, all told (a tick worked out in parts ends a part on it). */
  searched = 0;
  /** Made at the first search (a side that carries no requests never needs its arrays). */
  private search: MeetInMiddle | null = null;

  /** `graph` may change its ties; tell the router through `tieAdded` and `tieDropped`. */
  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
  ) {}

  /** Call whenever someone fails or is restored. */
  invalidate(): void {
    this.hops.clear();
    this.routes.clear();
  }

  /** A tie u–v formed: routes found before may no longer be shortest. */
  tieAdded(_u: number, _v: number): void {
    this.invalidate();
  }

  /** A tie u–v went. */
  tieDropped(_u: number, _v: number): void {
    this.invalidate();
  }

  /**
   * `nextHop(from, to)` for request `m`, which is at `from`: its route is found once and followed
   * hop by hop while the network stands (the same hops, without asking for each).
   */
  nextHopOf(m: number, from: number, to: number): number {
    const route = this.routes.get(m);
    if (route !== undefined && route.path[route.at] === from) {
      const next = route.path[++route.at];
      if (route.at === route.path.length - 1) this.routes.delete(m);
      return next;
    }
    if (!this.working[to]) return -1;
    const path = this.find(from, to);
    if (path.length === 0) return -1;
    if (path.length > 2) {
      if (this.routes.size >= ROUTES_LIMIT) this.routes.clear();
      this.routes.set(m, { path, at: 1 });
    }
    return path[1];
  }

  /** The next person on the way from `from` to `to`, or -1 if there is no way. */
  nextHop(from: number, to: number): number {
    if (!this.working[to]) return -1;
    const n = this.graph.n;
    const known = this.hops.get(from * n + to);
    if (known !== undefined) return known;
    if (this.hops.size > HOPS_LIMIT) this.hops.clear();
    // The whole way on from here, remembered hop by hop (each hop as it would be found there).
    const path = this.find(from, to);
    if (path.length === 0) {
      this.hops.set(from * n + to, -1);
      return -1;
    }
    for (let i = 0; i + 1 < path.length; i++) this.hops.set(path[i] * n + to, path[i + 1]);
    return path[1];
  }

  private find(from: number, to: number): number[] {
    const search = (this.search ??= new MeetInMiddle(this.graph, this.working));
    const path = search.path(from, to);
    this.built++;
    this.searched += search.looked;
    return path;
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
}

/**
 * The route from s to t by the rule above, from two breadth-first searches over working people,
 * one from each end, each a layer at a time (the smaller frontier goes next) until they meet.
 * Then d = a + b, with every distance from s up to a and to t up to b known exactly. A neighbour v
 * of a person u, i hops from s on the route, is one step closer to t exactly when it lies on a
 * shortest s–t path i + 1 hops from s: past the middle that is "b-distance d − i − 1"; before it,
 * "on a shortest path", marked from the middle back toward s layer by layer.
 */
class MeetInMiddle {
  /** Distance from s (forward) and to t (backward), valid where the stamp is this search's. */
  private readonly fd: Int32Array;
  private readonly bd: Int32Array;
  private readonly fStamp: Int32Array;
  private readonly bStamp: Int32Array;
  /** Forward people on a shortest path (this search's stamp). */
  private readonly onPath: Int32Array;
  /** People in the order each search reached them; `fLayer[i]` is where forward layer i starts. */
  private readonly fQueue: Int32Array;
  private readonly bQueue: Int32Array;
  private fLayer: number[] = [];
  private stamp = 0;
  /** People the last search looked at. */
  looked = 0;
  /** The two searches have reached someone in common. */
  private met = false;

  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
  ) {
    const n = graph.n;
    this.fd = new Int32Array(n);
    this.bd = new Int32Array(n);
    this.fStamp = new Int32Array(n);
    this.bStamp = new Int32Array(n);
    this.onPath = new Int32Array(n);
    this.fQueue = new Int32Array(n);
    this.bQueue = new Int32Array(n);
  }

  /** s, the people on the route, t; [] when s is out or cannot reach t (t must be working). */
  path(s: number, t: number): number[] {
    this.looked = 0;
    if (s === t || !this.working[s]) return [];
    if (++this.stamp === 0x7fffffff) this.restamp();
    const { fd, bd, fStamp, bStamp, fQueue, bQueue, stamp } = this;
    fd[s] = 0;
    fStamp[s] = stamp;
    fQueue[0] = s;
    bd[t] = 0;
    bStamp[t] = stamp;
    bQueue[0] = t;
    const fLayer = (this.fLayer = [0, 1]);
    let bStart = 0;
    let bEnd = 1;
    let a = 0;
    let b = 0;
    this.met = false;
    while (!this.met) {
      const fEnd = fLayer[a + 1];
      if (fEnd - fLayer[a] === 0 || bEnd - bStart === 0) return [];
      if (fEnd - fLayer[a] <= bEnd - bStart) {
        fLayer.push(this.layer(fQueue, fLayer[a], fEnd, fd, fStamp, bStamp, ++a));
      } else {
        const tail = this.layer(bQueue, bStart, bEnd, bd, bStamp, fStamp, ++b);
        bStart = bEnd;
        bEnd = tail;
      }
    }
    this.markShortest(a, b);
    return this.walk(s, t, a, a + b);
  }

  /**
   * One layer of one search: the working people next to `queue[from … to)` that this search has
   * not reached get distance `d` and are queued from `to` on; returns the new end of the queue.
   * Reaching someone the other search reached sets `met`.
   */
  private layer(queue: Int32Array, from: number, to: number, dist: Int32Array, mine: Int32Array, other: Int32Array, d: number): number {
    const { offsets, ends, neighbors } = this.graph;
    const { working, stamp } = this;
    let tail = to;
    for (let h = from; h < to; h++) {
      const x = queue[h];
      for (let k = offsets[x]; k < ends[x]; k++) {
        const y = neighbors[k];
        if (mine[y] === stamp || working[y] !== 1) continue;
        mine[y] = stamp;
        dist[y] = d;
        queue[tail++] = y;
        if (other[y] === stamp) this.met = true;
      }
    }
    this.looked += tail - to;
    return tail;
  } // prettier-ignore

  /** Marks the forward people (layers 0 … a) who lie on a shortest path to t. */
  private markShortest(a: number, b: number): void {
    const { offsets, ends, neighbors } = this.graph;
    const { fd, fStamp, bd, bStamp, onPath, fQueue, fLayer, stamp } = this;
    for (let h = fLayer[a]; h < fLayer[a + 1]; h++) {
      const x = fQueue[h];
      if (bStamp[x] === stamp && bd[x] === b) onPath[x] = stamp;
    }
    for (let i = a - 1; i >= 0; i--) {
      for (let h = fLayer[i]; h < fLayer[i + 1]; h++) {
        const x = fQueue[h];
        for (let k = offsets[x]; k < ends[x]; k++) {
          const y = neighbors[k];
          if (onPath[y] === stamp && fStamp[y] === stamp && fd[y] === i + 1) {
            onPath[x] = stamp;
            break;
          }
        }
      }
    }
  }

  /** From s, each time the first neighbour in the row one step closer to t. */
  private walk(s: number, t: number, a: number, d: number): number[] {
    const { offsets, ends, neighbors } = this.graph;
    const { fd, fStamp, bd, bStamp, onPath, stamp } = this;
    const path = [s];
    let u = s;
    for (let i = 0; u !== t; i++) {
      let next = -1;
      for (let k = offsets[u]; k < ends[u] && next < 0; k++) {
        const v = neighbors[k];
        const closer =
          i < a
            ? onPath[v] === stamp && fStamp[v] === stamp && fd[v] === i + 1
            : bStamp[v] === stamp && bd[v] === d - i - 1;
        if (closer) next = v;
      }
      u = next;
      path.push(u);
    }
    return path;
  }

  private restamp(): void {
    this.stamp = 1;
    for (const stamps of [this.fStamp, this.bStamp, this.onPath]) stamps.fill(0);
  }
}
