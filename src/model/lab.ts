import { SideEngine } from './engine.ts';
import type { EngineOptions } from './engineOptions.ts';
import type { LabEvent, PersonEvent } from './events.ts';
import { chooseFailures, mostImportant } from './failures.ts';
import { summarize, TickMeter, type Summary, type TickMetrics } from './metrics.ts';
import type { Memory } from './memory.ts';
import { buildHierarchy, buildPeerNetwork, type Network } from './networks/index.ts';
import { withLive, type Settings, type Source } from './params.ts';
import { createStream, type Random } from './random.ts';
import { QueueOverflow } from './queues.ts';

export type SideName = 'hierarchy' | 'p2p';
export const SIDES: readonly SideName[] = ['hierarchy', 'p2p'];

/** A tick run in parts pauses after this many arrivals, and after this many people's sends. */
const ARRIVALS_PER_PART = 20_000;
const SENDERS_PER_PART = 512;
/** …and after routing's searches have looked at this many people all told, or this many sends. */
const SEARCHED_PER_PART = 200_000;
const SENT_PER_PART = 50_000;
/** …and, as the ties change at its end, after new ties queued this many sends. */
const QUEUED_PER_PART = 20_000;
/** …and after finding the groups of working people through this many people. */
const GROUPED_PER_PART = 30_000;

export interface Side {
  readonly name: SideName;
  readonly network: Network;
  readonly engine: SideEngine;
  readonly series: TickMetrics[];
  /** Takes `series`' rows, tick by tick. */
  readonly meter: TickMeter;
  /** Start draws for continuous load; both sides' streams are seeded alike so they start the same messages. */
  readonly traffic: Random;
}

export interface LabNetworks {
  hierarchy: Network;
  p2p: Network;
}

/** What one side's engine takes from the settings (live ones are applied again when they change). */
function engineOptions(settings: Settings, name: SideName): EngineOptions {
  return {
    capacity: settings.capacity,
    protocol: name === 'hierarchy' ? 'chain' : settings.protocol,
    fanout: settings.fanout,
    rounds: settings.rounds,
    traffic: settings.traffic,
    loss: settings.loss,
    distortion: settings.distortion,
    adapt: settings.adapt === 'on',
    bond: settings.bond,
    fade: settings.fade,
    repair: settings.repair,
    reorg: settings.reorg,
  };
}

/** Resolves `top`, `leaf`, `random` (drawn from `random`) or an id to a person. */
function resolveSource(source: Source, n: number, random: Random): number {
  if (source === 'top') return 0;
  if (source === 'leaf') return n - 1;
  if (source === 'random') return random.int(n);
  return Math.min(Math.max(0, source), n - 1);
}

/**
 * Both organizations run in lockstep: the same people, settings, seed and
 * events, only the structure differs. `step()` runs one tick on each side.
 */
export class Lab {
  readonly sides: readonly [Side, Side];
  readonly source: number;
  private readonly events: LabEvent[];
  /** Draws shared by both sides (a request's addressee), so both sides see the same traffic. */
  private readonly shared: Random;
  private readonly firstAddressee: number;
  /** The settings in force now: the run's, with the `set` events so far applied. */
  private live: Settings;

  constructor(
    readonly settings: Readonly<Settings>,
    events: readonly LabEvent[] = [],
    networks: LabNetworks = {
      hierarchy: buildHierarchy(settings),
      p2p: buildPeerNetwork(settings),
    },
    /** Where the biggest arrays come from, and go back to on `dispose` (see `Memory`). */
    private readonly memory?: Memory,
  ) {
    const n = settings.nodes;
    this.shared = createStream(settings.seed, 'source');
    this.source = resolveSource(settings.source, n, this.shared);
    this.live = settings;
    this.events = [...events].sort((a, b) => a.tick - b.tick);
    this.firstAddressee = this.otherThan(this.source, this.shared);
    const make = (name: SideName, network: Network): Side => {
      const failed = chooseFailures(
        network.graph,
        settings.fail,
        settings.failure,
        this.source,
        createStream(settings.seed, 'failures'),
      );
      const engine = new SideEngine(
        network.graph,
        engineOptions(settings, name),
        createStream(settings.seed, `${name}-channel`),
        failed,
        network,
        createStream(settings.seed, `${name}-ties`),
        memory,
      );
      const traffic = createStream(settings.seed, 'traffic');
      return { name, network, engine, series: [], meter: new TickMeter(engine), traffic };
    };
    this.sides = [make('hierarchy', networks.hierarchy), make('p2p', networks.p2p)];
  }

  /**
   * Set when a tick needed more queued sends than a side may hold: the run stopped during that
   * tick (left part done) instead of taking the tab's memory.
   */
  halted: { tick: number; side: SideName; slots: number } | null = null;
  /** The side whose part of the tick is under way. */
  private working: SideName = 'hierarchy';

  /** Ticks run so far on both sides (a tick left part done by `halted` does not count). */
  get tick(): number {
    if (this.halted) return this.halted.tick;
    return this.sides[0].engine.tick;
  }

  /** True once nothing more can happen: no load, nothing queued or in flight, no events to come. */
  get done(): boolean {
    if (this.halted || this.tick >= this.settings.maxTicks) return true;
    if (this.tick === 0 || this.live.load > 0) return false;
    if (this.events.some((e) => e.tick >= this.tick)) return false;
    return this.sides.every((s) => !s.engine.busy);
  }

  /**
   * Whether the next tick leaves the ties and who is in as they are: no event is due, ties do not
   * adapt and no post is filled. Then a still copy of each side (`stillOf`), drawn while that tick
   * is worked out in parts, shares them instead of copying them.
   */
  get steady(): boolean {
    if (this.events.some((e) => e.tick === this.tick)) return false;
    return this.sides.every(({ engine: { options, dynamics } }) => {
      const promoting = dynamics.org !== undefined && options.reorg !== Infinity;
      return !options.adapt && !promoting;
    });
  }

  /** Adds an event for a tick not yet run (at the earliest, the next one). */
  schedule(event: LabEvent): void {
    if (event.tick < this.tick) throw new Error(`tick ${event.tick} has already run`);
    this.events.push(event);
    this.events.sort((a, b) => a.tick - b.tick);
  }

  /** Takes back an event that has not run yet. */
  cancel(event: LabEvent): void {
    if (event.tick < this.tick) throw new Error(`tick ${event.tick} has already run`);
    const i = this.events.indexOf(event);
    if (i >= 0) this.events.splice(i, 1);
  }

  /** Runs one tick on both sides. */
  step(): void {
    const parts = this.inParts();
    while (!parts.next().done);
  }

  /**
   * One tick on both sides, in parts: it pauses (yields) after every few thousand arrivals or
   * senders, so a caller may let the page answer in between. The tick is the same as `step()`'s;
   * nothing else may read or change the lab until it has run to the end.
   */
  *inParts(): Generator<void, void, void> {
    if (this.disposed) throw new Error('this run was disposed: its memory went to the next');
    if (this.halted) return;
    const t = this.tick;
    try {
      yield* this.tickParts();
    } catch (error) {
      if (!(error instanceof QueueOverflow)) throw error;
      // The tick is left part done; the run ends here, and says why (`halted`).
      this.halted = { tick: t, side: this.working, slots: error.slots };
    }
  }

  /** The queued sends a side may hold (`PAGE_MAX_QUEUED`; the CLI allows more). */
  set maxQueued(slots: number) {
    for (const side of this.sides) side.engine.queues.maxSlots = slots;
  }

  private *tickParts(): Generator<void, void, void> {
    const t = this.tick;
    const due = this.events.filter((e) => e.tick === t);
    const now = due.filter((e): e is PersonEvent => e.type !== 'set' && e.type !== 'knock-most');
    // Knock-outs of whoever matters most are resolved on the named side as it stands, once.
    const targeted = due.flatMap((e) =>
      e.type === 'knock-most'
        ? mostImportant(
            this.side(e.side).engine.graph,
            this.side(e.side).engine.working,
            e.count,
            e.by,
            this.source,
          )
        : [],
    );
    // Addressees of hand-started requests are drawn once, for both sides.
    const addressees = now.map((e) => e.to ?? this.otherThan(e.node, this.shared));
    for (const e of due) if (e.type === 'set') this.live = withLive(this.live, e.key, e.value);
    const changed = due.some((e) => e.type === 'set');
    for (const side of this.sides) {
      const { engine } = side;
      this.working = side.name;
      engine.beginTick();
      if (changed) Object.assign(engine.options, engineOptions(this.live, side.name));
      for (const e of due) {
        if (e.type === 'fail') engine.fail(e.node);
        else if (e.type === 'restore') engine.restore(e.node);
      }
      for (const person of targeted) engine.fail(person);
      engine.reorganize();
      for (let i = 0; i < engine.arrivals.count;) {
        i = engine.arrive(i, ARRIVALS_PER_PART);
        if (i < engine.arrivals.count) yield;
      }
      engine.gossip();
      if (t === 0) engine.start(this.source, this.firstAddressee);
      now.forEach((e, i) => e.type === 'start' && engine.start(e.node, addressees[i]));
      this.startLoad(side);
      yield;
      const n = engine.graph.n;
      for (let u = 0; u < n;) {
        u = engine.sendFrom(u, Math.min(n, u + SENDERS_PER_PART), SEARCHED_PER_PART, SENT_PER_PART);
        if (u < n) yield;
      }
      while (!engine.endTick(QUEUED_PER_PART)) yield;
      // Ties formed and dropped, then the groups of working people (searched again in parts
      // after a change), then the counts: apart.
      yield;
      while (!engine.reach.advance(engine.networkVersion, GROUPED_PER_PART)) yield;
      side.series.push(side.meter.measure());
      yield;
    }
  }

  /** Steps until done; returns this lab for chaining. */
  run(): this {
    while (!this.done) this.step();
    return this;
  }

  /**
   * Done with this run: its biggest arrays go back to the `Memory` it was given, for the next run
   * to reuse. Nothing may read or step it after (stepping throws).
   */
  dispose(): void {
    if (this.memory && !this.disposed)
      for (const { engine } of this.sides) {
        engine.queues.giveTo(this.memory);
        engine.messages.giveTo(this.memory, engine.first);
      }
    this.disposed = true;
  }
  private disposed = false;

  summary(side: SideName): Summary {
    const s = this.side(side);
    return summarize(s.series, s.engine);
  }

  side(name: SideName): Side {
    return name === 'hierarchy' ? this.sides[0] : this.sides[1];
  }

  /** Continuous load: each working person starts a new message with probability `load`. */
  private startLoad(side: Side): void {
    const { load } = this.live;
    const { nodes } = this.settings;
    if (load <= 0) return;
    const { engine, traffic } = side;
    for (let v = 0; v < nodes; v++) {
      if (traffic.next() >= load) continue;
      // Draw the addressee whether or not v is working, so both sides' draws stay aligned.
      const to = this.otherThan(v, traffic);
      if (engine.working[v]) engine.start(v, to);
    }
  }

  /** Someone other than `person`, uniformly. */
  private otherThan(person: number, random: Random): number {
    const n = this.settings.nodes;
    if (n < 2) return person;
    const k = random.int(n - 1);
    return k >= person ? k + 1 : k;
  }
}
