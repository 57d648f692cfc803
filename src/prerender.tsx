import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage } from './i18n/i18n.ts';
import { createLayoutService } from './layout/layoutAsync.ts';
import { createLabStore } from './store/labStore.ts';
import { stateFromUrl } from './store/url.ts';
import { App } from './ui/App.tsx';
import { LabPageContext, type LabPage } from './ui/labPage.tsx';
import { viewFromUrl } from './ui/view.ts';

/**
 * The default page's markup, rendered at build time (in Node, by `vite.config.ts`) into
 * `index.html`: the app as it first renders with no settings in the link, in English, on a light
 * screen. `boot.ts` shows it (and draws its graphs) only when a visit is exactly that page;
 * `main.tsx` then hydrates it. Nothing here runs in the browser.
 */
export async function render(): Promise<string> {
  await loadLanguage('en');
  const page: LabPage = {
    store: createLabStore(stateFromUrl('')),
    // Nothing plays or draws in a prerender: effects do not run.
    clock: { onFrame: () => () => undefined, wake() {}, reduced: () => false, stop() {} },
    view: viewFromUrl(''),
    renderers: new Map(),
    layout: createLayoutService(),
  };
  return renderToString(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LabPageContext.Provider value={page}>
          <App />
        </LabPageContext.Provider>
      </I18nextProvider>
    </StrictMode>,
  );
}
