import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from './params.ts';
import { simulate } from './report.ts';
import { percentileOf, shareInterval, spreadOf } from './spread.ts';
import { sweepCsv, sweepFail, sweepValues } from './sweep.ts';

describe('the spread of a measure over runs', () => {
  it('matches a hand computation: mean, sample sd, nearest-rank median, p10, p90', () => {
    // 1…10 shuffled: mean 5.5; sd² = Σ(x − 5.5)² / 9 = 82.5 / 9; nearest rank: p10 → rank 1,
    // median → rank 5, p90 → rank 9.
    const s = spreadOf([7, 3, 10, 1, 5, 9, 2, 8, 6, 4])!;
    expect(s.n).toBe(10);
    expect(s.mean).toBe(5.5);
    expect(s.sd).toBeCloseTo(Math.sqrt(82.5 / 9), 12);
    expect([s.p10, s.median, s.p90]).toEqual([1, 5, 9]);
    expect(spreadOf([4])).toEqual({ n: 1, mean: 4, sd: 0, median: 4, p10: 4, p90: 4 });
    expect(spreadOf([])).toBeNull();
  });

  it('places a value among runs by mid-rank, and gives Wilson intervals for a share', () => {
    expect(percentileOf([1, 2, 3, 4], 5)).toBe(1);
    expect(percentileOf([1, 2, 3, 4], 2)).toBe(0.375);
    // 83 of 100: Wilson 95 % interval 0.7445–0.8911 (computed by hand).
    const [lo, hi] = shareInterval(83, 100);
    expect(lo).toBeCloseTo(0.7445, 3);
    expect(hi).toBeCloseTo(0.8911, 3);
    expect(shareInterval(0, 20)[0]).toBe(0);
  });

  it('puts every averaged summary field of several runs into `stats`', () => {
    const report = simulate({ ...DEFAULT_SETTINGS, nodes: 30 }, 5, false);
    const sends = report.runs.map((r) => r.p2p.summary.sends);
    expect(report.stats.p2p.sends).toEqual(spreadOf(sends));
    expect('source' in report.stats.hierarchy).toBe(false);
    // A field no run has a value for has no spread (latency without requests).
    expect(report.stats.p2p.latencyMean).toBeNull();
  });
});

describe('the resilience sweep', () => {
  it('steps from A to B inclusive without drifting', () => {
    expect(sweepValues(0, 0.9, 0.05)).toHaveLength(19);
    expect(sweepValues(0, 0.9, 0.05)[3]).toBe(0.15);
    expect(sweepValues(0.1, 0.3, 0.1)).toEqual([0.1, 0.2, 0.3]);
  });

  it('follows the percolation formula S = 1 − exp(−k(1−f)S) for random knock-outs (N = 2,000)', () => {
    const k = 4;
    const settings = {
      ...DEFAULT_SETTINGS,
      nodes: 2000,
      p2p: 'random' as const,
      degree: k,
      capacity: Infinity,
      failure: 'random' as const,
    };
    const values = [0, 0.2, 0.4, 0.6];
    const points = sweepFail(settings, values, 5);
    for (const point of points) {
      let expected = 0.5;
      for (let i = 0; i < 200; i++) expected = 1 - Math.exp(-k * (1 - point.fail) * expected);
      // Five networks of 2,000: the giant component's share wanders by about ±0.02 around S.
      expect(Math.abs(point.p2p.largestComponent!.mean - expected), `f=${point.fail}`).toBeLessThan(
        0.03,
      );
      // The message reaches at most the group it starts in.
      expect(point.p2p.reached!.mean).toBeLessThanOrEqual(point.p2p.largestComponent!.mean + 1e-9);
    }
    // A tree falls apart much faster: with 40 % out, its largest group is a small share.
    expect(points[2].hierarchy.largestComponent!.median).toBeLessThan(0.2);
    expect(sweepCsv(points).split('\n')[1]).toBe('0,hierarchy,largestComponent,5,1,0,1,1,1');
  });
});
