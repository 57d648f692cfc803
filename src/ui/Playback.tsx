import { SPEEDS } from '../store/labStore.ts';
import { useActions, useLab } from './labPage.tsx';

/** Play/Pause, Step, Reset, speed, and what a click on a person does. */
export function Playback() {
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  const mode = useLab((s) => s.mode);
  const hasEvents = useLab((s) => s.events.length > 0);
  const { togglePlay, step, reset, setSpeed, setMode, clearEvents } = useActions();
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" className="primary" onClick={togglePlay}>
        {playing ? 'Pause' : 'Play'}
      </button>
      <button type="button" onClick={step} disabled={playing}>
        Step
      </button>
      <button type="button" onClick={reset}>
        Reset
      </button>
      <label className="speed">
        <span className="label-word">Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))}>
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s} tick{s === 1 ? '' : 's'}/s
            </option>
          ))}
        </select>
      </label>
      <span className="mode" role="group" aria-label="A click on a person">
        <button type="button" aria-pressed={mode === 'start'} onClick={() => setMode('start')}>
          Start a message
        </button>
        <button type="button" aria-pressed={mode === 'fail'} onClick={() => setMode('fail')}>
          Knock out / restore
        </button>
      </span>
      {hasEvents && (
        <button type="button" onClick={clearEvents}>
          Clear changes
        </button>
      )}
    </div>
  );
}
