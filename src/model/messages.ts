import type { Memory } from './memory.ts';
import { SparseTrace, TraceStore } from './sparseTrace.ts';
import { MessageTrace, type Trace } from './trace.ts';

/**
 * Every message one side has started, by id: who started it, when, for whom, how many of its
 * sends are still queued or in flight, who is still gossiping it, and — while it is still
 * spreading — what each person knows of it (the first message's detail is always kept).
 */
export class Messages {
  readonly origin: number[] = [];
  readonly startTick: number[] = [];
  /** The addressee of a request; -1 for a broadcast. */
  readonly addressee: number[] = [];
  /** Sends queued or in flight per message; a broadcast's detail is freed at zero. */
  readonly pending: number[] = [];
  readonly traces: Array<Trace | undefined> = [];
  readonly gossipers: number[][] = [];
  /** Broadcasts whose detail may still be kept (the freed ones are dropped from it lazily). */
  private readonly broadcasts: number[] = [];
  /**
   * Freed detail, kept to be reused: a busy run starts dozens of broadcasts a tick. It never holds
   * more than were alive at once, so it costs no more memory than the busiest tick did.
   */
  private readonly spare: MessageTrace[] = [];
  /** Where the sparse traces keep what they know (made with the first: a flood with unlimited capacity has none). */
  private store: TraceStore | null = null;

  /** `memory`: where records take their arrays from (a finished run's, `Memory`). */
  constructor(private readonly memory?: Memory) {}

  get count(): number {
    return this.origin.length;
  }

  add(origin: number, tick: number, addressee: number, trace: Trace | undefined): number {
    const m = this.origin.length;
    if (addressee < 0) this.broadcasts.push(m);
    this.origin.push(origin);
    this.startTick.push(tick);
    this.addressee.push(addressee);
    this.pending.push(0);
    this.gossipers.push([]);
    this.traces.push(trace);
    return m;
  }

  /** Is anyone still gossiping any message? */
  get gossiping(): boolean {
    return this.gossipers.some((g) => g.length > 0);
  }

  /** A finished broadcast (nothing queued, in flight or gossiping) no longer needs its detail. */
  release(m: number): void {
    const trace = this.traces[m];
    if (m !== 0 && trace && this.pending[m] === 0 && this.gossipers[m].length === 0) {
      this.traces[m] = undefined;
      if (trace instanceof SparseTrace) trace.dispose();
      else if (trace instanceof MessageTrace) this.spare.push(trace);
    }
  }

  /**
   * Blank detail for a new broadcast among `n` people: sparse (`sparseTrace.ts`), or (when it will
   * soon reach everyone: `wide`, as with unlimited capacity) a full record at once.
   */
  blankTrace(n: number, wide = false): Trace {
    if (wide) return this.fullTrace(n);
    this.store ??= new TraceStore(true, this.memory?.takeStore());
    return new SparseTrace(n, this.store);
  }

  /** A blank full record for `n` people: freed ones reused, or new. */
  fullTrace(n: number): MessageTrace {
    const trace = this.spare.pop();
    if (!trace || trace.n !== n) return new MessageTrace(n, this.memory);
    trace.clear();
    return trace;
  }

  /** Hands every record's arrays (and `more`'s) to `memory` for a later run; none is read after. */
  giveTo(memory: Memory, ...more: MessageTrace[]): void {
    const full = new Set([...this.spare, ...more]);
    for (const trace of this.traces) if (trace instanceof MessageTrace) full.add(trace);
    for (const trace of full) trace.giveTo(memory);
    this.store?.giveTo(memory);
    this.traces.length = this.spare.length = 0;
  }

  /** Calls `visit` with each broadcast whose detail is kept, oldest first. */
  eachKeptBroadcast(visit: (m: number, trace: Trace) => void): void {
    let keep = 0;
    for (const m of this.broadcasts) {
      const trace = this.traces[m];
      if (!trace) continue;
      this.broadcasts[keep++] = m;
      visit(m, trace);
    }
    this.broadcasts.length = keep;
  }
}
