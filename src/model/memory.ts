/**
 * The biggest arrays of finished runs, kept for the next run to reuse. Writing to memory the
 * process has not used before costs a page fault for every 4 KB (~11 µs each on the project's
 * machine): a capacity-1 run of 10,000 people writes ~60 MB that way (about a seventh of its
 * time), and memory a finished run lets go of goes back to the system, so the run after it pays
 * again. Code that runs one run after another (Run many, Who starts it, the CLI's sweeps and
 * reports, the bench) passes one `Memory` to each `Lab` and disposes each run once it is done
 * with it (`Lab.dispose`). What is taken is as new — zeros — so no run can tell: only where its
 * arrays live changes, never what it does.
 */
export class Memory {
  /** Arrays given back, by length. */
  private readonly kept = new Map<number, Int32Array[]>();
  /** Sparse-trace stores given back: the array and how far it was used (zeros past that). */
  private readonly stores: Array<{ data: Int32Array; used: number }> = [];
  /** Bytes kept, and the most kept before arrays given back are let go instead. */
  private bytes = 0;
  private readonly limit: number;
  /** Arrays handed out again (a test reads it: reuse is happening). */
  reused = 0;

  constructor(limitBytes = 1 << 30) {
    this.limit = limitBytes;
  }

  /** `length` zeros: an array given back, or a new one. */
  int32(length: number): Int32Array {
    const array = this.kept.get(length)?.pop();
    if (!array) return new Int32Array(length);
    this.bytes -= array.byteLength;
    this.reused++;
    return array.fill(0);
  }

  /** Keeps `array` for a later `int32` of its length (unless too much is kept already). */
  give(array: Int32Array): void {
    if (array.length === 0 || this.bytes + array.byteLength > this.limit) return;
    this.bytes += array.byteLength;
    let list = this.kept.get(array.length);
    if (!list) this.kept.set(array.length, (list = []));
    list.push(array);
  }

  /** A sparse-trace store's array given back, with how far it was used, or null. */
  takeStore(): { data: Int32Array; used: number } | null {
    const store = this.stores.pop();
    if (!store) return null;
    this.bytes -= store.data.byteLength;
    this.reused++;
    return store;
  }

  giveStore(data: Int32Array, used: number): void {
    if (this.bytes + data.byteLength > this.limit) return;
    this.bytes += data.byteLength;
    this.stores.push({ data, used });
  }
}
