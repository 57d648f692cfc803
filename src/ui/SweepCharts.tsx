import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import type { SideName } from '../model/lab.ts';
import type { FailureKind } from '../model/params.ts';
import { sweepCurves, type SweepCurve } from '../store/runManyView.ts';
import { SWEEP_FAILS, SWEEP_KINDS, type ManyJob } from '../store/slices/runMany.ts';
import { useActions } from './labPage.tsx';
import { sideLabel } from './sides.ts';
import { useTranslation } from 'react-i18next';
import { formatNumber, t as translate } from '../i18n/i18n.ts';
import { useDrawingStyle } from './theme.ts';

const W = 440;
const H = 250;
const M = { top: 14, right: 10, bottom: 34, left: 40 };
/** How people were chosen to drop out, in words (`sweep.kind.<kind>`). */
const kindWords = (kind: FailureKind) => translate(`sweep.kind.${kind}`);
const pct = (share: number) => formatNumber(share, { style: 'percent' });

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
  const { t } = useTranslation();
  return (
    <div className="sweep">
      <h4>{t('sweep.title')}</h4>
      <ul className="chart-key">
        {SWEEP_KINDS.map((kind) => (
          <li key={kind}>
            <svg width={26} height={10} aria-hidden="true">
              <line x1={1} x2={25} y1={5} y2={5} stroke={color[kind]} strokeWidth={3} />
            </svg>
            {kindWords(kind)}
          </li>
        ))}
        <li>{t('sweep.key')}</li>
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
      <p className="run-many-note">{t('sweep.note', { count: perPoint })}</p>
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
      ? translate('sweep.below', { kind: kindWords(c.kind), share: pct(point.fail) })
      : translate('sweep.above', { kind: kindWords(c.kind) });
  });
  return (
    <figure className="sweep-chart">
      <figcaption>{sideLabel(side)}</figcaption>
      <svg
        width={W}
        height={H}
        role="group"
        aria-label={translate('sweep.chart', { side: sideLabel(side), half: half.join('; ') })}
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
              {pct(v)}
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
            {pct(v)}
          </text>
        ))}
        <text
          x={(M.left + W - M.right) / 2}
          y={H - 4}
          fontSize={11}
          textAnchor="middle"
          fill="currentColor"
        >
          {translate('sweep.x')}
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
                aria-label={translate('sweep.open', { share: pct(p.fail), kind: c.kind })}
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
