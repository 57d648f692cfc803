import type { Memory } from './memory.ts';
import type { Trace } from './trace.ts';

/** Fields of one entry of a trace's log of first hearings. */
const PERSON = 0;
const TICK = 1;
const FROM = 2;
/** Hops when first heard × 2 + the version first heard. */
const META = 3;
/** log2 of the ints of an entry. */
const ENTRY_BITS = 2;
/** log2 of the ints a new trace's set of people starts with, and of the entries of its log's first block. */
const FIRST_BITS = 4;

/**
 * One side's store for its sparse traces: one array, in blocks of 2^bits ints handed out by
 * offset. A busy run starts and grows hundreds of traces a tick; blocks no longer in use are kept
 * by size and handed out again, so it never holds more than were in use at once (and grows by
 * doubling when it must). Traces read it through this one object, which stays in the cache: an
 * arriving copy reads the trace and then its block, not an array object per block as well.
 */
export class TraceStore {
  data: Int32Array;

  /**
   * `inPlace`: grow in place where the browser can (tests turn it off to try the other way).
   * `reuse`: a finished run's store (`Memory`), written up to `used`.
   */
  constructor(
    private readonly inPlace = true,
    reuse: { data: Int32Array; used: number } | null = null,
  ) {
    this.data = reuse?.data ?? (inPlace ? growable(1 << 16) : new Int32Array(1 << 16));
    this.dirty = reuse?.used ?? 0;
  }
  /** Ints handed out from the end so far. */
  private top = 0;
  /** Below this the array may hold what an earlier run wrote: zeroed when handed out blank. */
  private readonly dirty: number;
  private readonly spare: number[][] = [];

  /** The offset of a block of 2^bits ints: all zeros if `blank`, else whatever it last held. */
  take(bits: number, blank: boolean): number {
    const size = 1 << bits;
    const reused = this.spare[bits]?.pop();
    if (reused !== undefined) {
      if (blank) this.data.fill(0, reused, reused + size);
      return reused;
    }
    if (this.top + size > this.data.length) {
      // Never used before, so blank: new memory is zeros. Grown in place where the browser can
      // (copying 17 MB into new memory took 50 ms here, most of it the new pages' first touch).
      const length = Math.max(2 * this.data.length, this.top + size);
      const buffer = this.data.buffer as unknown as Resizable;
      if (buffer.resizable && length * 4 <= buffer.maxByteLength) buffer.resize(length * 4);
      else {
        const data = this.inPlace ? growable(length) : new Int32Array(length);
        data.set(this.data.subarray(0, this.top));
        this.data = data;
      }
    }
    this.top += size;
    const at = this.top - size;
    if (blank && at < this.dirty) this.data.fill(0, at, at + size);
    return at;
  }

  /** Hands the array to `memory` for a later run's store; this store is not used after. */
  giveTo(memory: Memory): void {
    memory.giveStore(this.data, Math.max(this.top, this.dirty));
    this.data = new Int32Array(0);
  }

  give(at: number, bits: number): void {
    (this.spare[bits] ??= []).push(at);
  }
}

/** What this code reads of a resizable `ArrayBuffer` (ES2024; a browser without them has none). */
interface Resizable {
  readonly resizable?: boolean;
  readonly maxByteLength: number;
  resize(bytes: number): void;
}

/** The most a store's array grows to in place: 1 GiB of address space, reserved, not used. */
const IN_PLACE = 1 << 30;

/**
 * `length` zeros that can grow in place (a view of a resizable buffer that follows its length)
 * where the browser has resizable buffers, else a plain array.
 */
function growable(length: number): Int32Array {
  const Buffer = ArrayBuffer as unknown as new (bytes: number, o: object) => ArrayBuffer;
  try {
    const buffer = new Buffer(length * 4, { maxByteLength: Math.max(IN_PLACE, length * 4) });
    if ((buffer as unknown as Resizable).resizable) return new Int32Array(buffer);
  } catch {
    // No resizable buffers, or no room to reserve: a plain array.
  }
  return new Int32Array(length);
}

/** log2 of the smallest power of two at least `x`. */
const bitsFor = (x: number) => Math.max(0, Math.ceil(Math.log2(x)));

/** Fibonacci hashing of `key` into 2^bits places. */
const hash = (key: number, bits: number) => Math.imul(key, 0x9e3779b1) >>> (32 - bits);

/**
 * A message's trace kept only for the people who have heard it: a busy run with small capacity
 * keeps tens of thousands of messages that each reach a few dozen people, and a full record per
 * message (about 21 bytes per person) would take gigabytes. Who has heard is a set of people —
 * an open-addressed set while few have, then one bit per person once that is smaller — so a copy
 * that arrives reads or writes one small place. What they heard (when, from whom, hops, version)
 * is appended to a log, read through an index built only when something first asks (gossip and
 * news on new ties do; a flood never does). It answers as a full record would, except for belief
 * (copies of each version): the lab shows belief for the first message only, which always has a
 * full record, so this keeps just the version each person first heard.
 */
export class SparseTrace implements Trace {
  heardCount = 0;
  /** The set of who has heard (person + 1 per place, 0 where empty) while small; -1 after. */
  private keys: number;
  private keyBits = FIRST_BITS;
  /** Then one bit per person (-1 till then). */
  private heard = -1;
  /**
   * First hearings, 2^ENTRY_BITS ints each, in the order they happened: in blocks of 16, 32, 64 …
   * entries (a full block is followed by a new one twice its size: nothing is copied).
   */
  private readonly log: number[] = [];
  /** Where the next entry goes, and where its block ends. */
  private next: number;
  private end: number;
  /** Person + 1 and their entry in the log, per place; built when first asked (-1 till then). */
  private index = -1;
  private indexBits = 0;

  constructor(
    private readonly n: number,
    private readonly store = new TraceStore(),
  ) {
    this.keys = store.take(FIRST_BITS, true);
    this.next = store.take(FIRST_BITS + ENTRY_BITS, false);
    this.end = this.next + (1 << (FIRST_BITS + ENTRY_BITS));
    this.log.push(this.next);
  }

  /** Hands the blocks back to the store; the trace finds nobody after this. */
  dispose(): void {
    const store = this.store;
    if (this.keys >= 0) store.give(this.keys, this.keyBits);
    if (this.heard >= 0) store.give(this.heard, bitsFor(this.n / 32));
    if (this.index >= 0) store.give(this.index, this.indexBits);
    this.log.forEach((block, b) => store.give(block, FIRST_BITS + ENTRY_BITS + b));
    this.keys = this.heard = this.index = -1;
    this.log.length = 0;
    this.heardCount = 0;
  }

  receive(person: number, version: number, tick: number, from: number, hops: number): boolean {
    if (!this.add(person)) return false;
    if (this.next === this.end) {
      const bits = FIRST_BITS + ENTRY_BITS + this.log.length;
      this.next = this.store.take(bits, false);
      this.end = this.next + (1 << bits);
      this.log.push(this.next);
    }
    const d = this.store.data;
    const at = this.next;
    this.next = at + (1 << ENTRY_BITS);
    d[at + PERSON] = person;
    d[at + TICK] = tick;
    d[at + FROM] = from;
    d[at + META] = hops * 2 + version;
    this.heardCount++;
    // An index, once built, is kept up (at most half full).
    if (this.index >= 0 && this.heardCount * 4 > 1 << this.indexBits) this.buildIndex();
    else if (this.index >= 0) this.indexAdd(person, this.heardCount - 1);
    return true;
  }

  /** Adds `person` to who has heard; false if they were there. */
  private add(person: number): boolean {
    const d = this.store.data;
    if (this.heard >= 0) {
      const w = this.heard + (person >> 5);
      const bit = 1 << (person & 31);
      if (d[w] & bit) return false;
      d[w] |= bit;
      return true;
    }
    const keys = this.keys;
    if (keys < 0) return false;
    const mask = (1 << this.keyBits) - 1;
    let i = hash(person, this.keyBits);
    for (let key = d[keys + i]; key !== 0; key = d[keys + i]) {
      if (key === person + 1) return false;
      i = (i + 1) & mask;
    }
    d[keys + i] = person + 1;
    if ((this.heardCount + 1) * 2 > 1 << this.keyBits) this.growKeys();
    return true;
  }

  /** Has `person` heard? */
  private has(person: number): boolean {
    const d = this.store.data;
    if (this.heard >= 0) return (d[this.heard + (person >> 5)] & (1 << (person & 31))) !== 0;
    const keys = this.keys;
    if (keys < 0) return false;
    const mask = (1 << this.keyBits) - 1;
    for (let i = hash(person, this.keyBits); d[keys + i] !== 0; i = (i + 1) & mask)
      if (d[keys + i] === person + 1) return true;
    return false;
  }

  /** Twice the room for keys, or one bit per person once that takes no more. */
  private growKeys(): void {
    const store = this.store;
    const old = this.keys;
    const oldBits = this.keyBits;
    const size = 1 << oldBits;
    if (2 * size * 32 >= this.n) {
      const heard = (this.heard = store.take(bitsFor(this.n / 32), true));
      const d = store.data;
      for (let i = old; i < old + size; i++)
        if (d[i] !== 0) d[heard + ((d[i] - 1) >> 5)] |= 1 << ((d[i] - 1) & 31);
      this.keys = -1;
    } else {
      const keys = (this.keys = store.take(++this.keyBits, true));
      const d = store.data;
      const mask = (1 << this.keyBits) - 1;
      for (let k = old; k < old + size; k++) {
        if (d[k] === 0) continue;
        let i = hash(d[k] - 1, this.keyBits);
        while (d[keys + i] !== 0) i = (i + 1) & mask;
        d[keys + i] = d[k];
      }
    }
    store.give(old, oldBits);
  }

  /** Where field `f` of entry `e` of the log is in the store. */
  private place(e: number, f: number): number {
    const q = (e >> FIRST_BITS) + 1;
    const b = 31 - Math.clz32(q);
    return this.log[b] + ((e - ((1 << b) - 1) * (1 << FIRST_BITS)) << ENTRY_BITS) + f;
  }

  private indexAdd(person: number, entry: number): void {
    const d = this.store.data;
    const mask = (1 << (this.indexBits - 1)) - 1;
    let i = hash(person, this.indexBits - 1);
    while (d[this.index + 2 * i] !== 0) i = (i + 1) & mask;
    d[this.index + 2 * i] = person + 1;
    d[this.index + 2 * i + 1] = entry;
  }

  /** Which entry of the log is `person`'s first hearing, or -1. */
  private entryOf(person: number): number {
    if (!this.has(person)) return -1;
    if (this.index < 0) this.buildIndex();
    const d = this.store.data;
    const mask = (1 << (this.indexBits - 1)) - 1;
    let i = hash(person, this.indexBits - 1);
    while (d[this.index + 2 * i] !== person + 1) i = (i + 1) & mask;
    return d[this.index + 2 * i + 1];
  }

  /** An index with room for twice as many as have heard, and twice that again to grow into. */
  private buildIndex(): void {
    if (this.index >= 0) this.store.give(this.index, this.indexBits);
    this.indexBits = bitsFor(8 * (this.heardCount + 1));
    this.index = this.store.take(this.indexBits, true);
    const d = this.store.data;
    for (let e = 0; e < this.heardCount; e++) this.indexAdd(d[this.place(e, PERSON)], e);
  }

  /** Field `f` of `person`'s first hearing, or `none` if they have not heard. */
  private read(person: number, f: number, none: number): number {
    const e = this.entryOf(person);
    return e < 0 ? none : this.store.data[this.place(e, f)];
  }

  tickOf(person: number): number {
    return this.read(person, TICK, -1);
  }

  hopsOf(person: number): number {
    return this.read(person, META, 0) >> 1;
  }

  fromOf(person: number): number {
    return this.read(person, FROM, -1);
  }

  versionOf(person: number): number {
    const meta = this.read(person, META, -1);
    return meta < 0 ? -1 : meta & 1;
  }

  /** The version first heard (belief is kept in full records only). */
  believesDistorted(person: number): boolean {
    return this.versionOf(person) === 1;
  }

  heardAll(members: Int32Array): boolean {
    if (this.heardCount < members.length) return false;
    for (const v of members) if (!this.has(v)) return false;
    return true;
  }
}
