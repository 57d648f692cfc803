import type { Memory } from './memory.ts';

/** Fields of one slot in the pool, side by side so a push or a shift touches one cache line. */
const MESSAGE = 0;
const TARGET = 1;
const VIA = 2;
const META = 3;
const LINK = 4;
const STRIDE = 5;

/**
 * A target at or below FAN stands for a fan-out: the last `FAN - target` of the sender's sends to
 * all their contacts but the one it came from, in the order of their row of ties, kept as one slot
 * until the last is sent. Unlimited capacity sends a fan-out whole in the tick it was queued; a
 * smaller capacity takes its sends one at a time (`takeOne`). The ties must not change while
 * fan-outs are queued: `expandFans` writes a person's out as single sends first.
 */
export const FAN = -2;

/**
 * Taken off a fan-out's target once any of its sends was taken or written out (`FAN - count -
 * BEGUN`): one that is not begun has all its sends left, so sending it whole needs no look at the row.
 */
const BEGUN = 1 << 29;

/** The target of a fan-out with `count` sends left; `begun`: some of its sends have gone. */
export function fanOf(count: number, begun = false): number {
  return FAN - count - (begun ? BEGUN : 0);
}

/** Has this fan-out's target (at or below FAN) had sends taken or written out? */
export function begun(target: number): boolean {
  return target <= FAN - BEGUN;
}

/** The rows of ties fan-outs go along, and where a person sits in a row (`TieGraph`). */
export interface FanRows {
  readonly offsets: Int32Array;
  readonly ends: Int32Array;
  readonly neighbors: Int32Array;
  /** Where v sits in u's row (an index into `neighbors`), or -1. */
  find(u: number, v: number): number;
}

/**
 * The target of send number `index` (from 0) of `person`'s fan-out that skips `via`: their
 * contacts in the order of their row, all but `via`.
 */
export function fanTarget(rows: FanRows, person: number, via: number, index: number): number {
  let k = rows.offsets[person] + index;
  const skip = via >= 0 ? rows.find(person, via) : -1;
  if (skip >= 0 && skip <= k) k++;
  return rows.neighbors[k];
}

/** How many sends a fan-out of `person` that skips `via` makes in all. */
export function fanSize(rows: FanRows, person: number, via: number): number {
  const row = rows.ends[person] - rows.offsets[person];
  return via >= 0 && rows.find(person, via) >= 0 ? row - 1 : row;
}

/**
 * Queued sends (slots) the page's queues may hold, all told per side: 4.2 million, a pool of about
 * 84 MB. A run that needs more (ties that multiply faster than messages drain, or a load far
 * past what a side can carry, held for thousands of ticks) would soon take the tab's memory.
 */
export const PAGE_MAX_QUEUED = 1 << 22;

/** Thrown when a push needs more slots than `SendQueues.maxSlots`; the queues are left as they were. */
export class QueueOverflow extends Error {
  constructor(readonly slots: number) {
    super(`more than ${slots} sends queued`);
  }
}

/** How many sends a queued target stands for. */
export function sendsIn(target: number): number {
  return target <= FAN ? (FAN - target) & (BEGUN - 1) : 1;
}

/** Slots per page of the pool (327,680 bytes): the pool grows a page at a time, never copied. */
const PAGE_BITS = 14;
const PAGE_SLOTS = 1 << PAGE_BITS;
const PAGE_MASK = PAGE_SLOTS - 1;

/**
 * Every person's FIFO send queue, in one pool: a slot holds one pending send (which message, to
 * whom, passed on from whom, and what the sender knows of it) and links to the next slot of the
 * same queue. Freed slots are kept on a stack and reused (a push reads no slot it then writes),
 * and once every queue is empty the pool is handed out from its start again, so the sends queued
 * in one tick lie next to each other in memory. A steady run allocates nothing. The pool is in
 * pages of `PAGE_SLOTS`: growing adds a page (doubling one array meant copying up to 80 MB at
 * once, and first touching that much memory took 180 ms here).
 */
export class SendQueues {
  /** Pending sends per person. */
  readonly length: Int32Array;
  /** A bit per person, set while they have a send queued: a tick's senders are found by word. */
  private readonly queued: Int32Array;
  /** Slot numbers (page `slot >> PAGE_BITS`), -1 for none. */
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly pages: Int32Array[] = [];
  /** Freed slots, last freed on top. */
  private free = new Int32Array(1024);
  private freeCount = 0;
  private used = 0;
  total = 0;
  /** Fan-outs queued. */
  private fans = 0;
  /** The most slots the pool may have (`PAGE_MAX_QUEUED`; the CLI allows more). */
  maxSlots = PAGE_MAX_QUEUED;

  /** `memory`: where to take the arrays from (a finished run's, `Memory`). */
  constructor(
    n: number,
    private readonly memory?: Memory,
  ) {
    this.length = this.take(n);
    this.queued = this.take((n + 31) >> 5);
    this.head = this.take(n).fill(-1);
    this.tail = this.take(n).fill(-1);
  }

  private take(length: number): Int32Array {
    return this.memory?.int32(length) ?? new Int32Array(length);
  }

  /** Hands the arrays to `memory` for a later run; these queues are not used after. */
  giveTo(memory: Memory): void {
    for (const array of [this.length, this.queued, this.head, this.tail]) memory.give(array);
    for (const page of this.pages) memory.give(page);
    this.pages.length = 0;
  }

  /**
   * Appends a send of `message` to `target` (-1: route it when it is sent; `FAN - count`: a
   * fan-out of `count` sends) to `person`'s queue;
   * `via` is who passed it to them (-1: nobody) and `meta` what the engine keeps of the sender's
   * copy (see `SideEngine`).
   */
  push(person: number, message: number, target: number, via = -1, meta = 0): void {
    const slot = this.slot(message, target, via, meta, -1);
    const sends = sendsIn(target);
    const bit = 1 << (person & 31);
    // An empty queue (its bit says so) is written without reading it: a flood's usual push.
    if (this.queued[person >> 5] & bit) {
      const tail = this.tail[person];
      this.pages[tail >> PAGE_BITS][(tail & PAGE_MASK) * STRIDE + LINK] = slot;
      this.length[person] += sends;
    } else {
      this.head[person] = slot;
      this.queued[person >> 5] |= bit;
      this.length[person] = sends;
    }
    this.tail[person] = slot;
    this.total += sends;
    if (target <= FAN) this.fans++;
  }

  /** A slot holding these fields (from the free stack, or the pool's next). */
  private slot(message: number, target: number, via: number, meta: number, link: number): number {
    let slot: number;
    if (this.freeCount > 0) slot = this.free[--this.freeCount];
    else {
      if (this.used >= this.maxSlots) throw new QueueOverflow(this.maxSlots);
      if (this.used === this.pages.length << PAGE_BITS)
        this.pages.push(this.take(PAGE_SLOTS * STRIDE));
      slot = this.used++;
    }
    const p = this.pages[slot >> PAGE_BITS];
    const at = (slot & PAGE_MASK) * STRIDE;
    p[at + MESSAGE] = message;
    p[at + TARGET] = target;
    p[at + VIA] = via;
    p[at + META] = meta;
    p[at + LINK] = link;
    return slot;
  }

  /**
   * Takes the front send off `person`'s queue, writing it to `out` as
   * [message, target, via, meta]. Returns false when the queue is empty.
   */
  shift(person: number, out: Int32Array): boolean {
    const slot = this.head[person];
    if (slot < 0) return false;
    const p = this.pages[slot >> PAGE_BITS];
    const at = (slot & PAGE_MASK) * STRIDE;
    out[0] = p[at + MESSAGE];
    out[1] = p[at + TARGET];
    out[2] = p[at + VIA];
    out[3] = p[at + META];
    const next = p[at + LINK];
    this.head[person] = next;
    if (next < 0) {
      this.tail[person] = -1;
      this.queued[person >> 5] &= ~(1 << (person & 31));
    }
    const sends = sendsIn(out[1]);
    this.length[person] -= sends;
    this.total -= sends;
    if (out[1] <= FAN) this.fans--;
    if (this.total === 0) {
      // Nothing queued anywhere: hand the pool out from its start again.
      this.used = 0;
      this.freeCount = 0;
    } else {
      if (this.freeCount === this.free.length) {
        const free = new Int32Array(this.free.length * 2);
        free.set(this.free);
        this.free = free;
      }
      this.free[this.freeCount++] = slot;
    }
    return true;
  }

  /**
   * `shift`, but of a fan-out only its next send: out[1] is then the fan-out as it was (`FAN -`
   * the sends it had left, this one included), and the rest of it stays at the front.
   */
  takeOne(person: number, out: Int32Array): boolean {
    const slot = this.head[person];
    if (slot < 0) return false;
    const p = this.pages[slot >> PAGE_BITS];
    const at = (slot & PAGE_MASK) * STRIDE;
    const target = p[at + TARGET];
    // A single send, or a fan-out's last: the slot goes. (`unbegun`: the target as if not begun.)
    const unbegun = target <= FAN - BEGUN ? target + BEGUN : target;
    if (unbegun >= FAN - 1) return this.shift(person, out);
    out[0] = p[at + MESSAGE];
    out[1] = target;
    out[2] = p[at + VIA];
    out[3] = p[at + META];
    p[at + TARGET] = unbegun + 1 - BEGUN;
    this.length[person]--;
    this.total--;
    return true;
  }

  /**
   * Writes `person`'s queued fan-outs out as single sends along `rows`, in place and in order
   * (before their row of ties changes). The queue holds the same sends, in the same order, after
   * each slot added.
   */
  expandFans(rows: FanRows, person: number): void {
    for (let slot = this.head[person]; this.fans > 0 && slot >= 0;) {
      const p = this.pages[slot >> PAGE_BITS];
      const at = (slot & PAGE_MASK) * STRIDE;
      const target = p[at + TARGET];
      if (target <= FAN) {
        // Its first send takes its slot; the rest follow as a fan-out of one send fewer.
        const via = p[at + VIA];
        const left = sendsIn(target);
        const first = fanTarget(rows, person, via, fanSize(rows, person, via) - left);
        if (left > 1) {
          const rest = this.slot(
            p[at + MESSAGE],
            fanOf(left - 1, true),
            via,
            p[at + META],
            p[at + LINK],
          );
          p[at + LINK] = rest;
          if (this.tail[person] === slot) this.tail[person] = rest;
        } else this.fans--;
        p[at + TARGET] = first;
      }
      slot = p[at + LINK];
    }
  }

  /**
   * Reads the front of every queue from `first` to `last` before they are sent from one at a
   * time: loads that do not wait on each other, so memory fetches them together, and the sends
   * then find them in the cache instead of waiting for each in turn (capacity 1, 10,000 people:
   * 1.10× the ticks a second; not for requests, which mostly wait on routing). What it read is
   * kept (`touched`) only so that the reads are not left out.
   */
  touchFronts(first: number, last: number): void {
    const { head, pages } = this;
    let sum = 0;
    for (let u = this.nextQueued(first, last); u < last; u = this.nextQueued(u + 1, last))
      sum += pages[head[u] >> PAGE_BITS][(head[u] & PAGE_MASK) * STRIDE + TARGET];
    this.touched = sum;
  }
  /** What `touchFronts` last read (of no use). */
  touched = 0;

  /** The first person from `from` on (below `last`) with a send queued, or `last` if none is. */
  nextQueued(from: number, last: number): number {
    const bits = this.queued;
    let w = from >> 5;
    let word = w < bits.length ? bits[w] & (-1 << (from & 31)) : 0;
    for (;;) {
      if (word !== 0) return Math.min(last, (w << 5) + 31 - Math.clz32(word & -word));
      if (++w << 5 >= last) return last;
      word = bits[w];
    }
  }

  /** Empties `person`'s queue and returns how many sends were discarded. */
  clear(person: number): number {
    const discarded = this.length[person];
    const scratch = new Int32Array(4);
    while (this.shift(person, scratch));
    return discarded;
  }
}
