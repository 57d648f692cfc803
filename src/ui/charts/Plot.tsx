import { t } from '../../i18n/i18n.ts';
import { scaleLinear } from 'd3-scale';
import { line as d3line } from 'd3-shape';
import { useSize } from '../theme.ts';

export interface PlotLine {
  id: string;
  label: string;
  color: string;
  /** SVG dash pattern; solid when absent. */
  dash?: string;
  /** One value per tick (index = tick); null where there is nothing to show. */
  values: ReadonlyArray<number | null>;
}

export interface PlotProps {
  lines: PlotLine[];
  /** The tick on show: later values are the known future, drawn faint. */
  shown: number;
  /** The last tick simulated. */
  horizon: number;
  /** What the y axis measures, with its unit. */
  yLabel: string;
  yMax?: number;
  yFormat?: (value: number) => string;
  /** Reference lines across the plot (e.g. 50 / 90 / 100 %). */
  marks?: ReadonlyArray<{ value: number; label: string }>;
  /** Read out to screen readers: what the plot shows at the tick on show. */
  description: string;
}

const MARGIN = { top: 22, right: 12, bottom: 30, left: 44 };

/** One line plot over ticks, drawn with d3 scales and shapes into SVG that React owns. */
export function Plot({
  lines,
  shown,
  horizon,
  yLabel,
  yMax,
  yFormat,
  marks,
  description,
}: PlotProps) {
  const [ref, width, height] = useSize<HTMLDivElement>();
  const w = Math.max(0, width - MARGIN.left - MARGIN.right);
  const h = Math.max(0, height - MARGIN.top - MARGIN.bottom);
  const xMax = Math.max(10, horizon);
  const x = scaleLinear().domain([0, xMax]).range([0, w]);
  let top = yMax ?? 0;
  if (yMax === undefined) {
    for (const l of lines) for (const v of l.values) if (v !== null && v > top) top = v;
    top = top > 0 ? top * 1.08 : 1;
  }
  const y = scaleLinear().domain([0, top]).range([h, 0]).nice(4);
  const format = yFormat ?? ((v: number) => y.tickFormat(4)(v));
  const path = d3line<number | null>()
    .defined((v) => v !== null)
    .x((_, i) => x(i))
    .y((v) => y(v ?? 0));
  // The past solid, the known future faint; they share the point at the tick on show.
  const past = (values: PlotLine['values']) => path(values.slice(0, shown + 1)) ?? '';
  const future = (values: PlotLine['values']) =>
    path(values.map((v, i) => (i >= shown ? v : null))) ?? '';
  return (
    <div className="plot" ref={ref}>
      {width > 0 && height > 0 && (
        <svg width={width} height={height} role="img" aria-label={description}>
          <text className="axis-label" x={4} y={14}>
            {yLabel}
          </text>
          <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
            {y.ticks(4).map((t) => (
              <g key={t} className="grid" transform={`translate(0,${y(t)})`}>
                <line x2={w} />
                <text x={-6} dy="0.32em" textAnchor="end">
                  {format(t)}
                </text>
              </g>
            ))}
            {marks?.map((m) => (
              <g key={m.label} className="mark" transform={`translate(0,${y(m.value)})`}>
                <line x2={w} />
                <text x={w - 2} dy="-0.3em" textAnchor="end">
                  {m.label}
                </text>
              </g>
            ))}
            <g className="axis" transform={`translate(0,${h})`}>
              <line x2={w} />
              {x.ticks(Math.max(2, Math.min(6, Math.floor(w / 70)))).map((t) => (
                <text key={t} x={x(t)} y={18} textAnchor="middle">
                  {t}
                </text>
              ))}
              <text className="axis-label" x={w} y={-6} textAnchor="end">
                {t('charts.tickAxis')}
              </text>
            </g>
            {lines.map((l) => (
              <g key={l.id} stroke={l.color} strokeDasharray={l.dash} fill="none">
                <path className="future" d={future(l.values)} />
                <path className="past" d={past(l.values)} />
              </g>
            ))}
            {shown < xMax && <line className="now" x1={x(shown)} x2={x(shown)} y1={-6} y2={h} />}
          </g>
        </svg>
      )}
    </div>
  );
}

export interface KeyItem {
  label: string;
  color: string;
  dash?: string;
}

/** A chart in the analysis strip: a named figure with a key and one or more plots. */
export function ChartFigure({
  title,
  note,
  keys,
  children,
  wide,
}: {
  title: string;
  note?: string;
  keys: KeyItem[];
  children: React.ReactNode;
  wide?: boolean;
}) {
  return (
    <figure className={`card chart${wide ? ' wide' : ''}`} aria-label={title}>
      <figcaption>
        <h3>{title}</h3>
        <ul className="chart-key">
          {keys.map((k) => (
            <li key={k.label}>
              <svg width={26} height={10} aria-hidden="true">
                <line
                  x1={1}
                  x2={25}
                  y1={5}
                  y2={5}
                  stroke={k.color}
                  strokeWidth={3}
                  strokeDasharray={k.dash}
                />
              </svg>
              {k.label}
            </li>
          ))}
        </ul>
        {note && <p className="chart-note">{note}</p>}
      </figcaption>
      <div className="plots">{children}</div>
    </figure>
  );
}
