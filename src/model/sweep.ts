import { Memory } from './memory.ts';
import { Lab, SIDES, type SideName } from './lab.ts';
import type { Settings } from './params.ts';
import { spreadOf, type Spread } from './spread.ts';

/** One run's outcome on one side, as the sweep and "Run many" read it. */
export interface SideOutcome {
  /** Largest group of working people who can all reach each other, as a share of the working. */
  largestComponent: number;
  /** Share of the working people the first message reached. */
  reached: number;
}

/** One point of a sweep: the share knocked out, and each side's spread over the seeds. */
export interface SweepPoint {
  fail: number;
  hierarchy: Record<keyof SideOutcome, Spread | null>;
  p2p: Record<keyof SideOutcome, Spread | null>;
}

/** A–B in steps (both ends included), each rounded to 10 decimals so 0.1 + 0.2 reads 0.3. */
export function sweepValues(from: number, to: number, step: number): number[] {
  const values: number[] = [];
  for (let i = 0; ; i++) {
    const v = Math.round((from + i * step) * 1e10) / 1e10;
    if (v > to + 1e-12) break;
    values.push(v);
  }
  return values;
}

/** One finished run's outcome per side. */
export function outcomeOf(lab: Lab, side: SideName): SideOutcome {
  const s = lab.side(side);
  const last = s.series[s.series.length - 1];
  const working = last?.working ?? 0;
  return {
    largestComponent: working > 0 ? s.engine.largestGroup() / working : 0,
    reached: working > 0 ? last.informedWorking / working : 0,
  };
}

/**
 * The resilience sweep ("error vs attack", Albert, Jeong & Barabási 2000): for each share knocked
 * out, `runs` seeds (seed … seed+runs−1) of the settings with that `fail`, and per side the spread
 * of the largest connected group and of the share the first message reached.
 */
export function sweepFail(
  settings: Settings,
  values: readonly number[],
  runs: number,
  onPoint?: (done: number) => void,
): SweepPoint[] {
  // One run after another: each hands its biggest arrays to the next.
  const memory = new Memory();
  return values.map((fail, i) => {
    const outcomes = { hierarchy: [] as SideOutcome[], p2p: [] as SideOutcome[] };
    for (let k = 0; k < runs; k++) {
      const at = { ...settings, fail, seed: (settings.seed + k) >>> 0 };
      const lab = new Lab(at, [], undefined, memory).run();
      for (const side of SIDES) outcomes[side].push(outcomeOf(lab, side));
      lab.dispose();
    }
    onPoint?.(i + 1);
    const of = (side: SideName) => ({
      largestComponent: spreadOf(outcomes[side].map((o) => o.largestComponent)),
      reached: spreadOf(outcomes[side].map((o) => o.reached)),
    });
    return { fail, hierarchy: of('hierarchy'), p2p: of('p2p') };
  });
}

const SPREAD_COLUMNS = ['n', 'mean', 'sd', 'median', 'p10', 'p90'] as const;

/** A sweep as CSV: one row per share knocked out, side and field. */
export function sweepCsv(points: readonly SweepPoint[]): string {
  const lines = [['fail', 'side', 'field', ...SPREAD_COLUMNS].join(',')];
  for (const point of points)
    for (const side of SIDES)
      for (const field of ['largestComponent', 'reached'] as const) {
        const spread = point[side][field];
        lines.push(
          [point.fail, side, field, ...SPREAD_COLUMNS.map((c) => spread?.[c] ?? '')].join(','),
        );
      }
  return lines.join('\n') + '\n';
}
