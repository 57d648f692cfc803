/** What happened to a send when it reached the other end. */
export const enum Outcome {
  Pending = 0,
  Delivered = 1,
  Lost = 2,
  Dropped = 3,
}

/** The rows of ties a fan-out's sends go along (a `Graph` or a picture's `TieShow`). */
export interface Rows {
  readonly offsets: Int32Array;
  readonly ends: Int32Array;
  readonly neighbors: Int32Array;
}

/** A copy's fate in `Flights.fates`: its outcome, and the version it arrived as (bit 2). */
export const fateOf = (outcome: Outcome, version: number): number => outcome | (version << 2);

/**
 * The sends of one tick, in typed arrays; the renderer draws them in flight. A record is one send,
 * or a fan-out: a person's sends of one message to every contact but one (`via`, the person it came
 * from), in the order of their row of ties — with unlimited capacity a flood's sends are nearly
 * all fan-outs, so a tick of a million sends is about a hundred thousand records. A fan-out's `to`
 * is `-2 - via`; its sends' fates are kept one a byte in `fates`, from `base`. The ties must not
 * change while fan-outs are held: `expand` writes them out as single sends first.
 */
export class Flights {
  /** Records. */
  count = 0;
  /** Sends all told (a fan-out is several). */
  copies = 0;
  /** Fan-out records held. */
  fans = 0;
  from = new Int32Array(0);
  to = new Int32Array(0);
  message = new Int32Array(0);
  /** The version sent; a single send's becomes the version it arrived as. */
  version = new Int8Array(0);
  /** Hops the message will have taken when this copy arrives (the sender's own plus one). */
  hops = new Int32Array(0);
  /** A single send's outcome. */
  outcome = new Int8Array(0);
  /** Where a fan-out's fates start in `fates`. */
  base = new Int32Array(0);
  /**
   * A fan-out's sends' fates (`fateOf`), in the order of the sender's row: pending (0) until they
   * land. Zero past the fan-outs' sends (`clear` zeroes what a tick used), so a new fan-out's are
   * pending as they are.
   */
  fates = new Int8Array(0);
  /** How far fates were handed out since the last `clear`. */
  private fated = 0;
  /** Bumped when the records are cleared and when fates are written (`arrive`). */
  revision = 0;
  /**
   * The version of the ties (`TieGraph.version`) when this tick's sends began: while it still
   * holds, every single send's sender is in its target's row.
   */
  tiesAt = -1;
  /** The arrays `expand` writes into, traded with these. */
  private other: Flights | null = null;
  /** Records written out into `other` so far (`expandSome`). */
  private written = 0;

  /** Room for `size` records to start with (it grows as needed). */
  constructor(size = 256) {
    this.grow(size, false);
  }

  /** Forgets every record (for the next tick's sends, which begin with the ties at `tiesAt`). */
  clear(tiesAt = -1): void {
    this.tiesAt = tiesAt;
    this.fates.fill(0, 0, this.fated);
    this.count = this.copies = this.fans = this.written = this.fated = 0;
    this.revision++;
  }

  add(from: number, to: number, message: number, version: number, hops = 0): void {
    if (this.count === this.from.length) this.grow();
    const i = this.count++;
    this.from[i] = from;
    this.to[i] = to;
    this.message[i] = message;
    this.version[i] = version;
    this.hops[i] = hops;
    this.outcome[i] = Outcome.Pending;
    this.copies++;
  }

  /** A fan-out of `sends` sends from `from` to all their contacts but `via`. */
  addFan(from: number, via: number, sends: number, message: number, version: number, hops: number) {
    this.add(from, -2 - via, message, version, hops);
    this.copies += sends - 1;
    this.fans++;
    const i = this.count - 1;
    this.base[i] = this.copies - sends;
    if (this.fates.length < this.copies) {
      const fates = new Int8Array(Math.max(this.copies, this.fates.length * 2));
      fates.set(this.fates.subarray(0, this.fated));
      this.fates = fates;
    }
    this.fated = this.copies;
  }

  /**
   * Calls `visit` with every send from record `first` on, in order, fan-outs written out over `rows`
   * (the ties they were sent over): its record, its ends, the version it was sent or arrived as,
   * and its outcome.
   * Stops, returning false, when `visit` returns false.
   */
  eachSend(rows: Rows, visit: (i: number, from: number, to: number, version: number, outcome: number) => boolean, first = 0): boolean {
    const { offsets, ends, neighbors } = rows;
    for (let i = first; i < this.count; i++) {
      const to = this.to[i];
      const from = this.from[i];
      if (to >= 0) {
        if (!visit(i, from, to, this.version[i], this.outcome[i])) return false;
        continue;
      }
      const via = -2 - to;
      let c = this.base[i];
      for (let k = offsets[from]; k < ends[from]; k++) {
        if (neighbors[k] === via) continue;
        const fate = this.fates[c++];
        const version = (fate & 3) === Outcome.Pending ? this.version[i] : fate >> 2;
        if (!visit(i, from, neighbors[k], version, fate & 3)) return false;
      }
    }
    return true;
  } // prettier-ignore

  /** Writes every fan-out out as single sends, in place (before the ties they go along change). */
  expand(rows: Rows): void {
    this.expandSome(rows, Infinity);
  }

  /**
   * `expand` in parts: from where the last call stopped, records until about `budget` sends are
   * written out; true once all are. Neither the records nor the ties may change between parts.
   */
  expandSome(rows: Rows, budget: number): boolean {
    if (this.fans === 0) return true;
    // Written into a second set of arrays, then the two sets trade places (kept for next time).
    const other = (this.other ??= new Flights(this.copies));
    if (this.written === 0) {
      other.clear();
      // Room for all of them at once: growing as they are written would copy what is written.
      if (other.from.length < this.copies) other.grow(this.copies, false);
    }
    const enough = other.count + budget;
    let record = -1;
    const done = this.eachSend(
      rows,
      (i, from, to, version, outcome) => {
        if (i !== record && other.count >= enough) return false;
        record = i;
        other.add(from, to, this.message[i], version, this.hops[i]);
        other.outcome[other.count - 1] = outcome;
        return true;
      },
      this.written,
    );
    if (!done) {
      this.written = record + 1;
      return false;
    }
    this.written = 0;
    [this.from, other.from] = [other.from, this.from];
    [this.to, other.to] = [other.to, this.to];
    [this.message, other.message] = [other.message, this.message];
    [this.version, other.version] = [other.version, this.version];
    [this.hops, other.hops] = [other.hops, this.hops];
    [this.outcome, other.outcome] = [other.outcome, this.outcome];
    [this.base, other.base] = [other.base, this.base];
    this.count = other.count;
    this.revision++;
    this.fans = 0;
    return true;
  }

  /** Room for `size` records, keeping those held unless `keep` is false. */
  private grow(size = this.from.length * 2, keep = true): void {
    const copy = <T extends Int32Array | Int8Array>(a: T, b: T) => {
      if (keep) b.set(a);
      return b;
    };
    this.from = copy(this.from, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.message = copy(this.message, new Int32Array(size));
    this.version = copy(this.version, new Int8Array(size));
    this.hops = copy(this.hops, new Int32Array(size));
    this.outcome = copy(this.outcome, new Int8Array(size));
    this.base = copy(this.base, new Int32Array(size));
  }
}
