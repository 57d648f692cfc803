import type { LabStore } from './labStore.ts';
import { stateToQuery } from './url.ts';

/** While playing, the address is rewritten at most this often (browsers throttle history calls). */
const INTERVAL_MS = 400;

/**
 * Keeps the address bar equal to the state: settings, scene, events and the
 * tick on show, with `history.replaceState` (no history entry per change).
 */
export function syncUrl(store: LabStore, win: Window = window): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastAt = 0;
  const write = () => {
    timer = undefined;
    lastAt = performance.now();
    const { settings, scene, events, tick, org, langChoice: lang } = store.getState();
    const view = new URLSearchParams(win.location.search);
    const query = stateToQuery({ settings, scene, events, tick, org, lang }, view);
    if (`?${query}` !== win.location.search) {
      win.history.replaceState(
        win.history.state,
        '',
        `${win.location.pathname}?${query}${win.location.hash}`,
      );
    }
  };
  const unsubscribe = store.subscribe((state, previous) => {
    if (
      state.settings === previous.settings &&
      state.scene === previous.scene &&
      state.events === previous.events &&
      state.tick === previous.tick &&
      state.org === previous.org &&
      state.langChoice === previous.langChoice
    )
      return;
    if (timer !== undefined) return;
    const wait = state.playing ? Math.max(0, lastAt + INTERVAL_MS - performance.now()) : 0;
    timer = setTimeout(write, wait);
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) clearTimeout(timer);
  };
}
