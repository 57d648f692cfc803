import { scaleLinear } from 'd3-scale';
import { useState } from 'react';
import type { EquipotencyResult } from '../model/equipotency.ts';
import type { SideName } from '../model/lab.ts';
import { useActions, useLab } from './labPage.tsx';
import { SIDE_LABEL, SIDES } from './sides.ts';
import { useDrawingStyle, useSize } from './theme.ts';

/** Does it matter who starts? Reach times from every possible starter, both sides. */
export function WhoStarts() {
  const job = useLab((s) => s.whoStarts);
  const { setEquipotencyOpen, tryEveryStarter, cancelWhoStarts } = useActions();
  const [share, setShare] = useState<'to90' | 'to100'>('to100');
  return (
    <section className="card who-starts" role="region" aria-label="Who starts it">
      <header>
        <h3>Who starts it?</h3>
        <p className="chart-note">
          Every person in turn starts the same news (one broadcast, current settings). Each dot is a
          starter; click one to run from them.
        </p>
        <div className="who-starts-actions">
          <span role="group" aria-label="Measure">
            <button type="button" aria-pressed={share === 'to90'} onClick={() => setShare('to90')}>
              90% reached
            </button>
            <button
              type="button"
              aria-pressed={share === 'to100'}
              onClick={() => setShare('to100')}
            >
              100% reached
            </button>
          </span>
          {job?.state === 'running' || job?.state === 'starting' ? (
            <button type="button" onClick={cancelWhoStarts}>
              Cancel
            </button>
          ) : (
            (job?.state === 'cancelled' || job?.state === 'waiting') && (
              <button type="button" onClick={tryEveryStarter}>
                Try every starter
              </button>
            )
          )}
          <button type="button" onClick={() => setEquipotencyOpen(false)}>
            Close
          </button>
        </div>
      </header>
      {job?.state === 'running' && (
        <label className="progress">
          Trying starter {job.done} of {job.total}
          <progress max={job.total} value={job.done} />
        </label>
      )}
      {job?.state === 'cancelled' && <p>Cancelled.</p>}
      {job?.state === 'done' && <Distributions result={job.result} share={share} />}
      {(job === null || job.state === 'starting') && <p>Starting…</p>}
      {job?.state === 'waiting' && (
        <p>{job.people} people: press “Try every starter” to compute.</p>
      )}
    </section>
  );
}

function describe(times: Int32Array): string {
  const reached = [...times].filter((t) => t >= 0).sort((a, b) => a - b);
  if (reached.length === 0) return 'no starter got there';
  const lo = reached[0];
  const hi = reached[reached.length - 1];
  const median = reached[Math.floor((reached.length - 1) / 2)];
  const missing = times.length - reached.length;
  const range = lo === hi ? `${lo} ticks from anyone` : `${lo} to ${hi} ticks (median ${median})`;
  return missing ? `${range}; ${missing} starters never got there` : range;
}

function Distributions({ result, share }: { result: EquipotencyResult; share: 'to90' | 'to100' }) {
  let max = 1;
  for (const side of SIDES) for (const t of result[side][share]) max = Math.max(max, t);
  return (
    <div className="distributions">
      {SIDES.map((side) => (
        <Distribution key={side} side={side} times={result[side][share]} max={max} />
      ))}
      <p className="chart-note">
        Ticks until {share === 'to90' ? '90% of' : 'everyone'} they can reach has heard. Both rows
        share one scale.
      </p>
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
  const rows = Math.ceil(Math.max(1, ...count.values()) / cols);
  const axis = 20;
  const height = Math.max(60, rows * d + axis + 4);
  const color = side === 'hierarchy' ? colors.hierarchySeries : colors.p2pSeries;
  return (
    <div className="distribution" ref={ref}>
      <p>
        <strong>{SIDE_LABEL[side]}:</strong> {describe(times)}
      </p>
      <Extremes side={side} times={times} onPick={(v) => setSetting('source', v)} />
      {width > 0 && (
        <svg
          width={width}
          height={height}
          role="group"
          aria-label={`${SIDE_LABEL[side]}: reach time by starter`}
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
                  <title>
                    Person {dot.v}: {dot.t} ticks
                  </title>
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
  const where = side === 'hierarchy' ? 'in the hierarchy' : 'among the peers';
  return (
    <p className="extremes">
      <button type="button" onClick={() => onPick(fastest)}>
        Run from the fastest starter {where} (#{fastest}, {times[fastest]} ticks)
      </button>
      <button type="button" onClick={() => onPick(slowest)}>
        Run from the slowest starter {where} (#{slowest}, {times[slowest]} ticks)
      </button>
    </p>
  );
}
