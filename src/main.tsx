import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/App.tsx';
import { createLabPage, LabPageContext } from './ui/labPage.tsx';
import './ui/styles/index.css';

const page = createLabPage();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <LabPageContext.Provider value={page}>
      <App />
    </LabPageContext.Provider>
  </StrictMode>,
);
