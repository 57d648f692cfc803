import { useMemo, useState } from 'react';
import {
  measureViews,
  runManyCsv,
  runManyKey,
  thisRunWords,
  type MeasureView,
} from '../store/runManyView.ts';
import { MAX_RUNS, type ManyJob } from '../store/slices/runMany.ts';
import { download } from './share/exporting.ts';
import { exportName } from '../store/exports.ts';
import { useActions, useLab, useLabStore } from './labPage.tsx';
import { SIDE_LABEL } from './sides.ts';
import { SweepCharts } from './SweepCharts.tsx';
import { useDrawingStyle } from './theme.ts';

/** "Run many": the settings on show over many seeds, so a room can see whether this run is typical. */
export function RunMany() {
  const open = useLab((s) => s.runManyOpen);
  return open ? <RunManyPanel /> : null;
}

function RunManyPanel() {
  const job = useLab((s) => s.runMany);
  const sweep = useLab((s) => s.sweep);
  const key = useLab(runManyKey);
  const { startRunMany, startSweep, cancelRunMany, toggleRunMany } = useActions();
  const [k, setK] = useState('100');
  const count = Number(k);
  const valid = Number.isInteger(count) && count >= 1 && count <= MAX_RUNS;
  const running = job?.state === 'running' || sweep?.state === 'running';
  return (
    <section className="card run-many" role="region" aria-label="Run many">
      <header className="run-many-head">
        <h3>Run many: how typical is this run?</h3>
        <button type="button" onClick={() => toggleRunMany(false)}>
          Close
        </button>
      </header>
      <form className="run-many-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          Seeds{' '}
          <input
            type="number"
            min={1}
            max={MAX_RUNS}
            value={k}
            aria-invalid={!valid || undefined}
            onChange={(e) => setK(e.target.value)}
          />
        </label>
        <button type="button" disabled={!valid || running} onClick={() => startRunMany(count)}>
          Run {valid ? count : ''} seeds
        </button>
        <button type="button" disabled={!valid || running} onClick={() => startSweep(count)}>
          Resilience sweep
        </button>
        {running && (
          <button type="button" onClick={cancelRunMany}>
            Cancel
          </button>
        )}
        {!valid && (
          <span className="field-error" role="alert">
            Seeds must be a whole number from 1 to {MAX_RUNS}.
          </span>
        )}
      </form>
      <p className="run-many-note">
        The same settings and events with seeds from this run’s seed on: each seed draws its own
        networks, knock-outs and traffic. Every figure here can be run again from this page’s link.
      </p>
      {job && <Progress job={job} label="Runs done" />}
      {job && job.key !== key && (
        <p className="notice">These runs were for other settings: run again to compare.</p>
      )}
      {job && job.done > 0 && <Results job={job} />}
      {sweep && <Progress job={sweep} label="Sweep runs done" />}
      {sweep && sweep.done > 0 && <SweepCharts job={sweep} />}
    </section>
  );
}

function Progress({ job, label }: { job: ManyJob; label: string }) {
  const total = job.tasks.length;
  return (
    <div className="run-many-progress">
      <progress
        aria-label={label}
        max={total}
        value={job.done}
        aria-valuetext={`${job.done} of ${total}`}
      />
      <span>
        {job.done} of {total} runs
        {job.state === 'cancelled' ? ' (cancelled)' : job.state === 'done' ? ' (done)' : '…'}
      </span>
    </div>
  );
}

function Results({ job }: { job: ManyJob }) {
  const traffic = useLab((s) => s.settings.traffic);
  const seed = useLab((s) => s.settings.seed);
  const store = useLabStore();
  const views = useMemo(() => measureViews(job, traffic, seed), [job, traffic, seed]);
  const save = (text: string, type: string, ext: string) =>
    download(new Blob([text], { type }), `${exportName(store.getState())}-runs.${ext}`);
  return (
    <>
      <div className="run-many-measures">
        {views.map((view) => (
          <Distribution key={view.measure} view={view} />
        ))}
      </div>
      <p className="run-many-exports">
        <button type="button" onClick={() => save(runManyCsv(job), 'text/csv', 'csv')}>
          Export runs CSV
        </button>
        <button
          type="button"
          onClick={() =>
            save(
              JSON.stringify({ tasks: job.tasks, records: job.records }),
              'application/json',
              'json',
            )
          }
        >
          Export runs JSON
        </button>
      </p>
    </>
  );
}

const WIDTH = 360;
const ROW = 30;
const PAD = 12;

/** Both sides' runs on one scale: every run a dot, the 10th–90th percentile a bar, the median a line, this run a diamond. */
function Distribution({ view }: { view: MeasureView }) {
  const { colors } = useDrawingStyle();
  const all = [...view.values.hierarchy, ...view.values.p2p];
  const lo = Math.min(0, ...all);
  const hi = Math.max(lo + 1e-9, ...all);
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (WIDTH - 2 * PAD);
  const height = 2 * ROW + 22;
  const format = (v: number) =>
    view.share ? `${Math.round(v * 100)}%` : String(Math.round(v * 10) / 10);
  return (
    <figure className="run-many-measure">
      <figcaption>{view.label}</figcaption>
      <svg width={WIDTH} height={height} role="img" aria-label={view.sentence}>
        {view.sides.map((side, row) => {
          const y = 10 + row * ROW;
          const color = side.side === 'hierarchy' ? colors.hierarchySeries : colors.p2pSeries;
          const values = view.values[side.side];
          return (
            <g key={side.side}>
              {values.map((v, i) => (
                <circle
                  key={i}
                  cx={x(v)}
                  cy={y + ((i * 7919) % 11) - 5}
                  r={2}
                  fill={color}
                  opacity={0.35}
                />
              ))}
              {side.spread && (
                <>
                  <line
                    x1={x(side.spread.p10)}
                    x2={x(side.spread.p90)}
                    y1={y + 9}
                    y2={y + 9}
                    stroke={color}
                    strokeWidth={4}
                  />
                  <line
                    x1={x(side.spread.median)}
                    x2={x(side.spread.median)}
                    y1={y + 3}
                    y2={y + 15}
                    stroke="currentColor"
                    strokeWidth={2}
                  />
                </>
              )}
              {side.thisRun !== null && (
                <path d={`M${x(side.thisRun)},${y - 8} l5,5 l-5,5 l-5,-5 z`} fill="currentColor" />
              )}
            </g>
          );
        })}
        <text x={PAD} y={height - 4} fontSize={11} fill="currentColor">
          {format(lo)}
        </text>
        <text x={WIDTH - PAD} y={height - 4} fontSize={11} fill="currentColor" textAnchor="end">
          {format(hi)}
        </text>
      </svg>
      <ul className="run-many-sides">
        {view.sides.map((side) => (
          <li key={side.side}>
            <strong>{SIDE_LABEL[side.side]}</strong>
            {side.spread
              ? ` median ${format(side.spread.median)} (10–90 %: ${format(side.spread.p10)}–${format(side.spread.p90)}); ${thisRunWords(view, side, view.values[side.side])}`
              : ' no run has a value'}
          </li>
        ))}
      </ul>
      <p className="run-many-sentence">{view.sentence}</p>
    </figure>
  );
}
