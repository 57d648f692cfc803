import {
  equipotency,
  equipotencySettings,
  type EquipotencyResult,
} from '../../model/equipotency.ts';
import type { LabNetworks } from '../../model/lab.ts';
import { type Settings } from '../../model/params.ts';
import { settingsToQuery } from '../../model/settingsText.ts';
import type { Kit } from './kit.ts';

/** What a run of every starter reports while it works, and at the end. */
export type EquipotencyMessage =
  { type: 'progress'; done: number; total: number } | { type: 'result'; result: EquipotencyResult };

/** Starts trying every starter; returns a function that stops it. */
export type EquipotencyRunner = (
  settings: Settings,
  networks: LabNetworks,
  report: (message: EquipotencyMessage) => void,
) => () => void;

/** "Who starts it" for one question (settings and the very people on show). */
export type WhoStartsJob = { key: string; networks: LabNetworks; people: number } & (
  | { state: 'waiting' }
  | { state: 'starting' }
  | { state: 'running'; done: number; total: number }
  | { state: 'done'; result: EquipotencyResult }
  | { state: 'cancelled' }
);

export interface WhoStartsState {
  /** The "Who starts it" computation for the settings on show, or null while the view is closed. */
  whoStarts: WhoStartsJob | null;
}

export interface WhoStartsActions {
  /** Brings the job in line with the run on show: starts it (up to AUTO_LIMIT people), or waits. */
  refreshWhoStarts(): void;
  /** Tries every starter now, whatever the size. */
  tryEveryStarter(): void;
  cancelWhoStarts(): void;
}

/** Above this many people the computation waits for a click instead of starting by itself. */
const AUTO_LIMIT = 1000;

/** Tries every starter on this thread, a slice at a time (where workers are unavailable, and in Node). */
export const runInSlices: EquipotencyRunner = (settings, networks, report) => {
  const run = equipotency(settings, networks);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + 12;
    while (performance.now() < until) {
      const step = run.next();
      if (step.done) return report({ type: 'result', result: step.value });
      report({ type: 'progress', done: step.value, total: settings.nodes });
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, 0);
  return () => clearTimeout(timer);
};

export function whoStartsActions({ set, get }: Kit, runner: EquipotencyRunner): WhoStartsActions {
  let stop: (() => void) | null = null;
  const halt = () => {
    stop?.();
    stop = null;
  };
  const question = () => {
    const { settings, lab } = get();
    const asked = equipotencySettings(settings);
    const key = new URLSearchParams(settingsToQuery(asked)).toString();
    // The very people on show (generated or imported), not networks rebuilt from the settings.
    const networks = { hierarchy: lab.sides[0].network, p2p: lab.sides[1].network };
    return { asked, key, networks, people: asked.nodes };
  };
  const start = () => {
    halt();
    const { asked, key, networks, people } = question();
    const job = { key, networks, people };
    set({ whoStarts: { ...job, state: 'starting' } });
    stop = runner(asked, networks, (m) => {
      if (get().whoStarts?.key !== key) return;
      if (m.type === 'progress')
        set({ whoStarts: { ...job, state: 'running', done: m.done, total: m.total } });
      else {
        stop = null;
        set({ whoStarts: { ...job, state: 'done', result: m.result } });
      }
    });
  };
  return {
    refreshWhoStarts() {
      const { equipotencyOpen, whoStarts } = get();
      if (!equipotencyOpen) {
        halt();
        if (whoStarts) set({ whoStarts: null });
        return;
      }
      const { key, networks, people } = question();
      const { hierarchy, p2p } = whoStarts?.networks ?? {};
      if (whoStarts?.key === key && hierarchy === networks.hierarchy && p2p === networks.p2p)
        return;
      if (people <= AUTO_LIMIT) start();
      else {
        halt();
        set({ whoStarts: { key, networks, people, state: 'waiting' } });
      }
    },
    tryEveryStarter() {
      start();
    },
    cancelWhoStarts() {
      const job = get().whoStarts;
      halt();
      if (job)
        set({
          whoStarts: {
            key: job.key,
            networks: job.networks,
            people: job.people,
            state: 'cancelled',
          },
        });
    },
  };
}
