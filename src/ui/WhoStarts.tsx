import { scaleLinear } from 'd3-scale';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { t as translate } from '../i18n/i18n.ts';
import type { EquipotencyResult } from '../model/equipotency.ts';
import type { SideName } from '../model/lab.ts';
import { useActions, useLab } from './labPage.tsx';
import { sideLabel, SIDES } from './sides.ts';
import { useDrawingStyle, useSize } from './theme.ts';

/** Does it matter who starts? Reach times from every possible starter, both sides. */
export function WhoStarts() {
  const job = useLab((s) => s.whoStarts);
  const { setEquipotencyOpen, tryEveryStarter, cancelWhoStarts } = useActions();
  const [share, setShare] = useState<'to90' | 'to100'>('to100');
  const { t } = useTranslation();
  return (
    <section className="card who-starts" role="region" aria-label={t('whoStarts.name')}>
      <header>
        <h3>{t('whoStarts.title')}</h3>
        <p className="chart-note">{t('whoStarts.intro')}</p>
        <div className="who-starts-actions">
          <span role="group" aria-label={t('whoStarts.measure')}>
            <button type="button" aria-pressed={share === 'to90'} onClick={() => setShare('to90')}>
              {t('whoStarts.reached90')}
            </button>
            <button
              type="button"
              aria-pressed={share === 'to100'}
              onClick={() => setShare('to100')}
            >
              {t('whoStarts.reached100')}
            </button>
          </span>
          {job?.state === 'running' || job?.state === 'starting' ? (
            <button type="button" onClick={cancelWhoStarts}>
              {t('whoStarts.cancel')}
            </button>
          ) : (
            (job?.state === 'cancelled' || job?.state === 'waiting') && (
              <button type="button" onClick={tryEveryStarter}>
                {t('whoStarts.try')}
              </button>
            )
          )}
          <button type="button" onClick={() => setEquipotencyOpen(false)}>
            {t('whoStarts.close')}
          </button>
        </div>
      </header>
      {job?.state === 'running' && (
        <label className="progress">
          {t('whoStarts.trying', { done: job.done, total: job.total })}
          <progress max={job.total} value={job.done} />
        </label>
      )}
      {job?.state === 'cancelled' && <p>{t('whoStarts.cancelled')}</p>}
      {job?.state === 'done' && <Distributions result={job.result} share={share} />}
      {(job === null || job.state === 'starting') && <p>{t('whoStarts.starting')}</p>}
      {job?.state === 'waiting' && <p>{t('whoStarts.waiting', { count: job.people })}</p>}
    </section>
  );
}

function describe(times: Int32Array): string {
  const reached = [...times].filter((t) => t >= 0).sort((a, b) => a - b);
  if (reached.length === 0) return translate('whoStarts.nobody');
  const lo = reached[0];
  const hi = reached[reached.length - 1];
  const median = reached[Math.floor((reached.length - 1) / 2)];
  const missing = times.length - reached.length;
  const range =
    lo === hi
      ? translate('whoStarts.same', { ticks: lo })
      : translate('whoStarts.range', { lo, hi, median });
  return missing ? translate('whoStarts.missing', { range, count: missing }) : range;
}

function Distributions({ result, share }: { result: EquipotencyResult; share: 'to90' | 'to100' }) {
  let max = 1;
  for (const side of SIDES) for (const t of result[side][share]) max = Math.max(max, t);
  return (
    <div className="distributions">
      {SIDES.map((side) => (
        <Distribution key={side} side={side} times={result[side][share]} max={max} />
      ))}
      <p className="chart-note">{translate(`whoStarts.scale.${share}`)}</p>
    </div>
  );
}

/** One side's starters as a unit chart: a block of dots per reach time, one dot per person. */
function Distribution({ side, times, max }: { side: SideName; times: Int32Array; max: number }) {
  const { setSetting } = useActions();
  const source = useLab((s) => s.lab.source);
  const { colors } = useDrawingStyle();
  const [ref, width] = useSize<HTMLDivElement>();
  const x = scaleLinear()
    .domain([-0.5, max + 0.5])
    .range([0, Math.max(1, width)]);
  const band = x(1) - x(0);
  const d = Math.max(6, Math.min(14, band / 3));
  const cols = Math.max(1, Math.floor((band * 0.85) / d));
  const count = new Map<number, number>();
  const dots = [...times].map((t, v) => {
    const level = count.get(t) ?? 0;
    count.set(t, level + 1);
    return { v, t, level };
  });
  const rows = Math.ceil([...count.values()].reduce((a, b) => Math.max(a, b), 1) / cols);
  const axis = 20;
  const height = Math.max(60, rows * d + axis + 4);
  const color = side === 'hierarchy' ? colors.hierarchySeries : colors.p2pSeries;
  return (
    <div className="distribution" ref={ref}>
      <p>
        <strong>{sideLabel(side)}:</strong> {describe(times)}
      </p>
      <Extremes side={side} times={times} onPick={(v) => setSetting('source', v)} />
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={translate('whoStarts.chart', { side: sideLabel(side) })}
        >
          {x.ticks(Math.min(12, max + 1)).map((t) => (
            <text key={t} className="tick-label" x={x(t)} y={height - 4} textAnchor="middle">
              {t}
            </text>
          ))}
          {dots
            .filter((dot) => dot.t >= 0)
            .map((dot) => {
              const col = dot.level % cols;
              const row = Math.floor(dot.level / cols);
              const inBlock = Math.min(cols, count.get(dot.t) ?? 1);
              return (
                <circle
                  key={dot.v}
                  className="starter"
                  cx={x(dot.t) - (inBlock * d) / 2 + (col + 0.5) * d}
                  cy={height - axis - (row + 0.5) * d}
                  r={d / 2 - 1}
                  fill={dot.v === source ? colors.source : color}
                  stroke={colors.ink}
                  strokeWidth={dot.v === source ? 2 : 0.5}
                  onClick={() => setSetting('source', dot.v)}
                >
                  <title>{translate('whoStarts.dot', { person: dot.v, ticks: dot.t })}</title>
                </circle>
              );
            })}
        </svg>
      )}
    </div>
  );
}

/** Keyboard-friendly way in: run from this side's fastest or slowest starter. */
function Extremes({
  side,
  times,
  onPick,
}: {
  side: SideName;
  times: Int32Array;
  onPick: (person: number) => void;
}) {
  let fastest = -1;
  let slowest = -1;
  times.forEach((t, v) => {
    if (t < 0) return;
    if (fastest < 0 || t < times[fastest]) fastest = v;
    if (slowest < 0 || t > times[slowest]) slowest = v;
  });
  if (fastest < 0) return null;
  return (
    <p className="extremes">
      <button type="button" onClick={() => onPick(fastest)}>
        {translate(`whoStarts.fastest.${side}`, { person: fastest, ticks: times[fastest] })}
      </button>
      <button type="button" onClick={() => onPick(slowest)}>
        {translate(`whoStarts.slowest.${side}`, { person: slowest, ticks: times[slowest] })}
      </button>
    </p>
  );
}
