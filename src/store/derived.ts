import type { LabEvent } from '../model/events.ts';
import type { Settings } from '../model/params.ts';
import type { LabState } from './labStore.ts';
import { stateFromUrl } from './url.ts';

// What the views read from the store's state without keeping copies of it.

/** Knock-outs and restores waiting for the next tick: person → out after it. */
export function pendingOutcomes(state: Pick<LabState, 'lab' | 'events'>): Map<number, boolean> {
  const pending = new Map<number, boolean>();
  for (const e of state.events) {
    if (e.tick === state.lab.tick && e.type !== 'start' && e.type !== 'set')
      pending.set(e.node, e.type === 'fail');
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

/** The settings in force at the tick on show: the start settings plus live changes made up to it. */
export function effectiveSettings(state: Pick<LabState, 'settings' | 'events' | 'lab'>): Settings {
  const settings = { ...state.settings };
  for (const e of state.events) {
    if (e.type === 'set' && e.tick <= state.lab.tick) settings[e.key] = e.value;
  }
  return settings;
}

/** A scene's settings and events, from its data: the same as opening `?scene=<id>`. */
export function sceneSetup(id: string): { settings: Settings; events: LabEvent[] } | undefined {
  const state = stateFromUrl(new URLSearchParams({ scene: id }).toString());
  return state.scene ? state : undefined;
}
