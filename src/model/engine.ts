import { TieDynamics, type TieListener } from './dynamics.ts';
import type { Graph } from './graph.ts';
import { isReportingLine } from './networks/crossTies.ts';
import type { EngineOptions, TickCounts } from './engineOptions.ts';
import type { Random } from './random.ts';
import { eachPick, gossipRound } from './gossip.ts';
import { Flights } from './flights.ts';
import { landFrom } from './landing.ts';
import { begun, FAN, fanOf, fanSize, fanTarget, SendQueues, sendsIn } from './queues.ts';
import { Reach } from './reach.ts';
import { Router } from './routing.ts';
import { TieGraph } from './ties.ts';
import type { Memory } from './memory.ts';
import { Messages } from './messages.ts';
import { knownBy, MessageTrace } from './trace.ts';

/**
 * One side's simulation: the synchronous tick (arrive → learn → send) over one network. A plain
 * state machine driven by `step()`; the same inputs give the same ticks on every machine.
 */
export class SideEngine {
  tick = 0;
  readonly working: Uint8Array;
  readonly queues: SendQueues;
  /** Per-person detail of the first message; `informed` and `ticksTo…` follow it. */
  readonly first: MessageTrace;
  /** Sends that arrived (or not) in the last tick, with their outcomes. */
  arrivals: Flights;
  /** Sends made in the last tick, arriving in the next. */
  flights: Flights;
  /** Once a still copy was taken (`shown.ts`), a third buffer: the sends on show stay a tick longer. */
  private spare: Flights | null = null;
  readonly counts: TickCounts = { sends: 0, lost: 0, dropped: 0, redundant: 0, delivered: 0 };
  /** Latency of every delivered request, in ticks. */
  readonly latencies: number[] = [];
  /** Bumped whenever the working network changes: a knock-out, a return, a tie formed or dropped. */
  networkVersion = 0;
  /** The network as it stands: ties form, fade and move during the run. */
  readonly ties: TieGraph;
  /** Relational dynamics: bonds, fading, repair and promotions. */
  readonly dynamics: TieDynamics;
  readonly router: Router;
  /** Who messages are meant to reach, and the groups of working people (`Lab` finds them in parts). */
  readonly reach: Reach;
  /** Every message started on this side: origin, start, addressee, what people know of it. */
  readonly messages: Messages;
  private readonly scratch = new Int32Array(4);

  /** `chart` (a hierarchy's chain of command) marks reporting lines; `tieRandom` draws the bonds. */
  constructor(
    initial: Graph,
    readonly options: EngineOptions,
    readonly channel: Random,
    failed: Uint8Array,
    chart?: { readonly manager?: Int32Array; readonly level?: Int32Array },
    private readonly tieRandom: Random = channel,
    memory?: Memory,
  ) {
    const n = initial.n;
    this.messages = new Messages(memory);
    this.working = new Uint8Array(n).fill(1);
    for (let i = failed.indexOf(1); i >= 0; i = failed.indexOf(1, i + 1)) this.working[i] = 0;
    this.queues = new SendQueues(n, memory);
    // Room for a tick's sends, grown as needed (a flood's fan-outs are one a sender).
    this.arrivals = new Flights(Math.max(256, n >> 3));
    this.flights = new Flights(Math.max(256, n >> 3));
    this.first = new MessageTrace(n, memory);
    const manager = chart?.manager;
    const formal = manager && ((u: number, v: number) => isReportingLine(manager, u, v));
    this.ties = new TieGraph(initial, formal);
    // Fan-outs go along the rows they were sent or queued over: written out before those change.
    this.ties.beforeChange = (u, v) => {
      for (const sends of [this.arrivals, this.flights, this.spare]) sends?.expand(this.ties);
      for (const person of [u, v]) this.queues.expandFans(this.ties, person);
    };
    this.router = new Router(this.ties, this.working);
    const built = failed.includes(1) ? null : initial;
    this.reach = new Reach(this.ties, this.working, this.router, built, manager);
    this.dynamics = new TieDynamics(this.ties, this.working, chart, this.listener);
  }

  /** The network as it stands now. */
  get graph(): Graph {
    return this.ties;
  }

  /** True while anything is queued, in flight or still gossiping, or a repair or promotion is to come. */
  get busy(): boolean {
    return (
      this.queues.total > 0 ||
      this.flights.count > 0 ||
      this.messages.gossiping ||
      this.dynamics.pending(this.options, this.tick)
    );
  }

  /** Starts the tick: sends made last tick become this tick's arrivals. */
  beginTick(): void {
    const c = this.counts;
    c.sends = c.lost = c.dropped = c.redundant = c.delivered = 0;
    const shown = this.arrivals;
    this.arrivals = this.flights;
    this.flights = this.spare ?? shown;
    if (this.spare) this.spare = shown;
    this.flights.clear(this.ties.version);
  }

  /** From now on the sends on show are not reused until a tick later (a still copy draws them). */
  keepShown(): void {
    this.spare ??= new Flights(this.flights.from.length);
  }

  fail(person: number): void {
    if (!this.working[person]) return;
    this.working[person] = 0;
    // What they had queued is dropped.
    for (const out = this.scratch; this.queues.shift(person, out); this.messages.release(out[0])) {
      this.messages.pending[out[0]] -= sendsIn(out[1]);
      this.counts.dropped += sendsIn(out[1]);
    }
    this.dynamics.knockedOut(person, this.tick);
    this.changedFailures();
  }

  restore(person: number): void {
    if (this.working[person]) return;
    this.working[person] = 1;
    this.dynamics.restored(person, this.tick);
    this.changedFailures();
  }

  /** After the tick's knock-outs and returns: vacant posts are filled and lost contacts re-tie. */
  reorganize(): void {
    this.dynamics.startOfTick(this.tick, this.options);
  }

  /** Arrive and learn, in parts: from record `first` until about `budget` sends landed (`landing.ts`). */
  arrive(first = 0, budget = Infinity): number {
    return landFrom(this, first, budget);
  }

  /** Starts a new message at `person`: a broadcast, or a request to `to`. */
  start(person: number, to = -1): number {
    const m = this.messages.count;
    const trace =
      m === 0
        ? this.first
        : this.options.traffic === 'broadcast'
          ? this.messages.blankTrace(this.graph.n, this.options.capacity === Infinity)
          : undefined;
    this.messages.add(person, this.tick, this.options.traffic === 'requests' ? to : -1, trace);
    trace?.receive(person, 0, this.tick, -1, 0);
    if (!this.working[person]) return m;
    if (this.options.traffic !== 'requests') this.learned(m, person, -1, 0);
    else if (to !== person) this.enqueue(person, m, -1, -1, 0);
    return m;
  }

  /** Gossipers who learned before this tick tell `fanout` more contacts while their rounds last. */
  gossip(): void {
    if (this.options.protocol !== 'gossip') return;
    gossipRound(this, this.messages, (m, person, known) => this.tellAtRandom(m, person, known));
  }

  /** Sends of `first` … `last - 1`, till routing looked at `searched` people or sent `sends`. */
  sendFrom(first: number, last: number, searched = Infinity, sends = Infinity): number {
    const { capacity, adapt, bond } = this.options;
    const tieChance = adapt ? bond : 0;
    const whole = capacity === Infinity;
    const q = this.queues;
    const out = this.scratch;
    const enough = this.router.searched + searched;
    const plenty = this.counts.sends + sends;
    if (!whole && this.options.traffic === 'broadcast') q.touchFronts(first, last);
    for (let u = q.nextQueued(first, last); u < last; u = q.nextQueued(u + 1, last)) {
      if (this.router.searched >= enough || this.counts.sends >= plenty) return u;
      if (!this.working[u]) continue;
      let sent = 0;
      while (sent < capacity && (whole ? q.shift(u, out) : q.takeOne(u, out))) {
        const m = out[0];
        const via = out[2];
        const known = out[3];
        let to = out[1];
        if (to <= FAN) {
          sent += this.sendFan(u, m, sendsIn(to), begun(to), via, known, whole, tieChance);
          continue;
        }
        if (to < 0) to = this.router.nextHopOf(m, u, this.messages.addressee[m]);
        if (to < 0) {
          // No way left to the addressee: the request dies here.
          this.messages.pending[m]--;
          this.counts.dropped++;
          continue;
        }
        this.dispatch(u, to, m, via, known, tieChance);
        sent++;
      }
      this.counts.sends += sent;
    }
    return last;
  }

  /**
   * Sends of `u`'s fan-out of `m` with `left` sends left: all of them (`whole`), or the next one.
   * One not `begun` has all its sends left (the ties do not change while it is queued).
   */
  private sendFan(u: number, m: number, left: number, begun: boolean, via: number, known: number, whole: boolean, bond: number) {
    if (whole && !begun) {
      // One record for all of them (bonds are drawn send by send, as for single sends).
      const { offsets, ends, neighbors } = this.ties;
      if (bond > 0) for (let k = offsets[u]; k < ends[u]; k++) if (neighbors[k] !== via) this.mayBond(via, neighbors[k], bond);
      this.flights.addFan(u, via, left, m, known & 1, (known >> 1) + 1);
      return left;
    }
    // Single sends: the next, or (capacity raised since it was queued) all it has left.
    const size = fanSize(this.ties, u, via);
    for (let k = size - left; k < (whole ? size : size - left + 1); k++)
      this.dispatch(u, fanTarget(this.ties, u, via, k), m, via, known, bond);
    return whole ? left : 1;
  } // prettier-ignore

  /**
   * Ends the tick: the ties change (relational dynamics) — in parts, each until about `queued`
   * sends were written out or queued on new ties. True once the tick is over.
   */
  endTick(queued = Infinity): boolean {
    // Fan-outs in flight go along the ties: written out before new ones form, in parts too.
    const held = this.dynamics.proposed ? [this.arrivals, this.flights, this.spare] : [];
    if (held.some((sends) => sends && !sends.expandSome(this.ties, queued))) return false;
    const before = this.queues.total;
    const enough = queued === Infinity ? undefined : () => this.queues.total - before >= queued;
    if (!this.dynamics.endOfTick(this.tick, this.options, enough)) return false;
    this.tick++;
    return true;
  }

  /** One send from `u` to `to`, with what `u` knows (`known`); `bond` > 0: it may tie `via` to `to`. */
  private dispatch(u: number, to: number, m: number, via: number, known: number, bond: number) {
    // What the sender knows travels with the send: their version, and their hops plus one.
    this.flights.add(u, to, m, known & 1, (known >> 1) + 1);
    if (bond > 0) this.mayBond(via, to, bond);
  }

  /** Triadic closure: passing on from `via` to `to` may tie them (with chance `bond`). */
  private mayBond(via: number, to: number, bond: number): void {
    if (via >= 0 && via !== to && !this.ties.has(via, to) && this.tieRandom.next() < bond)
      this.dynamics.proposeBond(via, to);
  }

  /** Routes and news follow every change of ties. */
  private readonly listener: TieListener = {
    tieFormed: (u, v) => {
      this.router.tieAdded(u, v);
      this.networkVersion++;
      this.introduce(u, v);
    },
    tieDropped: (u, v) => {
      this.router.tieDropped(u, v);
      this.networkVersion++;
    },
  };

  /** News on a new tie: each of the two who knows a broadcast still followed tells the other once. */
  private introduce(u: number, v: number): void {
    const { working } = this;
    this.messages.eachKeptBroadcast((m, trace) => {
      if (working[u] && trace.tickOf(u) >= 0)
        this.enqueue(u, m, v, trace.fromOf(u), knownBy(trace, u));
      if (working[v] && trace.tickOf(v) >= 0)
        this.enqueue(v, m, u, trace.fromOf(v), knownBy(trace, v));
    });
  }

  /** A copy of `m` reaching `to`, as `version`, having taken `hops` hops (for `landing.ts`). */
  deliver(m: number, from: number, to: number, version: number, hops: number): void {
    const trace = this.messages.traces[m];
    if (this.messages.addressee[m] >= 0) {
      // A request: absorbed by its addressee, passed on by everyone else.
      if (trace && trace.tickOf(to) < 0) trace.receive(to, version, this.tick, from, hops);
      if (to === this.messages.addressee[m]) {
        this.counts.delivered++;
        this.latencies.push(this.tick - this.messages.startTick[m]);
      } else this.enqueue(to, m, -1, from, knownBy(trace, to));
      return;
    }
    if (!trace) return;
    if (trace.receive(to, version, this.tick, from, hops))
      this.learned(m, to, from, hops * 2 + version);
    else this.counts.redundant++;
  }

  /**
   * `person` just learned broadcast `m` from `from` (knowing `known`): queue their forwards to their
   * contacts but `from` (`forwards` of them, when the caller knows).
   */
  learned(m: number, person: number, from: number, known: number, forwards = -1): void {
    const { offsets, ends, neighbors } = this.graph;
    if (this.options.protocol === 'gossip') {
      this.messages.gossipers[m].push(person);
      this.tellAtRandom(m, person, known);
      return;
    }
    if (this.options.capacity === Infinity || !this.options.adapt) {
      // One queued fan-out stands for them: all sent this tick, over these ties, or (a smaller
      // capacity) one by one, written out as single sends if the ties change first.
      const count = forwards >= 0 ? forwards : fanSize(this.ties, person, from);
      if (count > 0) this.enqueue(person, m, fanOf(count), from, known);
      return;
    }
    for (let k = offsets[person]; k < ends[person]; k++) {
      const v = neighbors[k];
      if (v !== from) this.enqueue(person, m, v, from, known);
    }
  }

  /** Push gossip: `fanout` distinct contacts drawn uniformly from all of a person's contacts. */
  private tellAtRandom(m: number, person: number, known: number): void {
    const via = this.messages.traces[m]?.fromOf(person) ?? -1;
    const tell = (to: number) => this.enqueue(person, m, to, via, known);
    eachPick(this.graph, person, this.options.fanout, this.channel, tell);
  }

  /** Queues a send of `m` from `person` to `to` (-1: route it), from `via`, with `knownBy`'s `known`. */
  private enqueue(person: number, m: number, to: number, via: number, known: number): void {
    this.queues.push(person, m, to, via, known);
    this.messages.pending[m] += sendsIn(to);
  }

  /**
   * The people message `m` is meant to reach, on the network as it is now: for a broadcast, every
   * working person connected to its origin; for a request, the people on its route.
   */
  intendedReach(m: number): Int32Array {
    const { origin, addressee } = this.messages;
    return this.reach.of(m, origin[m], addressee[m], this.networkVersion);
  }

  /** People in the largest connected group of working people; searched again only after a change. */
  largestGroup(): number {
    return this.reach.largestGroup(this.networkVersion);
  }

  private changedFailures(): void {
    this.networkVersion++;
    this.router.invalidate();
  }
}
