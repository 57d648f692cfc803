import type { StoreApi } from 'zustand/vanilla';
import { fitBudget, haltedMessage } from '../../model/budget.ts';
import type { LabEvent } from '../../model/events.ts';
import type { Lab } from '../../model/lab.ts';
import { Ahead } from '../ahead.ts';
import type { NetworkCache } from '../../model/networkCache.ts';
import type { OrgChart } from '../../model/networks/orgChart/index.ts';
import type { Settings } from '../../model/params.ts';
import type { LabActions, LabState } from '../labStore.ts';
import {
  AT_ONCE_MS,
  prepareLater,
  prepareNow,
  requestMs,
  type NetworkBuilder,
  type Request,
} from '../prepare.ts';

export type Full = LabState & LabActions;

/**
 * What every slice shares: the store's `set`/`get`, and the few steps that replace or fork the
 * run. Slices are plain functions of a kit, so each stays a file a newcomer can read alone.
 */
export interface Kit {
  set: StoreApi<Full>['setState'];
  /** The state, once any tick worked out ahead has ended and is shown (see `ahead.ts`). */
  get: () => Full;
  /** The state as it is, a tick ahead or not (for what only draws, points or plays). */
  peek: () => Full;
  /** The next tick, worked out while the one on show is drawn. */
  ahead: Ahead;
  /** Ends the tick worked out ahead, if any, and shows it; true if there was one. */
  settle(): boolean;
  /** A fresh lab simulated through tick `upTo` (tick 0 at least, so the first message is on show), at once. */
  simulate(settings: Settings, events: LabEvent[], org: OrgChart | null, upTo?: number): Lab;
  /**
   * A fresh lab for `req`, passed to `finish`: at once when the estimate says it is quick, else in
   * the background (with `job` showing progress; a newer request or `cancelJob` stops it, and
   * nothing on show changes until `finish`).
   */
  prepare(req: Request, finish: (lab: Lab) => void): void;
  /** Stops the run being prepared, if any; what is on show stays. */
  cancelJob(): void;
  /** The timeline fields for showing `lab` (with `head` the furthest simulated), and a new version. */
  shown(lab: Lab, head?: Lab): Shown;
  /** A new `version`, for a change made to the lab on show in place. */
  nextVersion(): number;
  /** A new run from tick 0 with these settings and events (and whatever else `extra` sets). */
  restart(settings: Settings, events: LabEvent[], extra?: Partial<LabState>): void;
  /** Before a change at the tick on show: if scrubbed back, the old future (and its events) goes. */
  forkIfBehind(): LabEvent[];
  /** Adds an event at the tick on show, on both sides. */
  schedule(event: LabEvent): void;
  /** Adds messages for the user. */
  notify(...texts: string[]): void;
}

export type Shown = Pick<LabState, 'lab' | 'head' | 'tick' | 'horizon' | 'done' | 'version'>;

export function createKit(
  set: Kit['set'],
  peek: Kit['peek'],
  cache: NetworkCache,
  build: NetworkBuilder,
): Kit {
  let version = 0;
  let stopJob: (() => void) | null = null;
  /** Labs whose early stop (`Lab.halted`) was told. */
  const told = new WeakSet<Lab>();
  const ahead = new Ahead();
  const get = () => {
    kit.settle();
    return peek();
  };
  const kit: Kit = {
    set,
    get,
    peek,
    ahead,
    settle() {
      const lab = ahead.finish();
      // Shown only if still on show (a lab replaced meanwhile is just left whole).
      if (!lab || lab !== peek().lab) return false;
      set({ ...kit.shown(lab), playing: peek().playing && !lab.done });
      return true;
    },
    simulate(settings, events, org, upTo = 0) {
      return prepareNow({ settings, events, org, upTo }, cache);
    },
    prepare(req, finish) {
      kit.cancelJob();
      if (requestMs(req, !!cache.peek(req.settings, req.org)) <= AT_ONCE_MS) {
        finish(prepareNow(req, cache));
        return;
      }
      stopJob = prepareLater(
        req,
        cache,
        build,
        (job) => set({ job }),
        (lab) => {
          stopJob = null;
          set({ job: null });
          finish(lab);
        },
      );
    },
    cancelJob() {
      stopJob?.();
      stopJob = null;
      if (get().job) set({ job: null });
    },
    shown(lab, head = lab) {
      // The one graph search a summary needs (the largest connected group, redone only after a
      // knock-out or restore) happens here, at tick time, so selectors read in a render never search.
      for (const side of lab.sides) side.engine.largestGroup();
      if (lab.halted && !told.has(lab)) {
        // The run outgrew what a side may hold and stopped: say so once, and why.
        told.add(lab);
        set({ notices: [...peek().notices, haltedMessage(lab.halted)] });
      }
      return {
        lab,
        head,
        tick: lab.tick - 1,
        horizon: head.tick - 1,
        done: lab.done,
        version: kit.nextVersion(),
      };
    },
    nextVersion() {
      return ++version;
    },
    restart(asked, askedEvents, extra = {}) {
      const org = 'org' in extra ? (extra.org ?? null) : get().org;
      // What the controls ask for keeps to the page's budgets too, and says so.
      const fitted = fitBudget(asked, 0, undefined, askedEvents, !!org);
      const { settings, notes } = fitted;
      const events = fitted.events.filter((e) => !('node' in e) || e.node < settings.nodes);
      kit.prepare({ settings, events, org, upTo: 0 }, (lab) => {
        const notices = [...(extra.notices ?? get().notices), ...notes.map((n) => n.message)];
        set({
          settings,
          events,
          ...kit.shown(lab),
          playing: false,
          forkedAt: null,
          ...extra,
          notices,
        });
        get().refreshWhoStarts();
      });
    },
    forkIfBehind() {
      const { lab, head, events } = get();
      if (lab === head) return events;
      const kept = events.filter((e) => e.tick < lab.tick);
      for (const e of events) if (e.tick >= lab.tick) lab.cancel(e);
      set({ events: kept, ...kit.shown(lab), forkedAt: lab.tick - 1 });
      return kept;
    },
    schedule(event) {
      const events = kit.forkIfBehind();
      get().lab.schedule(event);
      set({ events: [...events, event], done: false, version: kit.nextVersion() });
    },
    notify(...texts) {
      set({ notices: [...get().notices, ...texts] });
    },
  };
  return kit;
}
