import type { Memory } from './memory.ts';

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
  /** Records one copy arriving; true if it is the first this person hears. */
  receive(person: number, version: number, tick: number, from: number, hops: number): boolean;
  /**
   * Believes the distorted version: most copies they received say so. Only a full record counts
   * copies (only the first message's belief is shown); a sparse one answers the version first heard.
   */
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
  /**
   * Per person, written once on first hearing, side by side: hops from the origin, and who they
   * heard it from + 1 (0: the origin, or not yet) times 4 plus the version first heard + 1 (0:
   * not yet).
   */
  private readonly firsts: Int32Array;
  /** Who has heard (the first `heardCount` entries), in the order they first heard. */
  readonly heardOrder: Int32Array;
  heardCount = 0;
  /** Distorted copies received by anyone, all told. */
  distortedTotal = 0;

  /** `memory`: where to take the arrays from (a finished run's, `Memory`). */
  constructor(
    readonly n: number,
    memory?: Memory,
  ) {
    const take = (length: number) => memory?.int32(length) ?? new Int32Array(length);
    this.cells = take(n * C_STRIDE);
    this.firsts = take(n * 2);
    this.heardOrder = take(n);
  }

  /** Hands the arrays to `memory` for a later run; this record is not read after. */
  giveTo(memory: Memory): void {
    for (const array of [this.cells, this.firsts, this.heardOrder]) memory.give(array);
  }

  tickOf(person: number): number {
    return this.cells[person * C_STRIDE + C_TICK] - 1;
  }

  hopsOf(person: number): number {
    return this.firsts[person * 2];
  }

  fromOf(person: number): number {
    return (this.firsts[person * 2 + 1] >> 2) - 1;
  }

  versionOf(person: number): number {
    return (this.firsts[person * 2 + 1] & 3) - 1;
  }

  /** Forgets everything, as new (for reuse by another message). */
  clear(): void {
    this.cells.fill(0);
    this.firsts.fill(0);
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
    this.firsts[person * 2] = hops;
    this.firsts[person * 2 + 1] = (from + 1) * 4 + version + 1;
    this.heardOrder[this.heardCount++] = person;
    return true;
  }

  /** Believes the distorted version: most copies say so (a tie goes to the first heard). */
  believesDistorted(person: number): boolean {
    const balance = this.cells[person * C_STRIDE + C_BALANCE];
    return balance < 0 || (balance === 0 && this.versionOf(person) === 1);
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
