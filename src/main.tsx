import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startClock } from './store/clock.ts';
import { ClockContext, LabStoreContext } from './store/context.tsx';
import { createLabStore } from './store/labStore.ts';
import { stateFromUrl } from './store/url.ts';
import { syncUrl } from './store/urlSync.ts';
import { App } from './ui/App.tsx';
import { ViewContext, viewFromUrl } from './ui/view.ts';
import './ui/styles.css';

const store = createLabStore(stateFromUrl(window.location.search));
const view = viewFromUrl(window.location.search);
syncUrl(store);
if (view.autoplay) store.getState().play();
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
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const clock = startClock(store, () => reducedMotion.matches);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabStoreContext.Provider value={store}>
      <ClockContext.Provider value={clock}>
        <ViewContext.Provider value={view}>
          <App />
        </ViewContext.Provider>
      </ClockContext.Provider>
    </LabStoreContext.Provider>
  </StrictMode>,
);
