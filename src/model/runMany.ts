import type { LabEvent } from './events.ts';
import { Memory } from './memory.ts';
import { Lab, SIDES, type SideName } from './lab.ts';
import { createNetworkCache } from './networkCache.ts';
import type { OrgChart } from './networks/orgChart/index.ts';
import type { Settings } from './params.ts';
import { percentileOf, shareInterval, spreadOf, type Spread } from './spread.ts';
import { outcomeOf } from './sweep.ts';

/** What one run of many records per side: the measures "Run many" plots. */
export interface SideRecord {
  ticksTo90: number | null;
  ticksTo100: number | null;
  sends: number;
  believingDistorted: number;
  /** Largest group of working people who can all reach each other, as a share of the working. */
  largestComponent: number;
  /** Share of the working people the first message reached. */
  reached: number;
  delivered: number;
  latencyP50: number | null;
}

export interface RunRecord {
  seed: number;
  hierarchy: SideRecord;
  p2p: SideRecord;
}

export type Measure = keyof SideRecord;

/** One run of the settings and events at `seed`, to its end. */
export function runRecord(lab: Lab): RunRecord {
  const side = (name: SideName): SideRecord => {
    const s = lab.summary(name);
    return {
      ticksTo90: s.ticksTo90,
      ticksTo100: s.ticksTo100,
      sends: s.sends,
      believingDistorted: s.believingDistorted,
      ...outcomeOf(lab, name),
      delivered: s.delivered,
      latencyP50: s.latencyP50,
    };
  };
  return { seed: lab.settings.seed, hierarchy: side('hierarchy'), p2p: side('p2p') };
}

/**
 * Runs `seeds` one after another (the same settings, events and imported org), yielding each
 * run's record; a worker or a time-sliced loop drives it.
 */
export function* runSeeds(
  settings: Settings,
  events: readonly LabEvent[],
  org: OrgChart | null,
  seeds: readonly number[],
): Generator<RunRecord> {
  const networksFor = createNetworkCache();
  // One run after another: each hands its biggest arrays to the next.
  const memory = new Memory();
  for (const seed of seeds) {
    const at = { ...settings, seed };
    const lab = new Lab(at, events, networksFor(at, org), memory).run();
    const record = runRecord(lab);
    lab.dispose();
    yield record;
  }
}

/** seed … seed + k − 1 (wrapping at 2³²), as "Run many" and the CLI's --runs take them. */
export function seedsFrom(seed: number, k: number): number[] {
  return Array.from({ length: k }, (_, i) => (seed + i) >>> 0);
}

/** A measure's values over the runs (where it has one) for one side. */
export function valuesOf(
  records: readonly RunRecord[],
  side: SideName,
  measure: Measure,
): number[] {
  return records.map((r) => r[side][measure]).filter((v): v is number => v !== null);
}

/** A measure summed up over runs, per side, with where this run sits. */
export interface MeasureSpread {
  side: SideName;
  spread: Spread | null;
  /** This run's value, and the share of runs below it (mid-rank, 0–1); null where it has none. */
  thisRun: number | null;
  percentile: number | null;
}

export function spreadsFor(
  records: readonly RunRecord[],
  measure: Measure,
  thisRun: RunRecord | null,
): MeasureSpread[] {
  return SIDES.map((side) => {
    const values = valuesOf(records, side, measure);
    const mine = thisRun?.[side][measure] ?? null;
    return {
      side,
      spread: spreadOf(values),
      thisRun: mine,
      percentile: mine === null || values.length === 0 ? null : percentileOf(values, mine),
    };
  });
}

/**
 * How often one side does better than the other on a measure (lower is better for ticks,
 * messages and garbled beliefs; higher for reach), with a 95 % interval for that share.
 */
export function headToHead(
  records: readonly RunRecord[],
  measure: Measure,
  higherIsBetter: boolean,
): { runs: number; p2pBetter: number; hierarchyBetter: number; interval: [number, number] } {
  let runs = 0;
  let p2pBetter = 0;
  let hierarchyBetter = 0;
  for (const r of records) {
    const h = r.hierarchy[measure];
    const p = r.p2p[measure];
    if (h === null && p === null) continue;
    runs++;
    // A side that never got there loses to one that did.
    const score = (v: number | null) => (v === null ? (higherIsBetter ? -Infinity : Infinity) : v);
    const [sh, sp] = [score(h), score(p)];
    if (sh === sp) continue;
    if (higherIsBetter ? sp > sh : sp < sh) p2pBetter++;
    else hierarchyBetter++;
  }
  return { runs, p2pBetter, hierarchyBetter, interval: shareInterval(p2pBetter, runs) };
}
