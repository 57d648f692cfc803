import { edgesOf } from './graph.ts';
import { FORMAL } from './ties.ts';
import { Memory } from './memory.ts';
import { Lab, SIDES, type Side, type SideName } from './lab.ts';
import type { Summary, TickMetrics } from './metrics.ts';
import type { Settings } from './params.ts';
import { PAGE_MAX_QUEUED } from './queues.ts';
import { spreadsOf, type Spread } from './spread.ts';

export interface SideReport {
  source: number;
  ticks: TickMetrics[];
  summary: Summary;
  graph?: {
    nodes: Array<{ id: number; failed: boolean }>;
    /** The network at the end of the run, each tie once as [lower id, higher id], in id order. */
    edges: Array<[number, number]>;
    /** The same ties in the same order, with their kind and the tick they formed (-1: from the start). */
    links: TieLink[];
  };
}

export interface TieLink {
  source: number;
  target: number;
  kind: 'formal' | 'informal';
  formed: number;
}

export interface RunReport {
  seed: number;
  /** Only when the run stopped early: it needed more queued sends than a side may hold. */
  halted?: { tick: number; side: SideName; slots: number };
  hierarchy: SideReport;
  p2p: SideReport;
}

/** Ids (who started, whose queue) do not average; every other summary field does. */
type Averaged = Exclude<keyof Summary, 'source' | 'maxQueueNode'>;
export type MeanSummary = { [K in Averaged]: number | null };

/** Each averaged summary field's spread over the runs where it has a value. */
export type SummaryStats = { [K in Averaged]?: Spread | null };

export interface Report {
  settings: Record<string, unknown>;
  runs: RunReport[];
  mean: Record<SideName, MeanSummary>;
  stats: Record<SideName, SummaryStats>;
}

function sideReport(side: Side, lab: Lab, withGraph: boolean): SideReport {
  const report: SideReport = {
    source: lab.source,
    ticks: side.series,
    summary: lab.summary(side.name),
  };
  if (withGraph) {
    const { working, ties } = side.engine;
    const edges = edgesOf(ties);
    ties.prepare();
    report.graph = {
      nodes: Array.from({ length: working.length }, (_, id) => ({ id, failed: working[id] === 0 })),
      edges,
      links: edges.map(([source, target]) => {
        const id = ties.tieBetween(source, target);
        const kind = ties.kind[id] === FORMAL ? 'formal' : 'informal';
        return { source, target, kind, formed: ties.formed[id] };
      }),
    };
  }
  return report;
}

/** Averages each summary field over the runs where it has a value (null if none has). */
function meanSummary(summaries: readonly Summary[]): MeanSummary {
  const keys = (Object.keys(summaries[0]) as Array<keyof Summary>).filter(
    (k): k is Averaged => k !== 'source' && k !== 'maxQueueNode',
  );
  const mean = {} as MeanSummary;
  for (const key of keys) {
    const values = summaries.map((s) => s[key]).filter((v): v is number => v !== null);
    mean[key] = values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
  }
  return mean;
}

/** Settings as JSON can hold them (unlimited as "inf"). */
export function settingsForJson(settings: Settings): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(settings).map(([k, v]) => [k, v === Infinity ? 'inf' : v]),
  );
}

/** One lab's report as it stands (the CLI runs it to the end first; the page exports it mid-run). */
export function runReport(lab: Lab, withGraph: boolean): RunReport {
  return {
    seed: lab.settings.seed,
    ...(lab.halted ? { halted: lab.halted } : {}),
    hierarchy: sideReport(lab.side('hierarchy'), lab, withGraph),
    p2p: sideReport(lab.side('p2p'), lab, withGraph),
  };
}

/** A report over finished or unfinished runs, with the mean of their summaries. */
export function reportOf(settings: Settings, reports: RunReport[]): Report {
  const mean = Object.fromEntries(
    SIDES.map((side) => [side, meanSummary(reports.map((r) => r[side].summary))]),
  ) as Record<SideName, MeanSummary>;
  const stats = Object.fromEntries(
    SIDES.map((side) => [
      side,
      spreadsOf(
        reports.map((r) => r[side].summary),
        ['source', 'maxQueueNode'],
      ),
    ]),
  ) as Record<SideName, SummaryStats>;
  return { settings: settingsForJson(settings), runs: reports, mean, stats };
}

/** Runs seeds seed … seed+runs−1 with the same settings (each side holding up to `maxQueued` sends). */
export function simulate(
  settings: Settings,
  runs: number,
  withGraph: boolean,
  maxQueued = PAGE_MAX_QUEUED,
): Report {
  const reports: RunReport[] = [];
  // One run after another: each hands its biggest arrays to the next.
  const memory = new Memory();
  for (let k = 0; k < runs; k++) {
    const seed = (settings.seed + k) >>> 0;
    const lab = new Lab({ ...settings, seed }, [], undefined, memory);
    lab.maxQueued = maxQueued;
    reports.push(runReport(lab.run(), withGraph));
    lab.dispose();
  }
  return reportOf(settings, reports);
}

const TICK_COLUMNS: ReadonlyArray<keyof TickMetrics> = [
  'tick',
  'informed',
  'informedReachable',
  'reachable',
  'sends',
  'lost',
  'dropped',
  'redundant',
  'maxQueue',
  'maxQueueNode',
  'meanQueue',
  'queued',
  'delivered',
  'believingDistorted',
  'working',
  // Added later; appended so existing column positions stay put.
  'latencyP50',
  'latencyP90',
  'ties',
  'tiesFormed',
  'tiesFaded',
  'tiesRepaired',
  'promotions',
  'largestGroup',
  'informedWorking',
];

/**
 * One CSV cell, safe to open in a spreadsheet: quoted when it holds a comma,
 * quote or line break, and text that a spreadsheet would run as a formula
 * (starting = + - @ or a tab/return) is prefixed with ' — numbers stay numbers.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Per-tick rows of both sides, one header line first. */
export function toCsv(report: Report): string {
  const lines = [['run', 'seed', 'side', ...TICK_COLUMNS].join(',')];
  report.runs.forEach((run, index) => {
    for (const side of SIDES) {
      for (const row of run[side].ticks) {
        const cells = TICK_COLUMNS.map((c) => row[c] ?? '');
        lines.push([index, run.seed, side, ...cells].map(csvCell).join(','));
      }
    }
  });
  return lines.join('\n') + '\n';
}
