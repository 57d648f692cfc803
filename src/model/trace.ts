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

/**
 * What every person knows of one message: when they first heard it, how many
 * hops it had taken, the version they first heard (and so pass on), and the
 * copies of each version they have received, from which their belief follows.
 */
export class MessageTrace implements Trace {
  /** Tick each person first heard it, -1 if not yet. */
  readonly heardTick: Int32Array;
  /** Hops from the origin when first heard. */
  readonly hops: Int32Array;
  /** Who they first heard it from (-1 for the origin or not yet). */
  readonly heardFrom: Int32Array;
  /** The version first heard: 0 true, 1 distorted, -1 not yet. */
  readonly version: Int8Array;
  readonly trueCopies: Int32Array;
  readonly distortedCopies: Int32Array;
  heardCount = 0;

  constructor(n: number) {
    this.heardTick = new Int32Array(n).fill(-1);
    this.hops = new Int32Array(n);
    this.heardFrom = new Int32Array(n).fill(-1);
    this.version = new Int8Array(n).fill(-1);
    this.trueCopies = new Int32Array(n);
    this.distortedCopies = new Int32Array(n);
  }

  tickOf(person: number): number {
    return this.heardTick[person];
  }

  hopsOf(person: number): number {
    return this.hops[person];
  }

  fromOf(person: number): number {
    return this.heardFrom[person];
  }

  versionOf(person: number): number {
    return this.version[person];
  }

  /** Forgets everything, as new (for reuse by another message). */
  clear(): void {
    this.heardTick.fill(-1);
    this.hops.fill(0);
    this.heardFrom.fill(-1);
    this.version.fill(-1);
    this.trueCopies.fill(0);
    this.distortedCopies.fill(0);
    this.heardCount = 0;
  }

  /** Records one copy arriving; returns true if it is the first this person hears. */
  receive(person: number, version: number, tick: number, from: number, hops: number): boolean {
    if (version === 1) this.distortedCopies[person]++;
    else this.trueCopies[person]++;
    if (this.heardTick[person] >= 0) return false;
    this.heardTick[person] = tick;
    this.hops[person] = hops;
    this.heardFrom[person] = from;
    this.version[person] = version;
    this.heardCount++;
    return true;
  }

  /** Believes the distorted version: most copies say so (a tie goes to the first heard). */
  believesDistorted(person: number): boolean {
    const d = this.distortedCopies[person];
    const t = this.trueCopies[person];
    return d > t || (d === t && this.version[person] === 1);
  }

  /** Have all of `members` heard it? */
  heardAll(members: Int32Array): boolean {
    if (this.heardCount < members.length) return false;
    for (const v of members) if (this.heardTick[v] < 0) return false;
    return true;
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
  /** The full record, once it has one. */
  full: MessageTrace | null = null;
  private keys = new Int32Array(16).fill(-1);
  private ticks = new Int32Array(16);
  private hopCounts = new Int32Array(16);
  private froms = new Int32Array(16);
  private versions = new Int8Array(16);
  /** Copies received per entry: true at 2i, distorted at 2i + 1. */
  private copies = new Int32Array(32);

  constructor(
    private readonly n: number,
    private readonly dense: () => MessageTrace,
  ) {}

  /** The table slot of `person`: theirs, or the empty one where they would go. */
  private slot(person: number): number {
    const mask = this.keys.length - 1;
    let h = (Math.imul(person, 0x9e3779b1) >>> 0) & mask;
    while (this.keys[h] !== -1 && this.keys[h] !== person) h = (h + 1) & mask;
    return h;
  }

  private find(person: number): number {
    const h = this.slot(person);
    return this.keys[h] === person ? h : -1;
  }

  tickOf(person: number): number {
    if (this.full) return this.full.heardTick[person];
    const h = this.find(person);
    return h < 0 ? -1 : this.ticks[h];
  }

  hopsOf(person: number): number {
    if (this.full) return this.full.hops[person];
    const h = this.find(person);
    return h < 0 ? 0 : this.hopCounts[h];
  }

  fromOf(person: number): number {
    if (this.full) return this.full.heardFrom[person];
    const h = this.find(person);
    return h < 0 ? -1 : this.froms[h];
  }

  versionOf(person: number): number {
    if (this.full) return this.full.version[person];
    const h = this.find(person);
    return h < 0 ? -1 : this.versions[h];
  }

  receive(person: number, version: number, tick: number, from: number, hops: number): boolean {
    if (this.full) return this.full.receive(person, version, tick, from, hops);
    const h = this.slot(person);
    if (this.keys[h] === person) {
      this.copies[2 * h + (version === 1 ? 1 : 0)]++;
      return false;
    }
    this.keys[h] = person;
    this.ticks[h] = tick;
    this.hopCounts[h] = hops;
    this.froms[h] = from;
    this.versions[h] = version;
    this.copies[2 * h] = version === 1 ? 0 : 1;
    this.copies[2 * h + 1] = version === 1 ? 1 : 0;
    this.count++;
    if (this.count * 8 > this.n) this.densify();
    else if (this.count * 2 > this.keys.length) this.grow();
    return true;
  }

  get heardCount(): number {
    return this.full ? this.full.heardCount : this.count;
  }

  believesDistorted(person: number): boolean {
    if (this.full) return this.full.believesDistorted(person);
    const h = this.find(person);
    if (h < 0) return false;
    const d = this.copies[2 * h + 1];
    const t = this.copies[2 * h];
    return d > t || (d === t && this.versions[h] === 1);
  }

  heardAll(members: Int32Array): boolean {
    if (this.full) return this.full.heardAll(members);
    if (this.heardCount < members.length) return false;
    for (const v of members) if (this.find(v) < 0) return false;
    return true;
  }

  /** Each entry, as (person, table slot). */
  private each(visit: (person: number, h: number) => void): void {
    for (let h = 0; h < this.keys.length; h++) if (this.keys[h] >= 0) visit(this.keys[h], h);
  }

  private grow(): void {
    const old = { keys: this.keys, ticks: this.ticks, hops: this.hopCounts, froms: this.froms, versions: this.versions, copies: this.copies }; // prettier-ignore
    const size = this.keys.length * 2;
    this.keys = new Int32Array(size).fill(-1);
    this.ticks = new Int32Array(size);
    this.hopCounts = new Int32Array(size);
    this.froms = new Int32Array(size);
    this.versions = new Int8Array(size);
    this.copies = new Int32Array(2 * size);
    for (let i = 0; i < old.keys.length; i++) {
      const person = old.keys[i];
      if (person < 0) continue;
      const h = this.slot(person);
      this.keys[h] = person;
      this.ticks[h] = old.ticks[i];
      this.hopCounts[h] = old.hops[i];
      this.froms[h] = old.froms[i];
      this.versions[h] = old.versions[i];
      this.copies[2 * h] = old.copies[2 * i];
      this.copies[2 * h + 1] = old.copies[2 * i + 1];
    }
  }

  private densify(): void {
    const full = this.dense();
    this.each((person, h) => {
      full.heardTick[person] = this.ticks[h];
      full.hops[person] = this.hopCounts[h];
      full.heardFrom[person] = this.froms[h];
      full.version[person] = this.versions[h];
      full.trueCopies[person] = this.copies[2 * h];
      full.distortedCopies[person] = this.copies[2 * h + 1];
    });
    full.heardCount = this.count;
    this.full = full;
    this.keys = new Int32Array(0);
  }
}
