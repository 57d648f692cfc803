import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createLayoutService, type LayoutService } from '../layout/layoutAsync.ts';
import type { Lab, SideName } from '../model/lab.ts';
import type { SideRenderer } from '../render/sideRenderer.ts';
import { startClock, type Clock } from '../store/clock.ts';
import {
  createLabStore,
  type InitialState,
  type LabActions,
  type LabState,
  type LabStore,
} from '../store/labStore.ts';
import { stateFromUrl } from '../store/url.ts';
import { syncUrl } from '../store/urlSync.ts';
import { buildInWorker } from '../store/networksWorker.ts';
import { runInWorker } from '../store/whoStartsWorker.ts';
import { runManyInWorkers } from '../store/runManyWorkers.ts';
import { followHost } from './hostBridge.ts';
import { viewFromUrl, type PageView } from './view.ts';

/**
 * Everything one lab on a page needs, made once per page: its store, the playback clock, how
 * it is shown (from the URL), its renderers (so exports draw exactly what is shown) and its
 * layout worker. Nothing here is a module-level singleton, so two labs can share a page.
 */
export interface LabPage {
  store: LabStore;
  clock: Clock;
  view: PageView;
  renderers: Map<SideName, SideRenderer>;
  layout: LayoutService;
}

/**
 * The lab a page's address describes, with its address kept in sync. `opening` is the state to
 * open with and its run, when they were prepared before the page opened (a heavy link).
 */
export function createLabPage(
  win: Window = window,
  opening: { initial: InitialState; prepared?: Lab } = {
    initial: stateFromUrl(win.location.search),
  },
): LabPage {
  const search = win.location.search;
  const store = createLabStore(
    opening.initial,
    { runEquipotency: runInWorker, runMany: runManyInWorkers, buildNetworks: buildInWorker },
    opening.prepared,
  );
  const view = viewFromUrl(search);
  syncUrl(store, win);
  if (view.presenter) store.getState().setPresenter(true);
  if (view.autoplay) store.getState().play();
  followHost(store, win);
  if (view.loop) {
    // At the end of the run, hold the last tick a moment, then play the same run again.
    store.subscribe((state, previous) => {
      if (state.done && previous.playing && !state.playing) {
        setTimeout(() => {
          store.getState().reset();
          store.getState().play();
        }, 2500);
      }
    });
  }
  const reducedMotion = win.matchMedia('(prefers-reduced-motion: reduce)');
  const clock = startClock(store, () => reducedMotion.matches);
  return { store, clock, view, renderers: new Map(), layout: createLayoutService() };
}

export const LabPageContext = createContext<LabPage | null>(null);

export function useLabPage(): LabPage {
  const page = useContext(LabPageContext);
  if (!page) throw new Error('the lab needs a <LabPageContext.Provider>');
  return page;
}

export const useLabStore = (): LabStore => useLabPage().store;
export const usePageView = (): PageView => useLabPage().view;

/** Subscribes a component to the smallest slice it needs (a field, or a selector from `store/selectors.ts`). */
export function useLab<T>(selector: (state: LabState & LabActions) => T): T {
  return useStore(useLabStore(), selector);
}

/** The store's actions; they never change, so reading them re-renders nothing. */
export function useActions(): LabActions {
  return useLabStore().getState();
}
