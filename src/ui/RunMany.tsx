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
import { sideLabel } from './sides.ts';
import { useTranslation } from 'react-i18next';
import { formatNumber, t as translate } from '../i18n/i18n.ts';
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
  const { t } = useTranslation();
  return (
    <section className="card run-many" role="region" aria-label={t('runMany.name')}>
      <header className="run-many-head">
        <h3>{t('runMany.title')}</h3>
        <button type="button" onClick={() => toggleRunMany(false)}>
          {t('runMany.close')}
        </button>
      </header>
      <form className="run-many-form" onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('runMany.seeds')}{' '}
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
          {valid ? t('runMany.run', { count }) : t('runMany.runNone')}
        </button>
        <button type="button" disabled={!valid || running} onClick={() => startSweep(count)}>
          {t('runMany.sweep')}
        </button>
        {running && (
          <button type="button" onClick={cancelRunMany}>
            {t('runMany.cancel')}
          </button>
        )}
        {!valid && (
          <span className="field-error" role="alert">
            {t('runMany.invalid', { max: MAX_RUNS })}
          </span>
        )}
      </form>
      <p className="run-many-note">{t('runMany.note')}</p>
      {job && <Progress job={job} label={t('runMany.runsDone')} />}
      {job && job.key !== key && <p className="notice">{t('runMany.stale')}</p>}
      {job && job.done > 0 && <Results job={job} />}
      {sweep && <Progress job={sweep} label={t('runMany.sweepDone')} />}
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
        aria-valuetext={translate('runMany.of', { done: job.done, total })}
      />
      <span>{translate(`runMany.progress.${job.state}`, { done: job.done, count: total })}</span>
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
          {translate('runMany.csv')}
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
          {translate('runMany.json')}
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
  // Folds, not spreads: a spread of thousands of values into Math.min overflows the stack.
  const lo = all.reduce((a, b) => Math.min(a, b), 0);
  const hi = all.reduce((a, b) => Math.max(a, b), lo + 1e-9);
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (WIDTH - 2 * PAD);
  const height = 2 * ROW + 22;
  const format = (v: number) =>
    formatNumber(v, view.share ? { style: 'percent' } : { maximumFractionDigits: 1 });
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
            <strong>{sideLabel(side.side)}</strong>{' '}
            {side.spread
              ? translate('runMany.side', {
                  median: format(side.spread.median),
                  p10: format(side.spread.p10),
                  p90: format(side.spread.p90),
                  thisRun: thisRunWords(view, side, view.values[side.side]),
                })
              : translate('runMany.noRun')}
          </li>
        ))}
      </ul>
      <p className="run-many-sentence">{view.sentence}</p>
    </figure>
  );
}
