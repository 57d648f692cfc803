import type { Lab } from '../../model/lab.ts';
import type { SideShow } from '../../model/shown.ts';
import { AT_ONCE_MS, requestMs, type Job } from '../prepare.ts';
import type { Kit } from './kit.ts';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

/** The run on show and the playback clock's state. */
export interface TimelineState {
  /** The pair of simulations at the tick on show. Mutated in place by `step`; replaced on rebuild. */
  lab: Lab;
  /** The furthest this run has been simulated; the same object as `lab` unless the timeline was scrubbed back. */
  head: Lab;
  /** The tick on show. */
  tick: number;
  /** The last tick simulated so far (the timeline's end). */
  horizon: number;
  done: boolean;
  /**
   * Bumped whenever what `lab` shows changes — a step, a seek, a scheduled event, a new run —
   * since `lab` itself is mutated in place. Selectors of per-tick data key on it.
   */
  version: number;
  playing: boolean;
  /** Ticks per second. */
  speed: number;
  /** Set when a change at an earlier tick discarded the old future. */
  forkedAt: number | null;
  /** A run being prepared in the background (big networks, a long replay), or null. */
  job: Job | null;
}

export interface TimelineActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  /** One tick back along the timeline. */
  stepBack(): void;
  /** Shows tick `tick` (0 … horizon): earlier ticks are re-simulated, which the engine allows because it is deterministic. */
  seek(tick: number): void;
  /** Discards everything after the tick on show. */
  fork(): void;
  /** Back to tick 0 with the same settings and events: the same run again. */
  reset(): void;
  setSpeed(speed: number): void;
  /** Stops the run being prepared; what is on show stays as it was. */
  cancelJob(): void;
  /**
   * While playing, works on the next tick until `deadline` (`performance.now()`) — in parts, so
   * frames go on being drawn (see `ahead.ts`); `eager`: one part at least. The clock calls it
   * after each frame is drawn.
   */
  workAhead(deadline: number, eager: boolean): void;
  /** True once the next tick has been worked out ahead: the clock shows a tick only then. */
  aheadReady(): boolean;
  /** What side `side` shows now: its engine, or a still copy of it while the next tick is under way. */
  onShow(side: 0 | 1): SideShow;
  /** Ends the tick worked out ahead, if any, and shows it (before reading the lab, e.g. to export). */
  settle(): void;
}

export function timelineActions({
  set,
  get,
  peek,
  ahead,
  settle,
  shown,
  prepare,
  forkIfBehind,
  cancelJob,
}: Kit): TimelineActions {
  return {
    play() {
      if (get().done && get().lab === get().head) get().reset();
      set({ playing: true });
    },
    pause() {
      // The tick under way ahead, if any, is the last one shown.
      settle();
      set({ playing: false });
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    step() {
      // A tick worked out ahead (to its end, or ended now) is the step.
      if (settle()) return;
      const { lab, head, playing } = peek();
      if (lab.done) {
        set({ playing: false, done: true });
        return;
      }
      lab.step();
      // Catching up with the furthest tick simulated: show the head itself again.
      const next = lab !== head && lab.tick >= head.tick ? head : lab;
      set({ ...shown(next, lab === head ? lab : head), playing: playing && !next.done });
    },
    stepBack() {
      get().seek(get().tick - 1);
    },
    seek(tick) {
      const { lab, head, settings, events, org, tick: current, horizon } = get();
      const target = Math.round(Math.min(Math.max(0, tick), horizon));
      if (target === current) return;
      if (target === horizon) {
        set(shown(head));
        return;
      }
      if (lab !== head && target > current) {
        // On from a tick scrubbed back to: stepped at once when quick, else a replay like any other.
        const ahead = target - current;
        if (requestMs({ settings, events, org, upTo: ahead }, true) <= AT_ONCE_MS) {
          while (lab.tick <= target) lab.step();
          set({ ...shown(lab, head), playing: false });
          return;
        }
      }
      set({ playing: false });
      prepare({ settings, events, org, upTo: target }, (at) => set(shown(at, head)));
    },
    fork() {
      forkIfBehind();
    },
    reset() {
      const { settings, events, org } = get();
      prepare({ settings, events, org, upTo: 0 }, (lab) =>
        set({ ...shown(lab), playing: false, forkedAt: null }),
      );
    },
    setSpeed(speed) {
      set({ speed });
    },
    cancelJob,
    workAhead(deadline, eager) {
      const { lab, head, playing } = peek();
      if (playing && lab === head) ahead.run(lab, deadline, eager);
    },
    aheadReady() {
      // Playing the run furthest on, every tick is worked out ahead first (the first after Play
      // too), so none is run whole in a frame; a run scrubbed back steps as before.
      const { lab, head } = peek();
      return lab !== head || ahead.ready(lab);
    },
    onShow(side) {
      return ahead.show(peek().lab, side);
    },
    settle() {
      settle();
    },
  };
}
