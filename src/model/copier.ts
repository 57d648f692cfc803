type Ints = Int32Array | Uint8Array;
type Kind<T extends Ints> = new (length: number) => T;

/**
 * Copies typed arrays into buffers that earlier copies are done with. A still copy of a side is
 * taken every tick while a run plays (`shown.ts`), megabytes at 100,000 people, and in Chromium a
 * fresh array costs its first touch of every page: a new 1.7 MB copy took ~4.4 ms there, the same
 * copy into a buffer used before ~0.2 ms. Copies are handed out in generations: `release` ends
 * one; a buffer is reused only once the generation after its own has ended too, so whatever still
 * holds a copy a little longer (a layer comparing what it last drew) never sees it change under it.
 * Buffers not taken again within a generation are let go.
 */
export class Copier {
  /** Free to reuse. */
  private spare: Ints[] = [];
  /** Handed out in the generation before this one. */
  private retired: Ints[] = [];
  /** Handed out in this generation. */
  private lent: Ints[] = [];

  /** A copy of the first `length` entries of `source` (all of it unless told). */
  copy<T extends Ints>(source: T, length = source.length): T {
    const copy = this.take(source.constructor as Kind<T>, length);
    copy.set(source.subarray(0, length));
    return copy;
  }

  /** An array of `length` entries of `kind` for a copy to be written into (not cleared). */
  take<T extends Ints>(kind: Kind<T>, length: number): T {
    // The smallest that fits: each tick asks for the same sizes, and each finds its own again.
    let best = -1;
    for (let i = 0; i < this.spare.length; i++) {
      const b = this.spare[i];
      if (
        b.constructor === kind &&
        b.length >= length &&
        (best < 0 || b.length < this.spare[best].length)
      )
        best = i;
    }
    let buffer: T | null = null;
    if (best >= 0) {
      buffer = this.spare[best] as T;
      this.spare[best] = this.spare[this.spare.length - 1];
      this.spare.pop();
    }
    // Room to grow by an eighth: a tie pool that grows a little each tick still finds its buffer.
    buffer ??= new kind(length + (length >> 3));
    this.lent.push(buffer);
    return buffer.subarray(0, length) as T;
  }

  /** The copies handed out so far are no longer on show (they may be read until the next release). */
  release(): void {
    this.spare = this.retired;
    this.retired = this.lent;
    this.lent = [];
  }
}

/** What a still copy takes its arrays from: a `Copier`, or fresh arrays each time (`FRESH`). */
export type Copies = Pick<Copier, 'copy' | 'take'>;

/** Fresh arrays each time, for copies kept for as long as anyone likes. */
export const FRESH: Copies = {
  copy: (source, length = source.length) => source.slice(0, length) as typeof source,
  take: (kind, length) => new kind(length),
};
