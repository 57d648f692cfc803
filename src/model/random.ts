/**
 * The seeded generator every random choice in the lab goes through.
 *
 * mulberry32: 32 bits of state, fast, good enough for simulation (not for
 * cryptography), and identical in every JavaScript engine because it only
 * uses 32-bit integer arithmetic.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  /** The current state, to resume the same sequence elsewhere. */
  readonly state: number;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    get state() {
      return state;
    },
  };
}

/**
 * The named streams one run splits its seed into. Keeping them apart means
 * that, say, drawing a lost send on the peer side never shifts which people
 * fail: both sides see the same failures, sources and requests.
 */
export type Stream =
  | 'hierarchy-network'
  | 'p2p-network'
  | 'failures'
  | 'source'
  | 'traffic'
  | 'hierarchy-channel'
  | 'p2p-channel'
  | 'hierarchy-cross'
  | 'hierarchy-ties'
  | 'p2p-ties';

/** Derives the seed of one stream from the run's seed (FNV-1a over the name, then mixed). */
export function streamSeed(seed: number, stream: Stream): number {
  let h = 0x811c9dc5 ^ (seed >>> 0);
  for (let i = 0; i < stream.length; i++) {
    h = Math.imul(h ^ stream.charCodeAt(i), 0x01000193);
  }
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

export function createStream(seed: number, stream: Stream): Random {
  return createRandom(streamSeed(seed, stream));
}

/** Fisher–Yates shuffle of a typed array in place. */
export function shuffle<T extends Int32Array | number[]>(items: T, random: Random): T {
  for (let i = items.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    const t = items[i];
    items[i] = items[j];
    items[j] = t;
  }
  return items;
}

/** `count` distinct indices below `size`, uniformly (Floyd's sampling: exactly `count` draws). */
export function sample(count: number, size: number, random: Random): number[] {
  const chosen: number[] = [];
  for (let j = size - count; j < size; j++) {
    const r = random.int(j + 1);
    chosen.push(chosen.includes(r) ? j : r);
  }
  return chosen;
}
