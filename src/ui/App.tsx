import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Controls } from './Controls.tsx';
import { Embed } from './Embed.tsx';
import { useLab, usePageView } from './labPage.tsx';
import { Panels } from './GraphPanel.tsx';
import { Legend } from './Legend.tsx';
import { JobProgress } from './JobProgress.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { Notices } from './Notices.tsx';
import { Playback } from './Playback.tsx';
import { SceneCard, SceneNav } from './Scenes.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { useResolvedTheme } from './theme.ts';
import { Timeline } from './Timeline.tsx';
import { ViewOptions } from './ViewOptions.tsx';

import { refetching } from '../refetch.ts';
import { LoadLater } from './LoadLater.tsx';

// What is not needed for the first frame loads after it, in chunks of its own.
const loadAnalysis = refetching(() => import('./Analysis.tsx'));
const loadShareBar = refetching(() => import('./share/ShareBar.tsx'));

/** False until the page has painted once: what can wait is rendered (and its chunk fetched) after. */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    // The frame after mounting is painted before a task queued from it runs.
    const frame = requestAnimationFrame(() => (timer = window.setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

export function App() {
  const { embed } = usePageView();
  const theme = useResolvedTheme();
  const presenter = useLab((s) => s.presenter);
  const whoStarts = useLab((s) => s.equipotencyOpen);
  // On the stage the analysis opens beside it: for the charts, or for a view asked for by key.
  const chartsOpen = useLab((s) => s.chartsOpen);
  const settingsOpen = useLab((s) => s.settingsOpen);
  const runMany = useLab((s) => s.runManyOpen);
  const { t } = useTranslation();
  const later = useAfterFirstPaint();
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    document.documentElement.dataset.presenter = String(presenter);
  }, [theme, presenter]);
  if (embed) return <Embed />;
  return (
    <div className="app">
      <header className="topbar">
        <div className="title">
          <h1>{t('app.title')}</h1>
          <p>{t('app.tagline')}</p>
        </div>
        <ViewOptions />
        <Playback />
        <SceneNav />
      </header>
      <SceneCard />
      <Notices />
      <JobProgress />
      <LiveStatus />
      <main className="stage">
        <Panels />
        {/* On the stage the settings open beside it, on demand (S, or the button). */}
        {(!presenter || settingsOpen) && <Controls />}
      </main>
      <Timeline />
      <section
        className={`analysis${chartsOpen || whoStarts || runMany ? ' open' : ''}`}
        aria-label={t('app.analysis')}
      >
        {later && <LoadLater load={loadAnalysis} pick={(m) => m.default} />}
      </section>
      {later && !presenter && <LoadLater load={loadShareBar} pick={(m) => m.ShareBar} />}
      <footer>
        <Legend />
      </footer>
      <Shortcuts />
    </div>
  );
}
