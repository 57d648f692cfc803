import type { Graph } from './graph.ts';
import { type Copies, FRESH } from './copier.ts';

/** A reporting line of the hierarchy: it never fades and moves only when someone is promoted. */
export const FORMAL = 0;
/** Every other tie (all peer ties, a hierarchy's informal ties): it forms, fades and repairs. */
export const INFORMAL = 1;
export type TieKind = typeof FORMAL | typeof INFORMAL;

/** What a picture reads of the ties: the rows, and once prepared each tie's id, forming and use. */
export interface TieShow {
  readonly n: number;
  /** Ties, all told. */
  readonly count: number;
  readonly offsets: Int32Array;
  readonly ends: Int32Array;
  readonly neighbors: Int32Array;
  readonly formed: Int32Array;
  readonly used: Int32Array;
  readonly version: number;
  readonly isPrepared: boolean;
  tieAt(slot: number): number;
}

/** Formed before the run began. */
export const FROM_THE_START = -1;

/**
 * A graph whose ties change during a run, kept fast to read: each person's
 * neighbours sit sorted in one row of a shared pool, with room to grow, so a
 * search is the same loop as over a CSR graph and adding or dropping a tie
 * costs the length of two rows — never a rebuild. Every tie has an id and
 * records its kind, the tick it formed and the last tick it carried a
 * message.
 *
 * Until something asks about ties one by one (`prepare`, or any change), it
 * reads the CSR graph it was made from, without copying: a run whose ties
 * never change pays nothing for being able to.
 */
export class TieGraph implements Graph, TieShow {
  readonly n: number;
  offsets: Int32Array;
  ends: Int32Array;
  neighbors: Int32Array;
  /** The tie id of each slot of `neighbors` (once prepared). */
  private slotTie = new Int32Array(0);
  private room = new Int32Array(0);
  private poolUsed = 0;
  private prepared = false;
  /** Per tie id (once prepared). */
  tieA = new Int32Array(0);
  tieB = new Int32Array(0);
  kind = new Uint8Array(0);
  formed = new Int32Array(0);
  used = new Int32Array(0);
  alive = new Uint8Array(0);
  private tieSlots = 0;
  private freeTies: number[] = [];
  /** Informal ties per person (once prepared). */
  informal = new Int32Array(0);
  /** Ties now. */
  count: number;
  /** Bumped by every change of ties. */
  version = 0;
  /** Called before every change of ties, with its ends (the engine writes out fan-outs). */
  beforeChange: ((u: number, v: number) => void) | null = null;

  /** Reads `graph` (which it never changes); `formal(u, v)` says which ties are reporting lines. */
  constructor(
    graph: Graph,
    private readonly formal: (u: number, v: number) => boolean = () => false,
  ) {
    this.n = graph.n;
    this.offsets = graph.offsets;
    this.ends = graph.ends;
    this.neighbors = graph.neighbors;
    let total = 0;
    for (let u = 0; u < this.n; u++) total += graph.ends[u] - graph.offsets[u];
    this.count = total / 2;
  }

  /** Copies the rows into a pool of its own and numbers the ties; needed before reading tie fields. */
  prepare(): void {
    if (this.prepared) return;
    this.prepared = true;
    const n = this.n;
    const offsets = new Int32Array(n);
    const ends = new Int32Array(n);
    this.room = new Int32Array(n);
    this.informal = new Int32Array(n);
    const neighbors = new Int32Array(Math.max(this.count * 2, 1));
    let k = 0;
    const from = this.neighbors;
    // Element by element: a view per row (100,000 of them) would cost more than the copying.
    for (let u = 0; u < n; u++) {
      offsets[u] = k;
      for (let e = this.offsets[u]; e < this.ends[u]; e++) neighbors[k++] = from[e];
      ends[u] = k;
      this.room[u] = k - offsets[u];
    }
    this.offsets = offsets;
    this.ends = ends;
    this.neighbors = neighbors;
    this.slotTie = new Int32Array(neighbors.length);
    this.poolUsed = k;
    this.growTies(Math.max(16, this.count));
    this.numberTies();
  }

  /**
   * Gives each tie of the copied rows an id. Rows are sorted and visited in id order, so the
   * slot of u in a higher neighbour v's row is simply the next one of v's lower neighbours.
   */
  private numberTies(): void {
    const lower = new Int32Array(this.n);
    const { offsets, ends, neighbors, slotTie, tieA, tieB, kind, informal, formal } = this;
    let id = 0;
    for (let u = 0; u < this.n; u++) {
      for (let e = offsets[u]; e < ends[u]; e++) {
        const v = neighbors[e];
        if (v < u) continue;
        tieA[id] = u;
        tieB[id] = v;
        if (!formal(u, v)) {
          kind[id] = INFORMAL;
          informal[u]++;
          informal[v]++;
        }
        slotTie[e] = id;
        slotTie[offsets[v] + lower[v]++] = id;
        id++;
      }
    }
    this.formed.fill(FROM_THE_START, 0, id);
    this.used.fill(FROM_THE_START, 0, id);
    this.alive.fill(1, 0, id);
    this.tieSlots = id;
  }

  /** The slot of v in u's row, or -1. */
  find(u: number, v: number): number {
    let lo = this.offsets[u];
    let hi = this.ends[u] - 1;
    const row = this.neighbors;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = row[mid];
      if (w === v) return mid;
      if (w < v) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  has(u: number, v: number): boolean {
    return this.find(u, v) >= 0;
  }

  /** The id of the tie u–v, or -1. */
  tieBetween(u: number, v: number): number {
    this.prepare();
    const slot = this.find(u, v);
    return slot < 0 ? -1 : this.slotTie[slot];
  }

  /** Has it numbered its ties (so the per-tie fields can be read)? */
  get isPrepared(): boolean {
    return this.prepared;
  }

  /**
   * The ties as they stand now, kept still while these change (a picture drawn during a tick that
   * forms or drops ties), its arrays from `copies`. Unprepared, the rows are the graph it was made
   * from, which never changes.
   */
  still(copies: Copies = FRESH): TieShow {
    const { n, count, version, prepared, poolUsed, tieSlots } = this;
    if (!prepared) {
      const { offsets, ends, neighbors, formed, used } = this;
      return {
        n,
        count,
        offsets,
        ends,
        neighbors,
        formed,
        used,
        version,
        isPrepared: false,
        tieAt: () => -1,
      };
    }
    const slotTie = copies.copy(this.slotTie, poolUsed);
    return {
      n,
      count,
      offsets: copies.copy(this.offsets),
      ends: copies.copy(this.ends),
      neighbors: copies.copy(this.neighbors, poolUsed),
      formed: copies.copy(this.formed, tieSlots),
      used: copies.copy(this.used, tieSlots),
      version,
      isPrepared: true,
      tieAt: (slot) => slotTie[slot],
    };
  }

  /** The tie in slot `slot` of the pool (slots run from `offsets[u]` to `ends[u]`); once prepared. */
  tieAt(slot: number): number {
    return this.slotTie[slot];
  }

  /** Records that u–v carried a message at `tick` (nothing if they have no tie). */
  markUsed(u: number, v: number, tick: number): void {
    this.prepare();
    const slot = this.find(u, v);
    if (slot >= 0) this.used[this.slotTie[slot]] = tick;
  }

  /** Adds the tie u–v (which must not exist yet) and returns its id. */
  add(u: number, v: number, kind: TieKind, tick: number): number {
    this.beforeChange?.(u, v);
    this.prepare();
    const id = this.newTie(u, v, kind, tick);
    this.insert(u, v, id);
    this.insert(v, u, id);
    this.version++;
    return id;
  }

  /** Drops tie `id`. */
  remove(id: number): void {
    const u = this.tieA[id];
    const v = this.tieB[id];
    this.beforeChange?.(u, v);
    this.prepare();
    this.erase(u, v);
    this.erase(v, u);
    this.alive[id] = 0;
    if (this.kind[id] === INFORMAL) {
      this.informal[u]--;
      this.informal[v]--;
    }
    this.count--;
    this.freeTies.push(id);
    this.version++;
  }

  /** The highest tie id in use, plus one (ids of dropped ties are reused). */
  get tieIds(): number {
    this.prepare();
    return this.tieSlots;
  }

  private newTie(u: number, v: number, kind: TieKind, tick: number): number {
    let id = this.freeTies.pop();
    if (id === undefined) {
      if (this.tieSlots === this.alive.length) this.growTies(this.alive.length * 2);
      id = this.tieSlots++;
    }
    this.tieA[id] = Math.min(u, v);
    this.tieB[id] = Math.max(u, v);
    this.kind[id] = kind;
    this.formed[id] = tick;
    this.used[id] = tick;
    this.alive[id] = 1;
    if (kind === INFORMAL) {
      this.informal[u]++;
      this.informal[v]++;
    }
    this.count++;
    return id;
  }

  private growTies(size: number): void {
    const grow = <T extends Int32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
    this.tieA = grow(this.tieA, new Int32Array(size));
    this.tieB = grow(this.tieB, new Int32Array(size));
    this.kind = grow(this.kind, new Uint8Array(size));
    this.formed = grow(this.formed, new Int32Array(size));
    this.used = grow(this.used, new Int32Array(size));
    this.alive = grow(this.alive, new Uint8Array(size));
  }

  /** Puts v into u's sorted row. */
  private insert(u: number, v: number, id: number): void {
    if (this.ends[u] - this.offsets[u] === this.room[u])
      this.moveRow(u, Math.max(4, this.room[u] * 2));
    const row = this.neighbors;
    const ties = this.slotTie;
    let k = this.ends[u];
    while (k > this.offsets[u] && row[k - 1] > v) {
      row[k] = row[k - 1];
      ties[k] = ties[k - 1];
      k--;
    }
    row[k] = v;
    ties[k] = id;
    this.ends[u]++;
  }

  private erase(u: number, v: number): void {
    const slot = this.find(u, v);
    const row = this.neighbors;
    const ties = this.slotTie;
    for (let k = slot; k < this.ends[u] - 1; k++) {
      row[k] = row[k + 1];
      ties[k] = ties[k + 1];
    }
    this.ends[u]--;
  }

  /** Moves u's row to the end of the pool with room for `size`; packs the pool when it is full. */
  private moveRow(u: number, size: number): void {
    if (this.poolUsed + size > this.neighbors.length) this.pack(size);
    const start = this.poolUsed;
    const length = this.ends[u] - this.offsets[u];
    this.neighbors.copyWithin(start, this.offsets[u], this.ends[u]);
    this.slotTie.copyWithin(start, this.offsets[u], this.ends[u]);
    this.offsets[u] = start;
    this.ends[u] = start + length;
    this.room[u] = size;
    this.poolUsed += size;
  }

  /** Copies every row, in order, into a pool with room for all of them and `extra` more. */
  private pack(extra: number): void {
    let needed = extra;
    for (let u = 0; u < this.n; u++) needed += this.room[u];
    const size = Math.max(needed * 2, 64);
    const neighbors = new Int32Array(size);
    const slotTie = new Int32Array(size);
    let k = 0;
    const { neighbors: oldNeighbors, slotTie: oldTies } = this;
    for (let u = 0; u < this.n; u++) {
      const length = this.ends[u] - this.offsets[u];
      for (let i = 0, e = this.offsets[u]; i < length; i++, e++) {
        neighbors[k + i] = oldNeighbors[e];
        slotTie[k + i] = oldTies[e];
      }
      this.offsets[u] = k;
      this.ends[u] = k + length;
      k += this.room[u];
    }
    this.neighbors = neighbors;
    this.slotTie = slotTie;
    this.poolUsed = k;
  }
}
