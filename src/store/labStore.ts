import { createStore, type StoreApi } from 'zustand/vanilla';
import { currentLanguage } from '../i18n/i18n.ts';
import type { Lab } from '../model/lab.ts';
import { createNetworkCache } from '../model/networkCache.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { sceneById } from '../scenes/scenes.ts';
import { createKit } from './slices/kit.ts';
import {
  EMPTY_DRAFT,
  orgActions,
  type InitialState,
  type OrgActions,
  type OrgState,
} from './slices/org.ts';
import { scenesActions, type ScenesActions, type ScenesState } from './slices/scenes.ts';
import {
  settingsActions,
  type SettingsActions,
  type SettingsState,
} from './slices/settingsEvents.ts';
import { timelineActions, type TimelineActions, type TimelineState } from './slices/timeline.ts';
import { viewActions, type ViewActions, type ViewState } from './slices/view.ts';
import {
  runManyActions,
  runManyInSlices,
  type ManyRunner,
  type RunManyActions,
  type RunManyState,
} from './slices/runMany.ts';
import { buildHere, type NetworkBuilder } from './prepare.ts';
import { runManyKey } from './runManyView.ts';
import {
  runInSlices,
  whoStartsActions,
  type EquipotencyRunner,
  type WhoStartsActions,
  type WhoStartsState,
} from './slices/whoStarts.ts';

export type { InitialState } from './slices/org.ts';
export type { ClickMode, Theme } from './slices/view.ts';
export { SPEEDS } from './slices/timeline.ts';

/** Everything the page shows, by slice: each slice's state and actions live in `slices/`. */
export type LabState = TimelineState &
  SettingsState &
  ScenesState &
  OrgState &
  ViewState &
  WhoStartsState &
  RunManyState;
export type LabActions = TimelineActions &
  SettingsActions &
  ScenesActions &
  OrgActions &
  ViewActions &
  WhoStartsActions &
  RunManyActions;
export type LabStore = StoreApi<LabState & LabActions>;

export interface StoreServices {
  /** How "Who starts it" tries every starter (the page passes a Web Worker; tests run in slices). */
  runEquipotency?: EquipotencyRunner;
  /** How "Run many" runs its seeds (the page passes Web Workers; tests run in slices). */
  runMany?: ManyRunner;
  /** Where big networks are built (the page passes a Web Worker; tests build on this thread). */
  buildNetworks?: NetworkBuilder;
}

/**
 * One lab: the pair of runs, its timeline, settings and events, scene, org and view. Each call
 * makes an independent store (with its own network cache), so two labs can share a page.
 */
export function createLabStore(
  initial: InitialState = {},
  services: StoreServices = {},
  /** The run already prepared for `initial` (the page prepares a heavy link before it opens). */
  prepared?: Lab,
): LabStore {
  const org = initial.org ?? null;
  const settings = { ...(initial.settings ?? DEFAULT_SETTINGS) };
  if (org) settings.nodes = org.ids.length;
  const events = initial.events ?? [];
  const scene = initial.scene ?? null;

  const store = createStore<LabState & LabActions>()((set, get) => {
    const cache = createNetworkCache();
    if (prepared) {
      const [hierarchy, p2p] = prepared.sides.map((side) => side.network);
      cache.put(settings, org, { hierarchy, p2p });
    }
    const kit = createKit(set, get, cache, services.buildNetworks ?? buildHere);
    return {
      settings,
      events,
      ...kit.shown(prepared ?? kit.simulate(settings, events, org, initial.tick ?? 0)),
      playing: false,
      job: null,
      speed: 2,
      forkedAt: null,
      scene,
      org,
      importDraft: EMPTY_DRAFT,
      mode: 'start',
      hovered: null,
      notices: initial.notices ?? [],
      presenter: false,
      theme: 'system',
      helpOpen: false,
      equipotencyOpen: scene ? !!sceneById(scene)?.equipotency : false,
      whoStarts: null,
      runManyOpen: false,
      chartsOpen: false,
      settingsOpen: false,
      lang: currentLanguage(),
      langChoice: initial.lang ?? null,
      runMany: null,
      sweep: null,
      ...timelineActions(kit),
      ...settingsActions(kit),
      ...scenesActions(kit),
      ...orgActions(kit),
      ...viewActions(kit),
      ...whoStartsActions(kit, services.runEquipotency ?? runInSlices),
      ...runManyActions(kit, services.runMany ?? runManyInSlices, () => runManyKey(get())),
    };
  });
  store.getState().refreshWhoStarts();
  return store;
}
