import { useLab, useLabStore } from '../store/context.tsx';
import { Comparison } from './Comparison.tsx';
import { Panels } from './GraphPanel.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { currentQuery, pageAddress } from './share/ShareBar.tsx';
import { Shortcuts } from './Shortcuts.tsx';
import { usePageView } from './view.ts';

/** The lab inside someone else's page: the two graphs (and, if asked, the comparison), no controls. */
export function Embed() {
  const store = useLabStore();
  const { summary } = usePageView();
  // Re-render as the run moves so the link below always opens this very moment.
  useLab((s) => s.tick);
  useLab((s) => s.events);
  useLab((s) => s.settings);
  return (
    <div className="app embed">
      <LiveStatus />
      <main className="stage">
        <Panels />
      </main>
      {summary && (
        <section className="analysis">
          <Comparison />
        </section>
      )}
      <a
        className="open-in-lab"
        href={`${pageAddress()}?${currentQuery(store)}`}
        target="_blank"
        rel="noopener"
      >
        open in the lab
      </a>
      <Shortcuts />
    </div>
  );
}
