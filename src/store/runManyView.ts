import { formatNumber, t } from '../i18n/i18n.ts';
import type { SideName } from '../model/lab.ts';
import {
  headToHead,
  spreadsFor,
  type Measure,
  type MeasureSpread,
  type RunRecord,
} from '../model/runMany.ts';
import type { FailureKind } from '../model/params.ts';
import { spreadOf, type Spread } from '../model/spread.ts';
import type { LabEvent } from '../model/events.ts';
import type { OrgChart } from '../model/networks/orgChart/index.ts';
import type { Settings } from '../model/params.ts';
import { settingsToQuery } from '../model/settingsText.ts';
import type { ManyJob } from './slices/runMany.ts';
import { encodeEvents } from './url.ts';
import { SWEEP_FAILS, SWEEP_KINDS } from './slices/runMany.ts';

// What the "Run many" panel shows, computed from the runs it has: for each measure both sides'
// spread on one scale, where the run on show sits, and one sentence a room can read.

interface MeasureInfo {
  measure: Measure;
  unit: string;
  higherIsBetter: boolean;
  /** Shown as a share (0–1 values in %). */
  share?: true;
}

const BROADCAST: MeasureInfo[] = [
  {
    measure: 'ticksTo90',
    unit: 'ticks',
    higherIsBetter: false,
  },
  {
    measure: 'ticksTo100',
    unit: 'ticks',
    higherIsBetter: false,
  },
];
const REQUESTS: MeasureInfo[] = [
  {
    measure: 'delivered',
    unit: 'requests',
    higherIsBetter: true,
  },
  {
    measure: 'latencyP50',
    unit: 'ticks',
    higherIsBetter: false,
  },
];
const ALWAYS: MeasureInfo[] = [
  {
    measure: 'sends',
    unit: 'messages',
    higherIsBetter: false,
  },
  {
    measure: 'believingDistorted',
    unit: 'people',
    higherIsBetter: false,
  },
  {
    measure: 'largestComponent',
    unit: '%',
    higherIsBetter: true,
    share: true,
  },
  {
    measure: 'reached',
    unit: '%',
    higherIsBetter: true,
    share: true,
  },
];

export interface MeasureView extends MeasureInfo {
  /** The measure's name, in the language in force. */
  label: string;
  sides: MeasureSpread[];
  /** Every run's value per side (for the strip), in seed order. */
  values: Record<SideName, number[]>;
  sentence: string;
}

const pct = (x: number) => formatNumber(x, { style: 'percent' });
const fmt = (info: MeasureInfo, v: number) =>
  info.share ? pct(v) : formatNumber(v, { maximumFractionDigits: 1 });

const measureLabel = (info: MeasureInfo) => t(`runMany.measure.${info.measure}.label`);

/** How far a run sits from the others' median, two-sided: the share of runs closer to it. */
export function extremeness(values: readonly number[], value: number, median: number): number {
  if (values.length === 0) return 0;
  const d = Math.abs(value - median);
  let closer = 0;
  for (const v of values) {
    const e = Math.abs(v - median);
    if (e < d) closer++;
    else if (e === d) closer += 0.5;
  }
  return closer / values.length;
}

/** Where the run on show sits among the runs, in words. */
export function thisRunWords(info: MeasureInfo, side: MeasureSpread, values: number[]): string {
  if (side.thisRun === null || !side.spread) return t('runMany.thisRunNone');
  const extreme = extremeness(values, side.thisRun, side.spread.median);
  const where =
    side.thisRun === side.spread.median
      ? 'at'
      : side.thisRun > side.spread.median
        ? 'above'
        : 'below';
  return t(`runMany.thisRun.${where}`, {
    value: fmt(info, side.thisRun),
    share: pct(extreme),
  });
}

function sentence(info: MeasureInfo, records: readonly RunRecord[]): string {
  const { runs, p2pBetter, hierarchyBetter, interval } = headToHead(
    records,
    info.measure,
    info.higherIsBetter,
  );
  if (runs === 0) return t('runMany.noValue', { label: measureLabel(info) });
  const ties = runs - p2pBetter - hierarchyBetter;
  const words = {
    count: runs,
    verb: t(`runMany.measure.${info.measure}.verb`),
    p2p: p2pBetter,
    hierarchy: hierarchyBetter,
    lo: formatNumber(interval[0], { style: 'percent' }),
    hi: formatNumber(interval[1], { style: 'percent' }),
  };
  return (
    t('runMany.sentence', words) +
    (ties ? t('runMany.ties', { count: ties }) : '') +
    t('runMany.end')
  );
}

/** The panel's measures for a finished or running job. */
export function measureViews(
  job: ManyJob,
  traffic: 'broadcast' | 'requests',
  seed: number,
): MeasureView[] {
  const records = job.records.filter((r): r is RunRecord => r !== undefined);
  const thisRun = records.find((r) => r.seed === seed) ?? null;
  const infos = [...(traffic === 'requests' ? REQUESTS : BROADCAST), ...ALWAYS];
  return infos.map((info) => {
    const values = {
      hierarchy: records
        .map((r) => r.hierarchy[info.measure])
        .filter((v): v is number => v !== null),
      p2p: records.map((r) => r.p2p[info.measure]).filter((v): v is number => v !== null),
    };
    return {
      ...info,
      label: measureLabel(info),
      sides: spreadsFor(records, info.measure, thisRun),
      values,
      sentence: sentence(info, records),
    };
  });
}

/** One curve of the sweep: one side, one way of choosing who is knocked out, one measure. */
export interface SweepCurve {
  side: SideName;
  kind: FailureKind;
  measure: 'largestComponent' | 'reached';
  /** Per share knocked out: the spread over the seeds (null until its runs are in). */
  points: Array<{ fail: number; spread: Spread | null }>;
}

/** The sweep's curves from its runs, as they arrive. */
export function sweepCurves(job: ManyJob): SweepCurve[] {
  const curves: SweepCurve[] = [];
  for (const side of ['hierarchy', 'p2p'] as const)
    for (const kind of SWEEP_KINDS)
      for (const measure of ['largestComponent', 'reached'] as const) {
        const points = SWEEP_FAILS.map((fail) => {
          const values: number[] = [];
          job.tasks.forEach((task, i) => {
            const record = job.records[i];
            if (record && task.fail === fail && task.failure === kind)
              values.push(record[side][measure]);
          });
          return { fail, spread: spreadOf(values) };
        });
        curves.push({ side, kind, measure, points });
      }
  return curves;
}

/** The runs as CSV: one row per seed and side, the measures as columns. */
export function runManyCsv(job: ManyJob): string {
  const measures: Measure[] = [
    'ticksTo90',
    'ticksTo100',
    'sends',
    'believingDistorted',
    'largestComponent',
    'reached',
    'delivered',
    'latencyP50',
  ];
  const lines = [['seed', 'fail', 'failure', 'side', ...measures].join(',')];
  job.tasks.forEach((task, i) => {
    const record = job.records[i];
    if (!record) return;
    for (const side of ['hierarchy', 'p2p'] as const)
      lines.push(
        [
          task.seed,
          task.fail ?? '',
          task.failure ?? '',
          side,
          ...measures.map((m) => record[side][m] ?? ''),
        ].join(','),
      );
  });
  return lines.join('\n') + '\n';
}

/** Which setup runs belong to: the settings, events and org (not the tick on show). */
export function runManyKey(state: {
  settings: Settings;
  events: readonly LabEvent[];
  org: OrgChart | null;
}): string {
  const query = new URLSearchParams(settingsToQuery(state.settings)).toString();
  return `${query}|${encodeEvents(state.events)}|${state.org ? state.org.ids.join(',') : ''}`;
}
