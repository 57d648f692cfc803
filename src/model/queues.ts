/**
 * Every person's FIFO send queue, in one pool of typed arrays: a slot holds
 * one pending send (which message, to whom) and links to the next slot of the
 * same queue. Freed slots are reused, so a steady run allocates nothing.
 */
export class SendQueues {
  /** Pending sends per person. */
  readonly length: Int32Array;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private message: Int32Array;
  private target: Int32Array;
  private via: Int32Array;
  private link: Int32Array;
  private free = -1;
  private used = 0;
  total = 0;

  constructor(n: number, initialSlots = 1024) {
    this.length = new Int32Array(n);
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    this.message = new Int32Array(initialSlots);
    this.target = new Int32Array(initialSlots);
    this.via = new Int32Array(initialSlots);
    this.link = new Int32Array(initialSlots);
  }

  /**
   * Appends a send of `message` to `target` (-1: route it when it is sent) to `person`'s queue;
   * `via` is who passed it to them (-1: nobody).
   */
  push(person: number, message: number, target: number, via = -1): void {
    let slot = this.free;
    if (slot >= 0) this.free = this.link[slot];
    else {
      if (this.used === this.message.length) this.grow();
      slot = this.used++;
    }
    this.message[slot] = message;
    this.target[slot] = target;
    this.via[slot] = via;
    this.link[slot] = -1;
    if (this.tail[person] >= 0) this.link[this.tail[person]] = slot;
    else this.head[person] = slot;
    this.tail[person] = slot;
    this.length[person]++;
    this.total++;
  }

  /**
   * Takes the front send off `person`'s queue, writing it to `out` as
   * [message, target, via]. Returns false when the queue is empty.
   */
  shift(person: number, out: Int32Array): boolean {
    const slot = this.head[person];
    if (slot < 0) return false;
    out[0] = this.message[slot];
    out[1] = this.target[slot];
    out[2] = this.via[slot];
    this.head[person] = this.link[slot];
    if (this.head[person] < 0) this.tail[person] = -1;
    this.link[slot] = this.free;
    this.free = slot;
    this.length[person]--;
    this.total--;
    return true;
  }

  /** Empties `person`'s queue and returns how many sends were discarded. */
  clear(person: number): number {
    const discarded = this.length[person];
    const scratch = new Int32Array(3);
    while (this.shift(person, scratch));
    return discarded;
  }

  private grow(): void {
    const size = this.message.length * 2;
    const resize = (a: Int32Array) => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.message = resize(this.message);
    this.target = resize(this.target);
    this.via = resize(this.via);
    this.link = resize(this.link);
  }
}
