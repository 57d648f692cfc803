/**
 * What every person knows of one message: when they first heard it, how many
 * hops it had taken, the version they first heard (and so pass on), and the
 * copies of each version they have received, from which their belief follows.
 */
export class MessageTrace {
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
