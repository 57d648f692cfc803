import { scaleLinear } from 'd3-scale';
import { useEffect, useMemo, useRef, useState } from 'react';
import { equipotency, equipotencySettings, type EquipotencyResult } from '../model/equipotency.ts';
import type { SideName } from '../model/lab.ts';
import { settingsToQuery, type Settings } from '../model/params.ts';
import { useActions, useLab } from '../store/context.tsx';
import type { EquipotencyMessage } from './equipotency.worker.ts';
import { SIDE_LABEL } from './sides.ts';
import { useDrawingStyle, useSize } from './theme.ts';

type Job =
  | { state: 'running'; key: string; done: number; total: number }
  | { state: 'done'; key: string; result: EquipotencyResult }
  | { state: 'cancelled'; key: string };

/** Above this many people the computation waits for a click instead of starting by itself. */
const AUTO_LIMIT = 1000;

/** Runs `equipotency` in a worker (or, where workers are unavailable, in slices on this thread). */
function startJob(settings: Settings, onMessage: (m: EquipotencyMessage) => void): () => void {
  try {
    const worker = new Worker(new URL('./equipotency.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (e: MessageEvent<EquipotencyMessage>) => onMessage(e.data);
    worker.postMessage({ settings });
    return () => worker.terminate();
  } catch {
    const run = equipotency(settings);
    let timer = 0;
    const slice = () => {
      const until = performance.now() + 12;
      while (performance.now() < until) {
        const step = run.next();
        if (step.done) return onMessage({ type: 'result', result: step.value });
        onMessage({ type: 'progress', done: step.value, total: settings.nodes });
      }
      timer = window.setTimeout(slice, 0);
    };
    timer = window.setTimeout(slice, 0);
    return () => clearTimeout(timer);
  }
}

/** Does it matter who starts? Reach times from every possible starter, both sides. */
export function WhoStarts() {
  const settings = useLab((s) => s.settings);
  const { setEquipotencyOpen } = useActions();
  const question = useMemo(() => equipotencySettings(settings), [settings]);
  const key = useMemo(() => new URLSearchParams(settingsToQuery(question)).toString(), [question]);
  const [job, setJob] = useState<Job | null>(null);
  const [share, setShare] = useState<'to90' | 'to100'>('to100');
  const [runs, setRuns] = useState(0);
  const current = job?.key === key ? job : null;
  const auto = question.nodes <= AUTO_LIMIT;
  const stopRef = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (!auto && runs === 0) return;
    const stop = startJob(question, (m) => {
      if (m.type === 'progress') setJob({ state: 'running', key, done: m.done, total: m.total });
      else setJob({ state: 'done', key, result: m.result });
    });
    stopRef.current = stop;
    return stop;
  }, [key, question, auto, runs]);

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
          {current?.state === 'running' ? (
            <button
              type="button"
              onClick={() => {
                stopRef.current?.();
                setJob({ state: 'cancelled', key });
                setRuns(0);
              }}
            >
              Cancel
            </button>
          ) : (
            current?.state !== 'done' && (
              <button type="button" onClick={() => setRuns((r) => r + 1)}>
                Try every starter
              </button>
            )
          )}
          <button type="button" onClick={() => setEquipotencyOpen(false)}>
            Close
          </button>
        </div>
      </header>
      {current?.state === 'running' && (
        <label className="progress">
          Trying starter {current.done} of {current.total}
          <progress max={current.total} value={current.done} />
        </label>
      )}
      {current?.state === 'cancelled' && <p>Cancelled.</p>}
      {current?.state === 'done' && <Distributions result={current.result} share={share} />}
      {!current && (auto || runs > 0) && <p>Starting…</p>}
      {!current && !auto && runs === 0 && (
        <p>{question.nodes} people: press “Try every starter” to compute.</p>
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
  const { setSetting } = useActions();
  const source = useLab((s) => s.lab.source);
  const { colors } = useDrawingStyle();
  const [ref, width] = useSize<HTMLDivElement>();
  const sides: SideName[] = ['hierarchy', 'p2p'];
  let max = 1;
  for (const side of sides) for (const t of result[side][share]) max = Math.max(max, t);
  const left = 8;
  const x = scaleLinear()
    .domain([0, max + 1])
    .range([left, Math.max(left + 1, width - 16)]);
  const r = Math.max(3, Math.min(7, (x(1) - x(0)) / 2.4));
  const rowHeight = 110;
  return (
    <div ref={ref} className="distributions">
      {sides.map((side) => {
        const times = result[side][share];
        // Stack starters with the same time into a column of dots, lowest id at the bottom.
        const height = new Map<number, number>();
        const dots = [...times].map((t, v) => {
          const level = height.get(t) ?? 0;
          height.set(t, level + 1);
          return { v, t, level };
        });
        const tallest = Math.max(1, ...height.values());
        const step = Math.min(2 * r + 1, (rowHeight - 30) / tallest);
        const color = side === 'hierarchy' ? colors.hierarchySeries : colors.p2pSeries;
        return (
          <div key={side} className="distribution">
            <p>
              <strong>{SIDE_LABEL[side]}:</strong> {describe(times)}
            </p>
            {width > 0 && (
              <svg
                width={width}
                height={rowHeight}
                role="group"
                aria-label={`${SIDE_LABEL[side]} reach time by starter`}
              >
                {x.ticks(Math.min(10, max + 1)).map((t) => (
                  <text
                    key={t}
                    className="tick-label"
                    x={x(t)}
                    y={rowHeight - 4}
                    textAnchor="middle"
                  >
                    {t}
                  </text>
                ))}
                {dots
                  .filter((d) => d.t >= 0)
                  .map((d) => (
                    <circle
                      key={d.v}
                      className="starter"
                      cx={x(d.t)}
                      cy={rowHeight - 24 - r - d.level * step}
                      r={r}
                      fill={d.v === source ? colors.source : color}
                      stroke={colors.ink}
                      strokeWidth={d.v === source ? 2 : 0.5}
                      onClick={() => setSetting('source', d.v)}
                    >
                      <title>
                        Person {d.v}: {d.t} ticks
                      </title>
                    </circle>
                  ))}
              </svg>
            )}
          </div>
        );
      })}
      <p className="chart-note">
        Ticks until {share === 'to90' ? '90%' : 'everyone'} they can reach has heard.
      </p>
    </div>
  );
}
