import { useActions, useLab } from './labPage.tsx';

/** A scrubber over the ticks run so far; a change at an earlier tick forks the run there. */
export function Timeline() {
  const tick = useLab((s) => s.tick);
  const horizon = useLab((s) => s.horizon);
  const forkedAt = useLab((s) => s.forkedAt);
  const { seek, fork, pause } = useActions();
  const behind = tick < horizon;
  return (
    <div className="timeline">
      <label htmlFor="timeline">Tick {tick}</label>
      <input
        id="timeline"
        type="range"
        aria-label="Timeline"
        aria-valuetext={`Tick ${tick} of ${horizon}`}
        min={0}
        max={Math.max(horizon, 1)}
        step={1}
        value={tick}
        onChange={(e) => {
          pause();
          seek(Number(e.target.value));
        }}
      />
      <span className="timeline-end">{horizon}</span>
      {behind ? (
        <>
          <span className="timeline-hint">
            Looking back. Play replays the same future; any change here forks the run.
          </span>
          <button type="button" onClick={fork}>
            Fork from here
          </button>
        </>
      ) : (
        forkedAt !== null && (
          <span className="timeline-hint">
            Forked at tick {forkedAt}: the old future was discarded.
          </span>
        )
      )}
    </div>
  );
}
