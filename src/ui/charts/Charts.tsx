import { useTranslation } from 'react-i18next';
import { formatNumber, t } from '../../i18n/i18n.ts';
import type { TickMetrics } from '../../model/metrics.ts';
import { listWords } from '../../store/words.ts';
import { selectSeries, selectUnderLoad } from '../../store/selectors.ts';
import { useLab } from '../labPage.tsx';
import { sideLabel } from '../sides.ts';
import { useDrawingStyle } from '../theme.ts';
import { ChartFigure, Plot, type KeyItem, type PlotLine } from './Plot.tsx';

type Series = readonly TickMetrics[];

/** What every chart reads: both sides' series to the horizon and the tick on show. */
function useSeries() {
  const [hierarchy, p2p] = useLab(selectSeries);
  const horizon = useLab((s) => s.horizon);
  const shown = useLab((s) => s.tick);
  const { colors } = useDrawingStyle();
  // The charts' words come from the catalogue: re-rendered when the language changes.
  useTranslation();
  const sides = [
    { name: sideLabel('hierarchy'), series: hierarchy, color: colors.hierarchySeries },
    { name: sideLabel('p2p'), series: p2p, color: colors.p2pSeries },
  ];
  return { sides, shown, horizon };
}

type ChartSide = ReturnType<typeof useSeries>['sides'][number];

const sideKeys = (sides: readonly ChartSide[]): KeyItem[] =>
  sides.map((s) => ({ label: s.name, color: s.color }));

/** Something charted per tick, drawn for each side in the side's colour with the measure's dash. */
interface Measure {
  id: string;
  /** Its name in the catalogue (`charts.measure.<label>`). */
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
      label: `${side.name} ${t(`charts.measure.${m.label}`)}`,
      color: side.color,
      dash: m.dash,
      values: m.values(side.series, i),
    })),
  );

const DASH = { second: '7 4', third: '2 3', fourth: '9 3 2 3' };

const percent = (row: TickMetrics) =>
  row.reachable > 0 ? (100 * row.informedReachable) / row.reachable : null;

const at = (series: Series, tick: number) => series[Math.min(tick, series.length - 1)];

/** A share in percent (0–100) as the language writes it: "50%", "50 %". */
const pct = (value: number) => formatNumber(value / 100, { style: 'percent' });
const PCT_MARKS = [50, 90, 100].map((value) => ({ value, label: pct(value) }));

export function ReachChart() {
  const { sides, shown, horizon } = useSeries();
  const lines: PlotLine[] = sides.map((s) => ({
    id: s.name,
    label: s.name,
    color: s.color,
    values: s.series.map(percent),
  }));
  const description = t('charts.reach.description', {
    tick: shown,
    hierarchy: pct(percent(at(sides[0].series, shown)) ?? 0),
    p2p: pct(percent(at(sides[1].series, shown)) ?? 0),
  });
  return (
    <ChartFigure title={t('charts.reach.title')} keys={sideKeys(sides)}>
      <Plot
        lines={lines}
        shown={shown}
        horizon={horizon}
        yLabel={t('charts.reach.y')}
        yMax={100}
        marks={PCT_MARKS}
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
    { label: t('charts.queues.longestKey'), color: 'currentColor' },
    { label: t('charts.queues.meanKey'), color: 'currentColor', dash: DASH.second },
  ];
  if (underLoad) {
    keys.push({ label: t('charts.queues.latencyKey'), color: 'currentColor', dash: DASH.third });
  }
  const bySide = (value: (i: number) => string | number) => ({
    tick: shown,
    hierarchy: value(0),
    p2p: value(1),
  });
  return (
    <ChartFigure
      title={t('charts.queues.title')}
      keys={keys}
      wide={underLoad}
      note={underLoad ? t('charts.queues.note') : undefined}
    >
      <Plot
        lines={queueLines}
        shown={shown}
        horizon={horizon}
        yLabel={t('charts.queues.y')}
        description={t(
          'charts.queues.description',
          bySide((i) => now[i].maxQueue),
        )}
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
            yLabel={t('charts.queues.throughputY')}
            description={t(
              'charts.queues.throughput',
              bySide((i) => now[i].delivered),
            )}
          />
          <Plot
            lines={linesOf(sides, LATENCY_MEASURES)}
            shown={shown}
            horizon={horizon}
            yLabel={t('charts.queues.latencyY')}
            description={t(
              'charts.queues.latency',
              bySide((i) => now[i].latencyP50 ?? t('charts.queues.none')),
            )}
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
  const absent = COSTS.filter((c) => !present.includes(c)).map((c) =>
    t(`charts.measure.${c.label}`),
  );
  // Measure by measure (not side by side), so each cost's two lines are drawn together.
  const lines: PlotLine[] = present.flatMap((c) =>
    linesOf(sides, [
      { id: c.key, label: c.label, dash: c.dash, values: (_, j) => totals[COSTS.indexOf(c)][j] },
    ]),
  );
  const sent = totals[0].map((t) => t[Math.min(shown, t.length - 1)] ?? 0);
  return (
    <ChartFigure
      title={t('charts.cost.title')}
      keys={[
        ...sideKeys(sides),
        ...present.map((c) => ({
          label: t(`charts.measure.${c.label}`),
          color: 'currentColor',
          dash: c.dash,
        })),
      ]}
      note={absent.length ? t('charts.cost.nothing', { what: listWords(absent, 'or') }) : undefined}
    >
      <Plot
        lines={lines}
        shown={shown}
        horizon={horizon}
        yLabel={t('charts.cost.y')}
        description={t('charts.cost.description', {
          tick: shown,
          hierarchy: sent[0],
          p2p: sent[1],
        })}
      />
    </ChartFigure>
  );
}

const share = (part: number, whole: number) => (whole > 0 ? (100 * part) / whole : null);

const CONNECTED_MEASURES: Measure[] = [
  {
    id: 'group',
    label: 'together',
    values: (s) => s.map((r) => share(r.largestGroup, r.working)),
  },
  {
    id: 'heard',
    label: 'heard',
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
    t('charts.connected.side', {
      side: sides[i].name,
      together: pct(share(now[i].largestGroup, now[i].working) ?? 0),
      heard: pct(share(now[i].informedWorking, now[i].working) ?? 0),
    });
  return (
    <ChartFigure
      title={t('charts.connected.title')}
      keys={[
        ...sideKeys(sides),
        { label: t('charts.connected.groupKey'), color: 'currentColor' },
        { label: t('charts.connected.heardKey'), color: 'currentColor', dash: DASH.second },
      ]}
      note={t('charts.connected.note')}
    >
      <Plot
        lines={linesOf(sides, CONNECTED_MEASURES)}
        shown={shown}
        horizon={horizon}
        yLabel={t('charts.connected.y')}
        yMax={100}
        marks={PCT_MARKS.slice(2)}
        description={t('charts.connected.description', {
          tick: shown,
          hierarchy: words(0),
          p2p: words(1),
        })}
      />
    </ChartFigure>
  );
}
