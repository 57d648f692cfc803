import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Clock } from './clock.ts';
import type { LabActions, LabState, LabStore } from './labStore.ts';

export const LabStoreContext = createContext<LabStore | null>(null);
export const ClockContext = createContext<Clock | null>(null);

export function useLabStore(): LabStore {
  const store = useContext(LabStoreContext);
  if (!store) throw new Error('useLabStore needs a <LabStoreContext.Provider>');
  return store;
}

/** Subscribes a component to the smallest slice it needs. */
export function useLab<T>(selector: (state: LabState & LabActions) => T): T {
  return useStore(useLabStore(), selector);
}

export function useClock(): Clock {
  const clock = useContext(ClockContext);
  if (!clock) throw new Error('useClock needs a <ClockContext.Provider>');
  return clock;
}

/** The store's actions; they never change, so reading them re-renders nothing. */
export function useActions(): LabActions {
  return useLabStore().getState();
}
