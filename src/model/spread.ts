import { percentile } from './metrics.ts';

/**
 * How one measure spreads over many runs: the count of runs where it has a value, the mean and
 * the sample standard deviation (n − 1; 0 for a single run), and nearest-rank percentiles (the
 * median is the 50th): the p-th percentile is the value at rank ⌈p·n⌉ of the sorted values.
 */
export interface Spread {
  n: number;
  mean: number;
  sd: number;
  median: number;
  p10: number;
  p90: number;
}

/** The spread of `values`, or null when there are none. */
export function spreadOf(values: readonly number[]): Spread | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / n;
  const variance = n > 1 ? sorted.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (n - 1) : 0;
  return {
    n,
    mean,
    sd: Math.sqrt(variance),
    median: percentile(sorted, 0.5)!,
    p10: percentile(sorted, 0.1)!,
    p90: percentile(sorted, 0.9)!,
  };
}

/** Share of `values` strictly below `value`, plus half of those equal to it (a mid-rank percentile, 0–1). */
export function percentileOf(values: readonly number[], value: number): number {
  if (values.length === 0) return 0.5;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (below + equal / 2) / values.length;
}

/**
 * A 95 % interval for a share of `k` in `n` (Wilson's score interval): honest at the edges,
 * where k is 0 or n, unlike the normal approximation.
 */
export function shareInterval(k: number, n: number): [number, number] {
  if (n === 0) return [0, 1];
  const z = 1.959964;
  const p = k / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/** Each numeric field of `rows` (where it has a value) as a spread; fields in `skip` are left out. */
export function spreadsOf<T extends object>(
  rows: readonly T[],
  skip: ReadonlyArray<keyof T> = [],
): Partial<Record<keyof T, Spread | null>> {
  const out: Partial<Record<keyof T, Spread | null>> = {};
  if (rows.length === 0) return out;
  for (const key of Object.keys(rows[0]) as Array<keyof T>) {
    if (skip.includes(key)) continue;
    const values = rows
      .map((r) => r[key])
      .filter((v): v is T[keyof T] & number => typeof v === 'number');
    out[key] = spreadOf(values);
  }
  return out;
}
