import { Controls } from './Controls.tsx';
import { GraphPanel } from './GraphPanel.tsx';
import { Legend } from './Legend.tsx';
import { LiveStatus } from './LiveStatus.tsx';
import { Notices } from './Notices.tsx';
import { Playback } from './Playback.tsx';

export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <div className="title">
          <h1>P2P Org Lab</h1>
          <p>The same people, organized two ways. Press Play and watch the news travel.</p>
        </div>
        <Playback />
      </header>
      <Notices />
      <LiveStatus />
      <main className="stage">
        <div className="panels">
          <GraphPanel side="hierarchy" />
          <GraphPanel side="p2p" />
        </div>
        <Controls />
      </main>
      <footer>
        <Legend />
      </footer>
    </div>
  );
}
