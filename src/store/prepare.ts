import { buildMs, replayMs } from '../model/budget.ts';
import type { LabEvent } from '../model/events.ts';
import { rememberBetweenness } from '../model/failures.ts';
import { Lab, type LabNetworks } from '../model/lab.ts';
import type { NetworkCache } from '../model/networkCache.ts';
import { buildNetworks, createNetworkCache } from '../model/networkCache.ts';
import type { OrgChart } from '../model/networks/orgChart/index.ts';
import type { Settings } from '../model/params.ts';

// Heavy work, off the critical path. Building big networks (and finding the most in-between
// people) happens in a worker; replaying to a tick happens here in slices of a few milliseconds,
// so the page keeps answering; both report progress and can be cancelled, and nothing on show
// changes until the new run is ready. Work the estimate calls quick is done at once, as before.

/** Work estimated below this many milliseconds is done at once (no progress, no waiting). */
export const AT_ONCE_MS = 120;
/** The longest one slice of a replay runs before the page gets its turn again. */
export const SLICE_MS = 12;
/** Progress is reported at most this often: each report redraws the card (and wakes the clock). */
export const REPORT_MS = 100;

/** A run being prepared: what it is doing now, and how far it has got. */
export interface Job {
  stage: 'build' | 'replay';
  /** People per side, for the message. */
  people: number;
  /** Ticks replayed so far and the tick it goes to (0 of 0 while building). */
  done: number;
  total: number;
}

/** What a worker (or, failing that, this thread) sends back: the networks and, if asked for, betweenness. */
export interface BuiltNetworks {
  networks: LabNetworks;
  /** Intact betweenness per side, when the failures are chosen by it. */
  between: [Float64Array, Float64Array] | null;
}

/** Builds networks somewhere; returns a way to stop it. */
export type NetworkBuilder = (
  settings: Settings,
  org: OrgChart | null,
  done: (built: BuiltNetworks) => void,
) => () => void;

/** Builds on this thread, after the current task (tests, and pages where workers cannot start). */
export const buildHere: NetworkBuilder = (settings, org, done) => {
  const timer = setTimeout(() => done({ networks: buildNetworks(settings, org), between: null }));
  return () => clearTimeout(timer);
};

export interface Request {
  settings: Settings;
  events: LabEvent[];
  org: OrgChart | null;
  /** The tick to show (a run always shows tick 0 at least). */
  upTo: number;
}

/** The estimated cost of a request, given whether its networks are already built. */
export function requestMs({ settings, upTo }: Request, built: boolean): number {
  return (built ? 0 : buildMs(settings)) + replayMs(settings, upTo);
}

/** The first lab of a request, stepped once (so tick 0's message is on show). */
function begin(req: Request, networks: LabNetworks): Lab {
  const lab = new Lab(req.settings, req.events, networks);
  lab.step();
  return lab;
}

const finished = (lab: Lab, upTo: number) => lab.tick > upTo || lab.done;

/** The whole request at once. */
export function prepareNow(req: Request, cache: NetworkCache): Lab {
  const lab = begin(req, cache(req.settings, req.org));
  while (!finished(lab, req.upTo)) lab.step();
  return lab;
}

/**
 * Prepares a request in the background: networks from `build` unless `cache` holds them, then the
 * replay in slices. `progress` hears each stage; `done` gets the lab. Returns a cancel.
 */
export function prepareLater(
  req: Request,
  cache: NetworkCache,
  build: NetworkBuilder,
  progress: (job: Job) => void,
  done: (lab: Lab) => void,
): () => void {
  let cancelled = false;
  let stop = () => undefined as void;
  const people = req.settings.nodes;
  let reported = -Infinity;
  /** A new stage is always reported; progress within one, at most every REPORT_MS. */
  const report = (job: Job, always: boolean) => {
    const now = performance.now();
    if (!always && now - reported < REPORT_MS) return;
    reported = now;
    progress(job);
  };
  const replay = (lab: Lab) => {
    // The tick under way, run in parts: one heavy tick does not hold the page either.
    let tick: Generator<void, void, void> | null = null;
    const slice = () => {
      if (cancelled) return;
      const end = performance.now() + SLICE_MS;
      while (performance.now() < end) {
        if (!tick && finished(lab, req.upTo)) break;
        tick ??= lab.inParts();
        if (tick.next().done) tick = null;
      }
      if (!tick && finished(lab, req.upTo)) done(lab);
      else {
        report({ stage: 'replay', people, done: lab.tick, total: req.upTo }, false);
        next();
      }
    };
    const next = () => {
      const timer = setTimeout(slice);
      stop = () => clearTimeout(timer);
    };
    next();
  };
  const start = (networks: LabNetworks) => {
    report({ stage: 'replay', people, done: 0, total: req.upTo }, true);
    // Making the lab takes a task of its own; its first tick (failures chosen, the first message
    // sent, the first measures) is the replay's first, in parts like the rest.
    const timer = setTimeout(() => {
      if (cancelled) return;
      replay(new Lab(req.settings, req.events, networks));
    });
    stop = () => clearTimeout(timer);
  };
  const kept = cache.peek(req.settings, req.org);
  if (kept) start(kept);
  else {
    report({ stage: 'build', people, done: 0, total: 0 }, true);
    stop = build(req.settings, req.org, ({ networks, between }) => {
      if (cancelled) return;
      if (between) {
        rememberBetweenness(networks.hierarchy.graph, between[0]);
        rememberBetweenness(networks.p2p.graph, between[1]);
      }
      cache.put(req.settings, req.org, networks);
      start(networks);
    });
  }
  return () => {
    cancelled = true;
    stop();
  };
}

/**
 * The run a page opens with, prepared before it opens when it is heavy: `undefined` at once when
 * it is quick (the store builds it as usual), else a lab via `prepareLater`. Returns a cancel.
 */
export function prepareFirst(
  req: Request,
  build: NetworkBuilder,
  progress: (job: Job) => void,
  done: (lab: Lab | undefined) => void,
): () => void {
  if (requestMs(req, false) <= AT_ONCE_MS) {
    done(undefined);
    return () => undefined;
  }
  return prepareLater(req, createNetworkCache(), build, progress, done);
}
