import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LabEvent } from '../model/engine.ts';
import { Lab, type LabNetworks } from '../model/lab.ts';
import { buildHierarchy, buildPeerNetwork } from '../model/networks/index.ts';
import { DEFAULT_SETTINGS, reconcile, type Settings } from '../model/params.ts';

/** What a click on a person does: start a message there, or knock them out (or back in). */
export type ClickMode = 'start' | 'fail';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

export interface LabState {
  settings: Settings;
  /** Everything done by hand, replayed on every rebuild: both sides get the same events. */
  events: LabEvent[];
  /** Messages for the user: settings that were ignored, what a click did. */
  notices: string[];
  /** The running pair of simulations. Mutated in place by `step`; replaced on rebuild. */
  lab: Lab;
  /** The tick on show: the last one run. */
  tick: number;
  done: boolean;
  playing: boolean;
  /** Ticks per second. */
  speed: number;
  mode: ClickMode;
  /** The person under the pointer or keyboard focus, on both sides. */
  hovered: number | null;
}

export interface LabActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  step(): void;
  /** Back to tick 0 with the same settings and events: the same run again. */
  reset(): void;
  /** Forget everything done by hand (knock-outs, extra messages). */
  clearEvents(): void;
  setSpeed(speed: number): void;
  setSetting<K extends keyof Settings>(name: K, value: Settings[K]): void;
  setMode(mode: ClickMode): void;
  /** A click on a person: start a message there, or with `knock` (or in fail mode) knock them out or back in. */
  clickPerson(person: number, knock?: boolean): void;
  hover(person: number | null): void;
  dismissNotice(index: number): void;
}

export type LabStore = StoreApi<LabState & LabActions>;

/** Settings that shape the networks; anything else reuses the ones already built. */
const NETWORK_KEYS: ReadonlyArray<keyof Settings> = [
  'nodes', 'span', 'hierarchy', 'p2p', 'degree', 'rewire', 'communities', 'seed',
]; // prettier-ignore

function networkKey(settings: Settings): string {
  return NETWORK_KEYS.map((k) => String(settings[k])).join('|');
}

/** Knock-outs and restores waiting for the next tick: person → out after it. */
export function pendingOutcomes(state: Pick<LabState, 'lab' | 'events'>): Map<number, boolean> {
  const pending = new Map<number, boolean>();
  for (const e of state.events) {
    if (e.tick === state.lab.tick && e.type !== 'start') pending.set(e.node, e.type === 'fail');
  }
  return pending;
}

/** Is `person` out on `side`, counting a knock-out or restore that waits for the next tick? */
export function isOut(
  state: Pick<LabState, 'lab' | 'events'>,
  side: 0 | 1,
  person: number,
): boolean {
  return pendingOutcomes(state).get(person) ?? state.lab.sides[side].engine.working[person] === 0;
}

export function createLabStore(
  initial: { settings?: Settings; notices?: string[]; events?: LabEvent[] } = {},
): LabStore {
  let cachedKey = '';
  let cachedNetworks: LabNetworks | undefined;
  const networksFor = (settings: Settings): LabNetworks => {
    const key = networkKey(settings);
    if (key !== cachedKey || !cachedNetworks) {
      cachedNetworks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
      cachedKey = key;
    }
    return cachedNetworks;
  };
  /** A fresh lab with tick 0 run, so the first message is on show. */
  const build = (settings: Settings, events: LabEvent[]) => {
    const lab = new Lab(settings, events, networksFor(settings));
    lab.step();
    return { lab, tick: lab.tick - 1, done: lab.done };
  };

  const settings = { ...(initial.settings ?? DEFAULT_SETTINGS) };
  const events = initial.events ?? [];

  return createStore<LabState & LabActions>()((set, get) => ({
    settings,
    events,
    notices: initial.notices ?? [],
    ...build(settings, events),
    playing: false,
    speed: 2,
    mode: 'start',
    hovered: null,

    play() {
      if (get().done) get().reset();
      set({ playing: true });
    },
    pause() {
      set({ playing: false });
    },
    togglePlay() {
      if (get().playing) get().pause();
      else get().play();
    },
    step() {
      const { lab } = get();
      if (lab.done) {
        set({ playing: false, done: true });
        return;
      }
      lab.step();
      set({ tick: lab.tick - 1, done: lab.done, playing: get().playing && !lab.done });
    },
    reset() {
      const { settings, events } = get();
      set({ ...build(settings, events), playing: false });
    },
    clearEvents() {
      set({ events: [], ...build(get().settings, []), playing: false });
    },
    setSpeed(speed) {
      set({ speed });
    },
    setSetting(name, value) {
      const next = { ...get().settings, [name]: value };
      const problems = reconcile(next, 'url');
      const events = get().events.filter((e) => e.node < next.nodes);
      set({
        settings: next,
        events,
        ...build(next, events),
        playing: false,
        notices: problems.length ? problems.map((p) => p.message) : get().notices,
      });
    },
    setMode(mode) {
      set({ mode });
    },
    clickPerson(person, knock = false) {
      const state = get();
      const { lab } = state;
      if (knock || state.mode === 'fail') {
        // A second click before the next tick takes the first one back.
        const pending = state.events.find(
          (e) => e.tick === lab.tick && e.node === person && e.type !== 'start',
        );
        if (pending) {
          lab.cancel(pending);
          set({ events: state.events.filter((e) => e !== pending) });
          return;
        }
        const event: LabEvent = {
          tick: lab.tick,
          type: isOut(state, 0, person) ? 'restore' : 'fail',
          node: person,
        };
        lab.schedule(event);
        set({ events: [...state.events, event] });
        return;
      }
      if (state.tick === 0) {
        // Before the run has moved, a click chooses who starts.
        get().setSetting('source', person);
        return;
      }
      const event: LabEvent = { tick: lab.tick, type: 'start', node: person };
      lab.schedule(event);
      set({ events: [...state.events, event] });
    },
    hover(person) {
      if (person !== get().hovered) set({ hovered: person });
    },
    dismissNotice(index) {
      set({ notices: get().notices.filter((_, i) => i !== index) });
    },
  }));
}
