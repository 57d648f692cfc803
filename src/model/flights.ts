/** What happened to a send when it reached the other end. */
export const enum Outcome {
  Pending = 0,
  Delivered = 1,
  Lost = 2,
  Dropped = 3,
}

/** The sends of one tick, in typed arrays; the renderer draws them in flight. */
export class Flights {
  count = 0;
  from: Int32Array;
  to: Int32Array;
  message: Int32Array;
  version: Int8Array;
  /** Hops the message will have taken when this copy arrives (the sender's own plus one). */
  hops: Int32Array;
  outcome: Int8Array;

  /** Room for `size` sends to start with (it grows as needed): a flood sends about one per person a tick. */
  constructor(size = 256) {
    this.from = new Int32Array(size);
    this.to = new Int32Array(size);
    this.message = new Int32Array(size);
    this.version = new Int8Array(size);
    this.hops = new Int32Array(size);
    this.outcome = new Int8Array(size);
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
  }

  private grow(): void {
    const size = this.from.length * 2;
    const copy = <T extends Int32Array | Int8Array>(a: T, b: T) => (b.set(a), b);
    this.from = copy(this.from, new Int32Array(size));
    this.to = copy(this.to, new Int32Array(size));
    this.message = copy(this.message, new Int32Array(size));
    this.version = copy(this.version, new Int8Array(size));
    this.hops = copy(this.hops, new Int32Array(size));
    this.outcome = copy(this.outcome, new Int8Array(size));
  }
}
