/** What people know of one message, as the engine asks it (dense or sparse underneath). */
export interface Trace {
  readonly heardCount: number;
  /** Tick `person` first heard it, -1 if not yet. */
  tickOf(person: number): number;
  /** Hops from the origin when first heard. */
  hopsOf(person: number): number;
  /** Who they first heard it from (-1 for the origin or not yet). */
  fromOf(person: number): number;
  /** The version first heard: 0 true, 1 distorted, -1 not yet. */
  versionOf(person: number): number;
  receive(person: number, version: number, tick: number, from: number, hops: number): boolean;
  believesDistorted(person: number): boolean;
  heardAll(members: Int32Array): boolean;
}

/** Fields of a person's cell in a full trace: what a copy's arrival reads and writes, side by side. */
const C_TICK = 0;
/** Copies of the true version received less copies of the distorted one: belief needs no more. */
const C_BALANCE = 1;
const C_STRIDE = 2;

/**
 * What `person` knows of a message, packed to travel with a queued send: hops when first heard × 2
 * + the version first heard (0 when nothing is kept).
 */
export function knownBy(trace: Trace | undefined, person: number): number {
  return trace ? trace.hopsOf(person) * 2 + Math.max(0, trace.versionOf(person)) : 0;
}

/**
 * What every person knows of one message: when they first heard it, how many
 * hops it had taken, the version they first heard (and so pass on), and the
 * copies of each version they have received, from which their belief follows.
 * A copy's arrival touches one cell of two numbers, when they heard and the
 * balance of true over distorted copies (a flood sends each person several
 * copies of dozens of messages at once, so this is where the memory traffic
 * goes); what is written once, on first hearing, sits apart. Everything is
 * stored so that a blank record is all zeros.
 */
export class MessageTrace implements Trace {
  /** Per person: tick first heard + 1 (0: not yet), and copies true less copies distorted. */
  private readonly cells: Int32Array;
  /** Hops from the origin when each person first heard. */
  private readonly hops: Int32Array;
  /** Who each person first heard it from, + 1 (0: the origin, or not yet). */
  private readonly from: Int32Array;
  /** The version each person first heard, + 1 (0: not yet). */
  private readonly first: Int8Array;
  /**
   * Who has heard (the first `heardCount` entries), in the order they first heard — apart from
   * those who heard while a sparse trace kept the detail, who come first in no set order.
   */
  readonly heardOrder: Int32Array;
  heardCount = 0;
  /** Distorted copies received by anyone, all told. */
  distortedTotal = 0;

  constructor(readonly n: number) {
    this.cells = new Int32Array(n * C_STRIDE);
    this.hops = new Int32Array(n);
    this.from = new Int32Array(n);
    this.first = new Int8Array(n);
    this.heardOrder = new Int32Array(n);
  }

  tickOf(person: number): number {
    return this.cells[person * C_STRIDE + C_TICK] - 1;
  }

  hopsOf(person: number): number {
    return this.hops[person];
  }

  fromOf(person: number): number {
    return this.from[person] - 1;
  }

  versionOf(person: number): number {
    return this.first[person] - 1;
  }

  /** Forgets everything, as new (for reuse by another message). */
  clear(): void {
    this.cells.fill(0);
    this.hops.fill(0);
    this.from.fill(0);
    this.first.fill(0);
    this.heardCount = 0;
    this.distortedTotal = 0;
  }

  /** Records one copy arriving; returns true if it is the first this person hears. */
  receive(person: number, version: number, tick: number, from: number, hops: number): boolean {
    const cells = this.cells;
    const c = person * C_STRIDE;
    if (version === 1) {
      cells[c + C_BALANCE]--;
      this.distortedTotal++;
    } else cells[c + C_BALANCE]++;
    if (cells[c + C_TICK] !== 0) return false;
    cells[c + C_TICK] = tick + 1;
    this.hops[person] = hops;
    this.from[person] = from + 1;
    this.first[person] = version + 1;
    this.heardOrder[this.heardCount++] = person;
    return true;
  }

  /**
   * Writes what a sparse trace knew of `person` (who must not have heard here yet): `balance` is
   * their copies true less copies distorted (the sparse trace adds its distorted copies, all told,
   * to `distortedTotal` itself).
   */
  restore(person: number, tick: number, hops: number, from: number, version: number, balance: number): void {
    const c = person * C_STRIDE;
    this.cells[c + C_TICK] = tick + 1;
    this.cells[c + C_BALANCE] = balance;
    this.hops[person] = hops;
    this.from[person] = from + 1;
    this.first[person] = version + 1;
    this.heardOrder[this.heardCount++] = person;
  } // prettier-ignore

  /** Believes the distorted version: most copies say so (a tie goes to the first heard). */
  believesDistorted(person: number): boolean {
    const balance = this.cells[person * C_STRIDE + C_BALANCE];
    return balance < 0 || (balance === 0 && this.first[person] === 2);
  }

  /** Writes everyone's `tickOf` to `heard` and `believesDistorted` (as 1) to `distorted`: a still copy. */
  copyTo(heard: Int32Array, distorted: Uint8Array): void {
    for (let v = 0; v < this.n; v++) {
      heard[v] = this.cells[v * C_STRIDE + C_TICK] - 1;
      distorted[v] = heard[v] >= 0 && this.believesDistorted(v) ? 1 : 0;
    }
  }

  /** Have all of `members` heard it? */
  heardAll(members: Int32Array): boolean {
    if (this.heardCount < members.length) return false;
    for (const v of members) if (this.cells[v * C_STRIDE + C_TICK] === 0) return false;
    return true;
  }
}

/** Fields of one entry of a sparse trace, side by side so a look-up touches one cache line. */
const KEY = 0;
const TICK = 1;
const FROM = 2;
/** Hops when first heard × 2 + the version first heard. */
const META = 3;
/** Copies true less copies distorted, as in a full trace. */
const BALANCE = 4;
const STRIDE = 5;
const FIRST_BITS = 4;

/** Tables up to this many fields are cut from shared chunks of this size (1 MB). */
const CHUNK = 1 << 18;

/**
 * Sparse tables for growing traces: a busy run starts and grows hundreds of them a tick. Tables no
 * longer in use are kept by size and handed out again; new small ones are cut from shared chunks
 * (a view of a chunk costs well under a microsecond; a typed array of its own, 5–50 µs of the
 * allocator's and the collector's time — most of a busy run's time before). It never holds more
 * than were in use at once.
 */
export class TablePool {
  private readonly spare: Int32Array[][] = [];
  /** Per size, the chunk being cut and how much of it is handed out. */
  private readonly chunks: Int32Array[] = [];
  private readonly cut: number[] = [];

  /** A blank table with room for 2^bits entries. */
  take(bits: number): Int32Array {
    const table = this.spare[bits]?.pop();
    if (table) {
      table.fill(0);
      return table;
    }
    const size = STRIDE * (1 << bits);
    if (size > CHUNK >> 2) return new Int32Array(size);
    let chunk = this.chunks[bits];
    let at = this.cut[bits] ?? 0;
    if (!chunk || at + size > chunk.length) {
      chunk = this.chunks[bits] = new Int32Array(CHUNK);
      at = 0;
    }
    this.cut[bits] = at + size;
    return chunk.subarray(at, at + size);
  }

  give(table: Int32Array, bits: number): void {
    (this.spare[bits] ??= []).push(table);
  }
}

/**
 * A message's trace kept only for the people who have heard it, in an open-addressed table: a
 * busy run with small capacity starts hundreds of messages a tick that each reach a handful of
 * people, and a full record per message (about 21 bytes per person) would take gigabytes. Once an
 * eighth of everyone has heard, it moves into a full `MessageTrace` (from `dense`) and reads from
 * there. It answers exactly as a full record would.
 */
export class SparseTrace implements Trace {
  private count = 0;
  /** Distorted copies received by anyone, all told (for the full record's `distortedTotal`). */
  private distorted = 0;
  /** The full record, once it has one. */
  full: MessageTrace | null = null;
  /** log2 of the number of entries the table has room for. */
  private bits = FIRST_BITS;
  /** Entries of STRIDE fields; an entry's KEY is its person + 1, 0 where empty. */
  private table: Int32Array;

  constructor(
    private readonly n: number,
    private readonly dense: () => MessageTrace,
    private readonly pool = new TablePool(),
  ) {
    this.table = pool.take(FIRST_BITS);
  }

  /** Hands the table back to the pool; the trace must not be used after, unless it has its full record. */
  dispose(): void {
    if (this.table.length > STRIDE) this.pool.give(this.table, this.bits);
    // An empty table of one entry: a look-up after this finds nobody instead of probing forever.
    this.bits = 0;
    this.table = new Int32Array(STRIDE);
  }

  /** Where `person`'s entry starts: theirs, or the empty one where it would go (Fibonacci hashing). */
  private slot(person: number): number {
    const t = this.table;
    const mask = (1 << this.bits) - 1;
    const key = person + 1;
    let i = (Math.imul(person, 0x9e3779b1) >>> (32 - this.bits)) & mask;
    while (t[i * STRIDE + KEY] !== 0 && t[i * STRIDE + KEY] !== key) i = (i + 1) & mask;
    return i * STRIDE;
  }

  private find(person: number): number {
    const h = this.slot(person);
    return this.table[h + KEY] === person + 1 ? h : -1;
  }

  tickOf(person: number): number {
    if (this.full) return this.full.tickOf(person);
    const h = this.find(person);
    return h < 0 ? -1 : this.table[h + TICK];
  }

  hopsOf(person: number): number {
    if (this.full) return this.full.hopsOf(person);
    const h = this.find(person);
    return h < 0 ? 0 : this.table[h + META] >> 1;
  }

  fromOf(person: number): number {
    if (this.full) return this.full.fromOf(person);
    const h = this.find(person);
    return h < 0 ? -1 : this.table[h + FROM];
  }

  versionOf(person: number): number {
    if (this.full) return this.full.versionOf(person);
    const h = this.find(person);
    return h < 0 ? -1 : this.table[h + META] & 1;
  }

  receive(person: number, version: number, tick: number, from: number, hops: number): boolean {
    if (this.full) return this.full.receive(person, version, tick, from, hops);
    const h = this.slot(person);
    const t = this.table;
    if (version === 1) this.distorted++;
    if (t[h + KEY] !== 0) {
      t[h + BALANCE] += version === 1 ? -1 : 1;
      return false;
    }
    t[h + KEY] = person + 1;
    t[h + TICK] = tick;
    t[h + FROM] = from;
    t[h + META] = hops * 2 + version;
    t[h + BALANCE] = version === 1 ? -1 : 1;
    this.count++;
    if (this.count * 8 > this.n) this.densify();
    else if (this.count * 2 > 1 << this.bits) this.grow();
    return true;
  }

  get heardCount(): number {
    return this.full ? this.full.heardCount : this.count;
  }

  believesDistorted(person: number): boolean {
    if (this.full) return this.full.believesDistorted(person);
    const h = this.find(person);
    if (h < 0) return false;
    const balance = this.table[h + BALANCE];
    return balance < 0 || (balance === 0 && (this.table[h + META] & 1) === 1);
  }

  heardAll(members: Int32Array): boolean {
    if (this.full) return this.full.heardAll(members);
    if (this.heardCount < members.length) return false;
    for (const v of members) if (this.find(v) < 0) return false;
    return true;
  }

  private grow(): void {
    const old = this.table;
    this.table = this.pool.take(this.bits + 1);
    this.bits++;
    const t = this.table;
    for (let i = 0; i < old.length; i += STRIDE) {
      if (old[i + KEY] === 0) continue;
      const h = this.slot(old[i + KEY] - 1);
      for (let f = 0; f < STRIDE; f++) t[h + f] = old[i + f];
    }
    this.pool.give(old, this.bits - 1);
  }

  private densify(): void {
    const full = this.dense();
    const t = this.table;
    for (let h = 0; h < t.length; h += STRIDE) {
      const person = t[h + KEY] - 1;
      if (person < 0) continue;
      const meta = t[h + META];
      full.restore(person, t[h + TICK], meta >> 1, t[h + FROM], meta & 1, t[h + BALANCE]);
    }
    full.distortedTotal += this.distorted;
    this.full = full;
    this.dispose();
  }
}
