import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { startClock } from './store/clock.ts';
import { ClockContext, LabStoreContext } from './store/context.tsx';
import { createLabStore } from './store/labStore.ts';
import { stateFromUrl } from './store/url.ts';
import { syncUrl } from './store/urlSync.ts';
import { App } from './ui/App.tsx';
import './ui/styles.css';

const store = createLabStore(stateFromUrl(window.location.search));
syncUrl(store);
const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');
const clock = startClock(store, () => reducedMotion.matches);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabStoreContext.Provider value={store}>
      <ClockContext.Provider value={clock}>
        <App />
      </ClockContext.Provider>
    </LabStoreContext.Provider>
  </StrictMode>,
);
