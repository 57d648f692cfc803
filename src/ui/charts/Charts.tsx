import type { TickMetrics } from '../../model/metrics.ts';
import { listWords } from '../words.ts';
import { selectSeries, selectUnderLoad } from '../../store/selectors.ts';
import { useLab } from '../labPage.tsx';
import { SIDE_LABEL } from '../sides.ts';
import { useDrawingStyle } from '../theme.ts';
import { ChartFigure, Plot, type KeyItem, type PlotLine } from './Plot.tsx';

type Series = readonly TickMetrics[];

/** What every chart reads: both sides' series to the horizon and the tick on show. */
function useSeries() {
  const [hierarchy, p2p] = useLab(selectSeries);
  const horizon = useLab((s) => s.horizon);
  const shown = useLab((s) => s.tick);
  const { colors } = useDrawingStyle();
  const sides = [
    { name: SIDE_LABEL.hierarchy, series: hierarchy, color: colors.hierarchySeries },
    { name: SIDE_LABEL.p2p, series: p2p, color: colors.p2pSeries },
  ];
  return { sides, shown, horizon };
}

type ChartSide = ReturnType<typeof useSeries>['sides'][number];

const sideKeys = (sides: readonly ChartSide[]): KeyItem[] =>
  sides.map((s) => ({ label: s.name, color: s.color }));

/** Something charted per tick, drawn for each side in the side's colour with the measure's dash. */
interface Measure {
  id: string;
  label: string;
  dash?: string;
  /** The values over time, from one side's series (`side` is 0 for the hierarchy, 1 for the peers). */
  values: (series: Series, side: number) => Array<number | null>;
}

/** Every measure for each side, side by side. */
const linesOf = (sides: readonly ChartSide[], measures: readonly Measure[]): PlotLine[] =>
  sides.flatMap((side, i) =>
    measures.map((m) => ({
      id: `${side.name}-${m.id}`,
      label: `${side.name} ${m.label}`,
      color: side.color,
      dash: m.dash,
      values: m.values(side.series, i),
    })),
  );

const DASH = { second: '7 4', third: '2 3', fourth: '9 3 2 3' };

const percent = (row: TickMetrics) =>
  row.reachable > 0 ? (100 * row.informedReachable) / row.reachable : null;

const at = (series: Series, tick: number) => series[Math.min(tick, series.length - 1)];

export function ReachChart() {
  const { sides, shown, horizon } = useSeries();
  const lines: PlotLine[] = sides.map((s) => ({
    id: s.name,
    label: s.name,
    color: s.color,
    values: s.series.map(percent),
  }));
  const description = `At tick ${shown}: ${sides
    .map((s) => `${s.name} ${Math.round(percent(at(s.series, shown)) ?? 0)}%`)
    .join(', ')} of the people they can reach have heard the first message.`;
  return (
    <ChartFigure title="Reach over time" keys={sideKeys(sides)}>
      <Plot
        lines={lines}
        shown={shown}
        horizon={horizon}
        yLabel="% of reachable people informed"
        yMax={100}
        marks={[
          { value: 50, label: '50%' },
          { value: 90, label: '90%' },
          { value: 100, label: '100%' },
        ]}
        description={description}
      />
    </ChartFigure>
  );
}

/** Trailing mean over `window` ticks. */
function smooth(values: readonly number[], window: number): number[] {
  let sum = 0;
  return values.map((v, i) => {
    sum += v - (i >= window ? values[i - window] : 0);
    return sum / Math.min(window, i + 1);
  });
}

const QUEUE_MEASURES: Measure[] = [
  { id: 'max', label: 'longest', values: (s) => s.map((r) => r.maxQueue) },
  { id: 'mean', label: 'mean', dash: DASH.second, values: (s) => s.map((r) => r.meanQueue) },
];

const LATENCY_MEASURES: Measure[] = [
  { id: 'p50', label: 'p50', values: (s) => s.map((r) => r.latencyP50) },
  { id: 'p90', label: 'p90', dash: DASH.third, values: (s) => s.map((r) => r.latencyP90) },
];

export function QueuesChart() {
  const { sides, shown, horizon } = useSeries();
  const underLoad = useLab(selectUnderLoad);
  const queueLines = linesOf(sides, QUEUE_MEASURES);
  const now = sides.map((s) => at(s.series, shown));
  const keys: KeyItem[] = [
    ...sideKeys(sides),
    { label: 'longest queue', color: 'currentColor' },
    { label: 'mean queue', color: 'currentColor', dash: DASH.second },
  ];
  if (underLoad) {
    keys.push({ label: 'latency p90', color: 'currentColor', dash: DASH.third });
  }
  return (
    <ChartFigure
      title="Queues"
      keys={keys}
      wide={underLoad}
      note={
        underLoad
          ? 'Latency: ticks from asking to arrival, for requests delivered that tick.'
          : undefined
      }
    >
      <Plot
        lines={queueLines}
        shown={shown}
        horizon={horizon}
        yLabel="messages waiting"
        description={`At tick ${shown}: longest queue ${sides
          .map((s, i) => `${s.name} ${now[i].maxQueue}`)
          .join(', ')}.`}
      />
      {underLoad && (
        <>
          <Plot
            lines={sides.map((s) => ({
              id: `${s.name}-throughput`,
              label: s.name,
              color: s.color,
              values: smooth(
                s.series.map((r) => r.delivered),
                5,
              ),
            }))}
            shown={shown}
            horizon={horizon}
            yLabel="delivered per tick (5-tick mean)"
            description={`Throughput at tick ${shown}: ${sides
              .map((s, i) => `${s.name} ${now[i].delivered} delivered`)
              .join(', ')}.`}
          />
          <Plot
            lines={linesOf(sides, LATENCY_MEASURES)}
            shown={shown}
            horizon={horizon}
            yLabel="latency, ticks (p50, p90)"
            description={`Latency at tick ${shown}: ${sides
              .map((s, i) => `${s.name} median ${now[i].latencyP50 ?? 'none'}`)
              .join(', ')}.`}
          />
        </>
      )}
    </ChartFigure>
  );
}

const COSTS = [
  { key: 'sends', label: 'sent', dash: undefined },
  { key: 'redundant', label: 'redundant', dash: DASH.second },
  { key: 'lost', label: 'lost', dash: DASH.third },
  { key: 'dropped', label: 'dropped', dash: DASH.fourth },
] as const;

function cumulative(series: Series, key: (typeof COSTS)[number]['key']): number[] {
  let sum = 0;
  return series.map((r) => (sum += r[key]));
}

export function CostChart() {
  const { sides, shown, horizon } = useSeries();
  const totals = COSTS.map((c) => sides.map((s) => cumulative(s.series, c.key)));
  // A cost that never happened on either side gets no line, and the note says so.
  const present = COSTS.filter((_, i) => totals[i].some((t) => t[t.length - 1] > 0));
  const absent = COSTS.filter((c) => !present.includes(c)).map((c) => c.label);
  // Measure by measure (not side by side), so each cost's two lines are drawn together.
  const lines: PlotLine[] = present.flatMap((c) =>
    linesOf(sides, [
      { id: c.key, label: c.label, dash: c.dash, values: (_, j) => totals[COSTS.indexOf(c)][j] },
    ]),
  );
  const sent = totals[0].map((t) => t[Math.min(shown, t.length - 1)] ?? 0);
  return (
    <ChartFigure
      title="Cost"
      keys={[
        ...sideKeys(sides),
        ...present.map((c) => ({ label: c.label, color: 'currentColor', dash: c.dash })),
      ]}
      note={absent.length ? `Nothing ${listWords(absent, 'or')} so far.` : undefined}
    >
      <Plot
        lines={lines}
        shown={shown}
        horizon={horizon}
        yLabel="messages, cumulative"
        description={`By tick ${shown}: ${sides
          .map((s, i) => `${s.name} sent ${sent[i]} messages`)
          .join(', ')}.`}
      />
    </ChartFigure>
  );
}

const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);

const CONNECTED_MEASURES: Measure[] = [
  {
    id: 'group',
    label: 'can reach each other',
    values: (s) => s.map((r) => share(r.largestGroup, r.working)),
  },
  {
    id: 'heard',
    label: 'heard the first message',
    dash: DASH.second,
    values: (s) => s.map((r) => share(r.informedWorking, r.working)),
  },
];

/**
 * Survival of the connected: per tick, the share of working people in the largest group that can
 * all reach each other, and the share the first message has reached — so a room sees a network
 * cut by knock-outs knit itself back together (or wait for a promotion).
 */
export function ConnectedChart() {
  const { sides, shown, horizon } = useSeries();
  const now = sides.map((s) => at(s.series, shown));
  const words = (i: number) =>
    `${sides[i].name} ${Math.round(share(now[i].largestGroup, now[i].working) ?? 0)}% together, ${Math.round(share(now[i].informedWorking, now[i].working) ?? 0)}% heard`;
  return (
    <ChartFigure
      title="Still connected"
      keys={[
        ...sideKeys(sides),
        { label: 'largest group that can reach each other', color: 'currentColor' },
        { label: 'heard the first message', color: 'currentColor', dash: DASH.second },
      ]}
      note="Shares of the people still working."
    >
      <Plot
        lines={linesOf(sides, CONNECTED_MEASURES)}
        shown={shown}
        horizon={horizon}
        yLabel="% of working people"
        yMax={100}
        marks={[{ value: 100, label: '100%' }]}
        description={`At tick ${shown}: ${words(0)}; ${words(1)}.`}
      />
    </ChartFigure>
  );
}
