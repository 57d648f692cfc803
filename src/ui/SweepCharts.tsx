import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import type { SideName } from '../model/lab.ts';
import type { FailureKind } from '../model/params.ts';
import { sweepCurves, type SweepCurve } from '../store/runManyView.ts';
import { SWEEP_FAILS, SWEEP_KINDS, type ManyJob } from '../store/slices/runMany.ts';
import { useActions } from './labPage.tsx';
import { SIDE_LABEL } from './sides.ts';
import { useDrawingStyle } from './theme.ts';

const W = 440;
const H = 250;
const M = { top: 14, right: 10, bottom: 34, left: 40 };
const KIND_WORDS: Record<FailureKind, string> = {
  random: 'random (error)',
  targeted: 'most ties first (attack)',
  central: 'most in-between first',
};

/**
 * The resilience sweep ("error vs attack", Albert, Jeong & Barabási 2000): per side, the largest
 * group that can still reach each other (solid) and the share the first message reached (dashed),
 * against the share knocked out, for each way of choosing who goes. Each point opens that setting.
 */
export function SweepCharts({ job }: { job: ManyJob }) {
  const curves = sweepCurves(job);
  const { colors } = useDrawingStyle();
  const color: Record<FailureKind, string> = {
    random: colors.informed,
    targeted: colors.bottleneck,
    central: colors.source,
  };
  const perPoint = job.tasks.length / (SWEEP_KINDS.length * SWEEP_FAILS.length);
  return (
    <div className="sweep">
      <h4>Resilience sweep: who can still reach whom as people drop out</h4>
      <ul className="chart-key">
        {(Object.keys(KIND_WORDS) as FailureKind[]).map((kind) => (
          <li key={kind}>
            <svg width={26} height={10} aria-hidden="true">
              <line x1={1} x2={25} y1={5} y2={5} stroke={color[kind]} strokeWidth={3} />
            </svg>
            {KIND_WORDS[kind]}
          </li>
        ))}
        <li>solid: largest group · dashed: reached by the first message (medians)</li>
      </ul>
      <div className="sweep-charts">
        {(['hierarchy', 'p2p'] as const).map((side) => (
          <SweepChart
            key={side}
            side={side}
            curves={curves.filter((c) => c.side === side)}
            color={color}
          />
        ))}
      </div>
      <p className="run-many-note">
        Each point is the median over {perPoint} seeds; click a point (or Tab to it and press Enter)
        to open that share knocked out and that way of choosing.
      </p>
    </div>
  );
}

function SweepChart({
  side,
  curves,
  color,
}: {
  side: SideName;
  curves: SweepCurve[];
  color: Record<FailureKind, string>;
}) {
  const { setSetting } = useActions();
  const x = scaleLinear()
    .domain([0, 0.9])
    .range([M.left, W - M.right]);
  const y = scaleLinear()
    .domain([0, 1])
    .range([H - M.bottom, M.top]);
  const path = d3line<{ fail: number; spread: { median: number } | null }>()
    .defined((p) => p.spread !== null)
    .x((p) => x(p.fail))
    .y((p) => y(p.spread?.median ?? 0));
  const open = (kind: FailureKind, fail: number) => {
    setSetting('failure', kind);
    setSetting('fail', fail);
  };
  const groups = curves.filter((c) => c.measure === 'largestComponent');
  const half = groups.map((c) => {
    const point = c.points.find((p) => p.spread && p.spread.median < 0.5);
    return point
      ? `${KIND_WORDS[c.kind]} below half at ${Math.round(point.fail * 100)} % out`
      : `${KIND_WORDS[c.kind]} above half throughout`;
  });
  return (
    <figure className="sweep-chart">
      <figcaption>{SIDE_LABEL[side]}</figcaption>
      <svg
        width={W}
        height={H}
        role="group"
        aria-label={`${SIDE_LABEL[side]}: largest group ${half.join('; ')}.`}
      >
        {[0, 0.25, 0.5, 0.75, 1].map((v) => (
          <g key={v}>
            <line
              x1={M.left}
              x2={W - M.right}
              y1={y(v)}
              y2={y(v)}
              stroke="currentColor"
              opacity={0.12}
            />
            <text x={M.left - 4} y={y(v) + 4} fontSize={11} textAnchor="end" fill="currentColor">
              {Math.round(v * 100)}%
            </text>
          </g>
        ))}
        {[0, 0.3, 0.6, 0.9].map((v) => (
          <text
            key={v}
            x={x(v)}
            y={H - M.bottom + 15}
            fontSize={11}
            textAnchor="middle"
            fill="currentColor"
          >
            {Math.round(v * 100)}%
          </text>
        ))}
        <text
          x={(M.left + W - M.right) / 2}
          y={H - 4}
          fontSize={11}
          textAnchor="middle"
          fill="currentColor"
        >
          share knocked out
        </text>
        {curves.map((c) => (
          <path
            key={`${c.kind}-${c.measure}`}
            d={path(c.points) ?? ''}
            fill="none"
            stroke={color[c.kind]}
            strokeWidth={2.2}
            strokeDasharray={c.measure === 'reached' ? '6 4' : undefined}
          />
        ))}
        {groups.flatMap((c) =>
          c.points
            .filter((p) => p.spread)
            .map((p) => (
              <circle
                key={`${c.kind}-${p.fail}`}
                className="sweep-point"
                cx={x(p.fail)}
                cy={y(p.spread!.median)}
                r={4}
                fill={color[c.kind]}
                role="button"
                tabIndex={0}
                aria-label={`Open ${Math.round(p.fail * 100)} % knocked out, ${c.kind}`}
                onClick={() => open(c.kind, p.fail)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' || e.key === ' ') {
                    e.preventDefault();
                    open(c.kind, p.fail);
                  }
                }}
              />
            )),
        )}
      </svg>
    </figure>
  );
}
