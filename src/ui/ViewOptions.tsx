import { useActions, useLab } from './labPage.tsx';
import type { Theme } from '../store/labStore.ts';

/** Presenter mode, light/dark, "Who starts it", "Run many" and the shortcut help. */
export function ViewOptions() {
  const presenter = useLab((s) => s.presenter);
  const theme = useLab((s) => s.theme);
  const whoStarts = useLab((s) => s.equipotencyOpen);
  const runMany = useLab((s) => s.runManyOpen);
  const { setPresenter, setTheme, setHelpOpen, setEquipotencyOpen, toggleRunMany } = useActions();
  return (
    <div className="view-options" role="group" aria-label="View">
      <button type="button" aria-pressed={whoStarts} onClick={() => setEquipotencyOpen(!whoStarts)}>
        Who starts it?
      </button>
      <button
        type="button"
        aria-pressed={runMany}
        aria-keyshortcuts="M"
        onClick={() => toggleRunMany()}
      >
        Run many
      </button>
      <button type="button" aria-pressed={presenter} onClick={() => setPresenter(!presenter)}>
        Presenter mode
      </button>
      <label>
        Theme
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
