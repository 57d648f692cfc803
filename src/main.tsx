import { startTransition, StrictMode, useEffect, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { earlyInput } from './earlyInput.ts';
import { i18n, loadLanguage, pickLanguage, t } from './i18n/i18n.ts';
import { DEFAULT_SETTINGS } from './model/params.ts';
import { prepareFirst } from './store/prepare.ts';
import { buildInWorker } from './store/networksWorker.ts';
import { stateFromUrl } from './store/url.ts';
import { App } from './ui/App.tsx';
import { JobView } from './ui/JobProgress.tsx';
import { createLabPage, LabPageContext } from './ui/labPage.tsx';

// The language first (a link's `lang=`, else the browser's), so every message — the notices
// about the link included — is written in it from the start.
const asked = new URLSearchParams(window.location.search).get('lang');
await loadLanguage(pickLanguage(asked, navigator.languages)).catch(() => loadLanguage('en'));
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lang) => (document.documentElement.lang = lang));

const container = document.getElementById('root')!;
// The default page arrives prerendered and already drawn (`boot.ts`): React takes it over as it is.
const prerendered = container.dataset.prerendered === 'shown';
let root: Root | null = null;
const rootNow = () => (root ??= createRoot(container));

/**
 * The state the link describes and, when it is heavy (big networks, a long replay), its run
 * prepared first — in a worker and in slices, with progress and a Cancel on the page meanwhile.
 * Cancelled, the page opens with the default lab instead, and says so.
 */
const opening = await new Promise<Parameters<typeof createLabPage>[1]>((resolve) => {
  const initial = stateFromUrl(window.location.search);
  const request = {
    settings: initial.settings ?? DEFAULT_SETTINGS,
    events: initial.events ?? [],
    org: initial.org ?? null,
    upTo: initial.tick ?? 0,
  };
  let cancel = () => undefined as void;
  const stop = () => {
    cancel();
    const notices = [t('job.cancelledLink')];
    resolve({ initial: { ...stateFromUrl(''), lang: initial.lang, notices } });
  };
  cancel = prepareFirst(
    request,
    buildInWorker,
    (job) =>
      rootNow().render(
        <I18nextProvider i18n={i18n}>
          <div className="first-run">
            <JobView job={job} onCancel={stop} />
          </div>
        </I18nextProvider>,
      ),
    (prepared) => resolve({ initial, prepared }),
  );
});

const page = createLabPage(window, opening);

/** Once the app's own effects have run (listeners in place), what was pressed before reaches it. */
function Answering({ children }: { children: ReactNode }) {
  useEffect(() => earlyInput.replay(), []);
  return children;
}

const lab = (
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <LabPageContext.Provider value={page}>
        <Answering>
          <App />
        </Answering>
      </LabPageContext.Provider>
    </I18nextProvider>
  </StrictMode>
);
// As a transition, the first render of the whole lab is done in slices, yielding to the browser
// (a key pressed meanwhile waits a slice, not the whole render).
startTransition(() => {
  if (prerendered && !root) {
    hydrateRoot(container, lab, {
      // Markup that differs from the prerendered page is rendered again from scratch; the page
      // says so for the tests that hold the prerender to the app.
      onRecoverableError(error) {
        container.dataset.hydration = 'redone';
        console.warn('The prerendered page differed from the app:', error);
      },
    });
  } else rootNow().render(lab);
});
