import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LabEvent } from '../model/events.ts';
import { Lab, type LabNetworks } from '../model/lab.ts';
import { buildHierarchy, buildPeerNetwork } from '../model/networks/index.ts';
import { orgHierarchy, orgPeers, type OrgChart } from '../model/networks/orgChart/index.ts';
import { createStream } from '../model/random.ts';
import {
  DEFAULT_SETTINGS,
  isLive,
  networkKey,
  reconcile,
  specOf,
  type Settings,
} from '../model/params.ts';
import { SCENES, sceneById } from '../scenes/scenes.ts';
import { isOut, sceneSetup } from './derived.ts';

/** What a click on a person does: start a message there, or knock them out (or back in). */
export type ClickMode = 'start' | 'fail';
export type Theme = 'system' | 'light' | 'dark';

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

export interface LabState {
  /** The settings the run starts with (live changes made mid-run are events). */
  settings: Settings;
  /** Everything done by hand or by a scene, replayed on every rebuild: both sides get the same events. */
  events: LabEvent[];
  /** Messages for the user: settings that were ignored, what a click did. */
  notices: string[];
  /** The pair of simulations at the tick on show. Mutated in place by `step`; replaced on rebuild. */
  lab: Lab;
  /** The furthest this run has been simulated; the same object as `lab` unless the timeline was scrubbed back. */
  head: Lab;
  /** The tick on show. */
  tick: number;
  /** The last tick simulated so far (the timeline's end). */
  horizon: number;
  done: boolean;
  playing: boolean;
  /** Ticks per second. */
  speed: number;
  mode: ClickMode;
  /** The person under the pointer or keyboard focus, on both sides. */
  hovered: number | null;
  /** The scene being told, or null in the free sandbox. */
  scene: string | null;
  /** Set when a change at an earlier tick discarded the old future. */
  forkedAt: number | null;
  presenter: boolean;
  theme: Theme;
  helpOpen: boolean;
  /** The "Who starts it" view is open. */
  equipotencyOpen: boolean;
  /** An imported organization: the hierarchy is its org chart, the peers its ties or its teams. */
  org: OrgChart | null;
}

export interface LabActions {
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
  /** Forget everything done by hand (knock-outs, extra messages, live changes). */
  clearEvents(): void;
  setSpeed(speed: number): void;
  /** Before the run (tick 0) a change restarts it; later, a live setting forks the run at the tick on show. */
  setSetting<K extends keyof Settings>(name: K, value: Settings[K]): void;
  setMode(mode: ClickMode): void;
  /** A click on a person: start a message there, or with `knock` (or in fail mode) knock them out or back in. */
  clickPerson(person: number, knock?: boolean): void;
  hover(person: number | null): void;
  dismissNotice(index: number): void;
  openScene(id: string): void;
  /** Into the free sandbox, keeping everything as it is. */
  leaveScene(): void;
  nextScene(): void;
  previousScene(): void;
  setPresenter(on: boolean): void;
  setTheme(theme: Theme): void;
  setHelpOpen(open: boolean): void;
  setEquipotencyOpen(open: boolean): void;
  /** Replaces the generated people with an imported organization (and starts again at tick 0). */
  importOrg(org: OrgChart): void;
  /** Back to generated networks of the same size. */
  clearOrg(): void;
  /** A whole state at once (an exported file taken back): org, settings, scene, events, tick. */
  load(state: InitialState): void;
}

export type LabStore = StoreApi<LabState & LabActions>;

export interface InitialState {
  org?: OrgChart | null;
  settings?: Settings;
  notices?: string[];
  events?: LabEvent[];
  scene?: string | null;
  /** The tick to show first (the run is simulated up to it). */
  tick?: number;
}

export function createLabStore(initial: InitialState = {}): LabStore {
  let cachedKey = '';
  let cachedOrg: OrgChart | null = null;
  let cachedNetworks: LabNetworks | undefined;
  let org: OrgChart | null = initial.org ?? null;
  const networksFor = (settings: Settings): LabNetworks => {
    const key = networkKey(settings);
    if (key !== cachedKey || org !== cachedOrg || !cachedNetworks) {
      cachedNetworks = org
        ? {
            hierarchy: orgHierarchy(org),
            p2p: orgPeers(org, settings.degree, createStream(settings.seed, 'p2p-network')),
          }
        : { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
      cachedKey = key;
      cachedOrg = org;
    }
    return cachedNetworks;
  };
  /** A fresh lab simulated through tick `upTo` (tick 0 at least, so the first message is on show). */
  const simulate = (settings: Settings, events: LabEvent[], upTo = 0): Lab => {
    const lab = new Lab(settings, events, networksFor(settings));
    do lab.step();
    while (lab.tick <= upTo && !lab.done);
    return lab;
  };
  const view = (lab: Lab, head: Lab = lab) => ({
    lab,
    head,
    tick: lab.tick - 1,
    horizon: head.tick - 1,
    done: lab.done,
  });
  const build = (settings: Settings, events: LabEvent[], upTo = 0) =>
    view(simulate(settings, events, upTo));

  const settings = { ...(initial.settings ?? DEFAULT_SETTINGS) };
  if (org) settings.nodes = org.ids.length;
  const events = initial.events ?? [];

  return createStore<LabState & LabActions>()((set, get) => {
    /**
     * Before a change at the tick on show: if the timeline was scrubbed back,
     * the old future goes (its events too) and the run continues from here.
     */
    const forkIfBehind = (): LabEvent[] => {
      const { lab, head, events } = get();
      if (lab === head) return events;
      const kept = events.filter((e) => e.tick < lab.tick);
      for (const e of events) if (e.tick >= lab.tick) lab.cancel(e);
      set({
        events: kept,
        head: lab,
        horizon: lab.tick - 1,
        done: lab.done,
        forkedAt: lab.tick - 1,
      });
      return kept;
    };
    const schedule = (event: LabEvent) => {
      const events = forkIfBehind();
      get().lab.schedule(event);
      set({ events: [...events, event], done: false });
    };
    const restart = (settings: Settings, events: LabEvent[], extra: Partial<LabState> = {}) =>
      set({
        settings,
        events,
        ...build(settings, events),
        playing: false,
        forkedAt: null,
        ...extra,
      });

    return {
      settings,
      events,
      notices: initial.notices ?? [],
      ...build(settings, events, initial.tick ?? 0),
      playing: false,
      speed: 2,
      mode: 'start',
      hovered: null,
      scene: initial.scene ?? null,
      forkedAt: null,
      presenter: false,
      theme: 'system',
      helpOpen: false,
      equipotencyOpen: initial.scene ? !!sceneById(initial.scene)?.equipotency : false,
      org,

      play() {
        if (get().done && get().lab === get().head) get().reset();
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
        const { lab, head, playing } = get();
        if (lab.done) {
          set({ playing: false, done: true });
          return;
        }
        lab.step();
        // Catching up with the furthest tick simulated: show the head itself again.
        const next = lab !== head && lab.tick >= head.tick ? head : lab;
        set({ ...view(next, lab === head ? lab : head), playing: playing && !next.done });
      },
      stepBack() {
        get().seek(get().tick - 1);
      },
      seek(tick) {
        const { lab, head, settings, events, tick: shown, horizon } = get();
        const target = Math.round(Math.min(Math.max(0, tick), horizon));
        if (target === shown) return;
        if (target === horizon) {
          set(view(head));
          return;
        }
        let at = lab;
        if (lab === head || target < shown) at = simulate(settings, events, target);
        while (at.tick <= target) at.step();
        set({ ...view(at, head), playing: false });
      },
      fork() {
        forkIfBehind();
      },
      reset() {
        const { settings, events } = get();
        set({ ...build(settings, events), playing: false, forkedAt: null });
      },
      clearEvents() {
        restart(get().settings, []);
      },
      setSpeed(speed) {
        set({ speed });
      },
      setSetting(name, value) {
        const state = get();
        if (state.tick > 0 && isLive(name)) {
          // Mid-run: the change happens from the next tick on, on both sides; a second change replaces it.
          const events = forkIfBehind();
          const { lab } = get();
          const earlier = events.find(
            (e) => e.type === 'set' && e.key === name && e.tick === lab.tick,
          );
          if (earlier) lab.cancel(earlier);
          const event: LabEvent = { tick: lab.tick, type: 'set', key: name, value: Number(value) };
          lab.schedule(event);
          set({ events: [...events.filter((e) => e !== earlier), event], done: false });
          return;
        }
        if (org && specOf(name).orgFixed) {
          set({
            notices: [
              ...state.notices,
              'The people and their structure come from the imported org chart; choose “Back to generated people” to change them.',
            ],
          });
          return;
        }
        const next = { ...state.settings, [name]: value };
        const problems = reconcile(next, 'url');
        restart(
          next,
          state.events.filter((e) => e.type === 'set' || e.node < next.nodes),
          problems.length ? { notices: problems.map((p) => p.message) } : {},
        );
      },
      setMode(mode) {
        set({ mode });
      },
      clickPerson(person, knock = false) {
        const state = get();
        if (knock || state.mode === 'fail') {
          forkIfBehind();
          const { lab, events } = get();
          // A second click before the next tick takes the first one back.
          const pending = events.find(
            (e) =>
              e.tick === lab.tick && e.type !== 'start' && e.type !== 'set' && e.node === person,
          );
          if (pending) {
            lab.cancel(pending);
            set({ events: events.filter((e) => e !== pending) });
            return;
          }
          schedule({
            tick: lab.tick,
            type: isOut(get(), 0, person) ? 'restore' : 'fail',
            node: person,
          });
          return;
        }
        if (state.tick === 0) {
          // Before the run has moved, a click chooses who starts.
          get().setSetting('source', person);
          return;
        }
        forkIfBehind();
        schedule({ tick: get().lab.tick, type: 'start', node: person });
      },
      hover(person) {
        if (person !== get().hovered) set({ hovered: person });
      },
      dismissNotice(index) {
        set({ notices: get().notices.filter((_, i) => i !== index) });
      },
      openScene(id) {
        const setup = sceneSetup(id);
        const scene = sceneById(id);
        if (!setup || !scene) {
          set({ notices: [...get().notices, `There is no scene “${id}”.`] });
          return;
        }
        org = null;
        restart(setup.settings, setup.events, {
          org: null,
          scene: scene.id,
          equipotencyOpen: !!scene.equipotency,
        });
      },
      leaveScene() {
        set({ scene: null });
      },
      nextScene() {
        const i = SCENES.findIndex((s) => s.id === get().scene);
        if (i < SCENES.length - 1) get().openScene(SCENES[i + 1].id);
      },
      previousScene() {
        const i = SCENES.findIndex((s) => s.id === get().scene);
        if (i > 0) get().openScene(SCENES[i - 1].id);
      },
      setPresenter(presenter) {
        set({ presenter });
      },
      setTheme(theme) {
        set({ theme });
      },
      setHelpOpen(helpOpen) {
        set({ helpOpen });
      },
      setEquipotencyOpen(equipotencyOpen) {
        set({ equipotencyOpen });
      },
      importOrg(imported) {
        org = imported;
        const next = { ...get().settings, nodes: imported.ids.length };
        reconcile(next, 'url');
        restart(next, [], { org: imported, scene: null });
      },
      clearOrg() {
        org = null;
        restart({ ...get().settings }, [], { org: null });
      },
      load(state) {
        org = state.org ?? null;
        const settings = { ...(state.settings ?? DEFAULT_SETTINGS) };
        if (org) settings.nodes = org.ids.length;
        const events = state.events ?? [];
        set({
          settings,
          events,
          ...build(settings, events, state.tick ?? 0),
          org,
          scene: state.scene ?? null,
          playing: false,
          forkedAt: null,
        });
      },
    };
  });
}
