import type { LabEvent } from '../../model/events.ts';
import type { OrgChart } from '../../model/networks/orgChart/index.ts';
import type { FailureKind, Settings } from '../../model/params.ts';
import { runSeeds, seedsFrom, type RunRecord } from '../../model/runMany.ts';
import { sweepValues } from '../../model/sweep.ts';
import type { Kit } from './kit.ts';

/** One run to make: a seed, and for a sweep the share knocked out and how they are chosen. */
export interface ManyTask {
  seed: number;
  fail?: number;
  failure?: FailureKind;
}

/** What to run: the settings, events and imported org on show, over these tasks. */
export interface ManyRequest {
  settings: Settings;
  events: readonly LabEvent[];
  org: OrgChart | null;
  tasks: readonly ManyTask[];
}

/** A finished run (`index` into the request's tasks), or the end. */
export type ManyMessage = { type: 'record'; index: number; record: RunRecord } | { type: 'done' };

/** Runs a request, reporting each run as it finishes; returns a function that stops it. */
export type ManyRunner = (
  request: ManyRequest,
  report: (message: ManyMessage) => void,
) => () => void;

/** The runs of one task list, as they arrive. */
export interface ManyJob {
  /** The link the job was run for (settings, events and org): results belong to it alone. */
  key: string;
  tasks: readonly ManyTask[];
  /** By task index; missing while running. */
  records: Array<RunRecord | undefined>;
  done: number;
  state: 'running' | 'done' | 'cancelled';
}

export interface RunManyState {
  /** The "Run many" panel is open. */
  runManyOpen: boolean;
  /** Seeds seed … seed + k − 1 of the run on show. */
  runMany: ManyJob | null;
  /** The resilience sweep: every share knocked out 0–0.9 by 0.05, random, targeted and central. */
  sweep: ManyJob | null;
}

export interface RunManyActions {
  toggleRunMany(open?: boolean): void;
  /** Runs `k` seeds (1–1,000) of the settings and events on show. */
  startRunMany(k: number): void;
  /** The resilience sweep, `k` seeds per point. */
  startSweep(k: number): void;
  cancelRunMany(): void;
}

export const MAX_RUNS = 1000;
export const SWEEP_FAILS = sweepValues(0, 0.9, 0.05);
export const SWEEP_KINDS: readonly FailureKind[] = ['random', 'targeted', 'central'];

/** Runs a request on this thread, a slice at a time (where workers are unavailable, and in Node). */
export const runManyInSlices: ManyRunner = (request, report) => {
  const { settings, events, org, tasks } = request;
  let index = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + 12;
    while (index < tasks.length && performance.now() < until) {
      const task = tasks[index];
      const at = { ...settings, ...withoutUndefined(task) };
      const record = runSeeds(at, events, org, [task.seed]).next().value!;
      report({ type: 'record', index, record });
      index++;
    }
    if (index < tasks.length) timer = setTimeout(slice, 0);
    else report({ type: 'done' });
  };
  timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
};

/** A task's overrides of the settings. */
export function withoutUndefined(task: ManyTask): Partial<Settings> {
  const out: Partial<Settings> = { seed: task.seed };
  if (task.fail !== undefined) out.fail = task.fail;
  if (task.failure !== undefined) out.failure = task.failure;
  return out;
}

export function runManyActions(kit: Kit, runner: ManyRunner, keyOf: () => string): RunManyActions {
  const { set, get } = kit;
  let stop: (() => void) | null = null;
  /** The job whose results are still wanted; a cancelled or replaced job's late news is ignored. */
  let current: object | null = null;
  const halt = () => {
    stop?.();
    stop = null;
    current = null;
  };
  const launch = (which: 'runMany' | 'sweep', tasks: ManyTask[]) => {
    halt();
    const { settings, events, org } = get();
    const key = keyOf();
    const job: ManyJob = { key, tasks, records: [], done: 0, state: 'running' };
    const token = {};
    current = token;
    set({ [which]: job, ...(which === 'runMany' ? { sweep: null } : {}) });
    // Records arrive many per frame: they are gathered here and published a few times a second.
    const records: Array<RunRecord | undefined> = new Array(tasks.length);
    let done = 0;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = (state: ManyJob['state']) => {
      if (current !== token || get()[which]?.key !== key) return;
      set({ [which]: { key, tasks, records: records.slice(), done, state } });
    };
    stop = runner({ settings, events, org, tasks }, (m) => {
      if (current !== token) return;
      if (m.type === 'record') {
        records[m.index] = m.record;
        done++;
        timer ??= setTimeout(() => {
          timer = null;
          if (done < tasks.length) publish('running');
        }, 120);
      } else {
        if (timer) clearTimeout(timer);
        publish('done');
        stop = null;
        current = null;
      }
    });
  };
  return {
    toggleRunMany(open) {
      const next = open ?? !get().runManyOpen;
      if (!next) halt();
      set({ runManyOpen: next });
    },
    startRunMany(k) {
      const count = Math.min(MAX_RUNS, Math.max(1, Math.round(k)));
      launch(
        'runMany',
        seedsFrom(get().settings.seed, count).map((seed) => ({ seed })),
      );
    },
    startSweep(k) {
      const count = Math.min(MAX_RUNS, Math.max(1, Math.round(k)));
      const seeds = seedsFrom(get().settings.seed, count);
      const tasks = SWEEP_KINDS.flatMap((failure) =>
        SWEEP_FAILS.flatMap((fail) => seeds.map((seed) => ({ seed, fail, failure }))),
      );
      launch('sweep', tasks);
    },
    cancelRunMany() {
      halt();
      for (const which of ['runMany', 'sweep'] as const) {
        const job = get()[which];
        if (job?.state === 'running') set({ [which]: { ...job, state: 'cancelled' } });
      }
    },
  };
}
