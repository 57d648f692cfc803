import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { i18n, loadLanguage, pickLanguage } from './i18n/i18n.ts';
import { App } from './ui/App.tsx';
import { createLabPage, LabPageContext } from './ui/labPage.tsx';
import './ui/styles/index.css';

// The language first (a link's `lang=`, else the browser's), so every message — the notices
// about the link included — is written in it from the start.
const asked = new URLSearchParams(window.location.search).get('lang');
await loadLanguage(pickLanguage(asked, navigator.languages)).catch(() => loadLanguage('en'));
document.documentElement.lang = i18n.language;
i18n.on('languageChanged', (lang) => (document.documentElement.lang = lang));

const page = createLabPage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <LabPageContext.Provider value={page}>
        <App />
      </LabPageContext.Provider>
    </I18nextProvider>
  </StrictMode>,
);
