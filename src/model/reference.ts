import type { Graph } from './graph.ts';

/** One tick of `referenceBroadcast`: what the lab's series says of the same tick. */
export interface ReferenceTick {
  /** People who have heard the first message. */
  informed: number;
  sends: number;
  redundant: number;
  /** Sends waiting in all queues after the tick's sends. */
  queued: number;
  maxQueue: number;
  /** Whose queue is longest (lowest id on ties); null when nothing waits. */
  maxQueueNode: number | null;
}

/** Messages whose who-has-heard bits share one array. */
const CHUNK = 256;

/**
 * MODEL.md's tick for broadcasts by flooding, and nothing else: no loss, distortion, knock-outs or
 * changing ties, everyone working. Message `m` starts at `starts[m]` (its origin) in tick
 * `startTicks[m]` (ascending); each tick, every send of the last tick arrives in the order it was
 * sent, a first hearing queues a send to each contact but the sender (in the order of the row),
 * the tick's new messages are queued, and everyone takes up to `capacity` sends off the front of
 * their queue, lowest id first. Written apart from the engine, with none of its records, to check
 * it against (`reference.test.ts`), and as the least the rules ask of a machine (`npm run bench`):
 * a bit per person and message, and per person a ring of first hearings, all rings in one pool.
 */
export function referenceBroadcast(
  graph: Graph,
  capacity: number,
  starts: ArrayLike<number>,
  startTicks: ArrayLike<number>,
  ticks: number,
): ReferenceTick[] {
  const { n, offsets, ends, neighbors } = graph;
  const words = (n + 31) >> 5;
  const heard: Uint32Array[] = [];
  /** Tells whether `person` had heard `m`, and marks them as having heard it. */
  const hear = (m: number, person: number): boolean => {
    if (m % CHUNK === 0 && heard.length === m / CHUNK) heard.push(new Uint32Array(words * CHUNK));
    const bits = heard[(m / CHUNK) | 0];
    const w = (m % CHUNK) * words + (person >> 5);
    const bit = 1 << (person & 31);
    const had = (bits[w] & bit) !== 0;
    bits[w] |= bit;
    return had;
  };
  // Each person's queue: a ring of 2^bits (message, the contact it came from) pairs, one per
  // first hearing, at `ring` in the pool (-1: none yet); `next` is the place in their row their
  // front pair sends to next. A full ring moves to a block twice its size, and its old block is
  // kept for the next ring of that size.
  let pool = new Int32Array(1 << 16);
  let top = 0;
  const spare: number[][] = [];
  const take = (bits: number): number => {
    const block = spare[bits]?.pop();
    if (block !== undefined) return block;
    const ints = 2 << bits;
    if (top + ints > pool.length) {
      const grown = new Int32Array(Math.max(2 * pool.length, top + ints));
      grown.set(pool.subarray(0, top));
      pool = grown;
    }
    top += ints;
    return top - ints;
  };
  const ring = new Int32Array(n).fill(-1);
  const ringBits = new Int32Array(n);
  const head = new Int32Array(n);
  const size = new Int32Array(n);
  const next = new Int32Array(n);
  const waiting = new Int32Array(n);
  let queued = 0;
  const grow = (person: number) => {
    const bits = ringBits[person];
    const old = ring[person];
    const mask = (1 << bits) - 1;
    const block = take(bits + 1);
    for (let i = 0; i <= mask; i++) {
      const at = old + 2 * ((head[person] + i) & mask);
      pool[block + 2 * i] = pool[at];
      pool[block + 2 * i + 1] = pool[at + 1];
    }
    (spare[bits] ??= []).push(old);
    ring[person] = block;
    ringBits[person] = bits + 1;
    head[person] = 0;
  };
  const learn = (person: number, m: number, from: number) => {
    const fan = ends[person] - offsets[person] - (from >= 0 ? 1 : 0);
    if (fan <= 0) return;
    if (ring[person] < 0) ring[person] = take((ringBits[person] = 2));
    else if (size[person] === 1 << ringBits[person]) grow(person);
    const at = ring[person] + 2 * ((head[person] + size[person]) & ((1 << ringBits[person]) - 1));
    pool[at] = m;
    pool[at + 1] = from;
    if (size[person]++ === 0) next[person] = offsets[person];
    waiting[person] += fan;
    queued += fan;
  };
  // The last tick's sends, landed first; then this tick's, in their place: from, to, message.
  const flights = {
    from: new Int32Array(n),
    to: new Int32Array(n),
    m: new Int32Array(n),
    count: 0,
  };
  const rows: ReferenceTick[] = [];
  let informed = 0;
  let started = 0;
  for (let tick = 0; tick < ticks; tick++) {
    let redundant = 0;
    for (let i = 0; i < flights.count; i++) {
      const m = flights.m[i];
      const to = flights.to[i];
      if (hear(m, to)) redundant++;
      else {
        if (m === 0) informed++;
        learn(to, m, flights.from[i]);
      }
    }
    for (; started < starts.length && startTicks[started] === tick; started++) {
      hear(started, starts[started]);
      if (started === 0) informed++;
      learn(starts[started], started, -1);
    }
    const sent = flights;
    sent.count = 0;
    for (let u = 0; u < n; u++) {
      for (let c = 0; c < capacity && size[u] > 0; c++) {
        const at = ring[u] + 2 * head[u];
        const m = pool[at];
        const from = pool[at + 1];
        if (neighbors[next[u]] === from) next[u]++;
        const to = neighbors[next[u]++];
        if (next[u] < ends[u] && neighbors[next[u]] === from) next[u]++;
        if (next[u] === ends[u]) {
          head[u] = (head[u] + 1) & ((1 << ringBits[u]) - 1);
          if (--size[u] > 0) next[u] = offsets[u];
        }
        if (sent.count === sent.to.length) {
          for (const key of ['from', 'to', 'm'] as const) {
            const grown = new Int32Array(2 * sent.count);
            grown.set(sent[key]);
            sent[key] = grown;
          }
        }
        sent.from[sent.count] = u;
        sent.to[sent.count] = to;
        sent.m[sent.count++] = m;
        waiting[u]--;
        queued--;
      }
    }
    let maxQueue = 0;
    let maxQueueNode: number | null = null;
    for (let u = 0; u < n; u++)
      if (waiting[u] > maxQueue) [maxQueue, maxQueueNode] = [waiting[u], u];
    rows.push({ informed, sends: sent.count, redundant, queued, maxQueue, maxQueueNode });
  }
  return rows;
}
