import { useActions, useLab } from './labPage.tsx';
import type { Theme } from '../store/labStore.ts';

/** Presenter mode, light/dark, "Who starts it", "Run many" and the shortcut help. */
export function ViewOptions() {
  const presenter = useLab((s) => s.presenter);
  const theme = useLab((s) => s.theme);
  const whoStarts = useLab((s) => s.equipotencyOpen);
  const runMany = useLab((s) => s.runManyOpen);
  const charts = useLab((s) => s.chartsOpen);
  const { setPresenter, setTheme, setHelpOpen, setEquipotencyOpen, toggleRunMany, setChartsOpen } =
    useActions();
  return (
    <div className="view-options" role="group" aria-label="View">
      <button
        type="button"
        className="secondary-view"
        aria-pressed={whoStarts}
        onClick={() => setEquipotencyOpen(!whoStarts)}
      >
        Who starts it?
      </button>
      <button
        type="button"
        className="secondary-view"
        aria-pressed={runMany}
        aria-keyshortcuts="M"
        onClick={() => toggleRunMany()}
      >
        Run many
      </button>
      <button type="button" aria-pressed={presenter} onClick={() => setPresenter(!presenter)}>
        Presenter mode
      </button>
      {presenter && (
        <button
          type="button"
          className="charts-toggle"
          aria-pressed={charts}
          aria-keyshortcuts="C"
          onClick={() => setChartsOpen(!charts)}
        >
          Charts
        </button>
      )}
      <label>
        <span className="label-word">Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as Theme)}>
          <option value="system">System</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <button
        type="button"
        aria-label="Keyboard shortcuts"
        aria-keyshortcuts="?"
        onClick={() => setHelpOpen(true)}
      >
        ?
      </button>
    </div>
  );
}
