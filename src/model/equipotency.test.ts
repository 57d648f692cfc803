import { describe, expect, it } from 'vitest';
import { eccentricity } from './analysis.ts';
import { computeEquipotency, equipotency } from './equipotency.ts';
import { Lab } from './lab.ts';
import { buildHierarchy, buildPeerNetwork } from './networks/index.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';

const settingsOf = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

describe('who starts it', () => {
  it('with unlimited capacity, the time to reach everyone is each starter’s eccentricity', () => {
    for (const p2p of ['small-world', 'communities', 'scale-free'] as const) {
      const settings = settingsOf({ nodes: 40, span: 3, p2p, capacity: Infinity, seed: 9 });
      const result = computeEquipotency(settings);
      const hierarchy = buildHierarchy(settings).graph;
      const peers = buildPeerNetwork(settings).graph;
      for (let v = 0; v < settings.nodes; v++) {
        expect(result.hierarchy.to100[v]).toBe(eccentricity(hierarchy, v));
        expect(result.p2p.to100[v]).toBe(eccentricity(peers, v));
        expect(result.hierarchy.to90[v]).toBeLessThanOrEqual(result.hierarchy.to100[v]);
      }
    }
  });

  it('in a full tree the top is fastest and a front-line starter takes twice the depth', () => {
    // 1 + 3 + 9 + 27 = 40 people, depth 3.
    const result = computeEquipotency(settingsOf({ nodes: 40, span: 3, capacity: Infinity }));
    expect(result.hierarchy.to100[0]).toBe(3);
    expect(result.hierarchy.to100[39]).toBe(6);
    expect(Math.min(...result.hierarchy.to100)).toBe(3);
  });

  it('reports progress once per starter and is the same on every run', () => {
    const settings = settingsOf({ nodes: 25, loss: 0.1, protocol: 'gossip', seed: 4 });
    const run = equipotency(settings);
    const progress: number[] = [];
    let step = run.next();
    while (!step.done) {
      progress.push(step.value);
      step = run.next();
    }
    expect(progress).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(computeEquipotency(settings)).toEqual(step.value);
  });

  it('asks the broadcast question even when the lab runs requests under load', () => {
    const base = settingsOf({ nodes: 30, seed: 2 });
    const loaded = { ...base, traffic: 'requests' as const, load: 0.05 };
    expect(computeEquipotency(loaded)).toEqual(computeEquipotency(base));
  });

  it('marks a share never reached with −1, and only then', () => {
    // Heavy loss on a tree: a lost message to a manager cuts off the whole branch below.
    const settings = settingsOf({ nodes: 40, loss: 0.5, capacity: Infinity, seed: 3 });
    const result = computeEquipotency(settings);
    const never = [...result.hierarchy.to100].filter((t) => t === -1).length;
    expect(never).toBeGreaterThan(0);
    for (let v = 0; v < settings.nodes; v++) {
      const lab = new Lab({ ...settings, source: v });
      lab.run();
      const last = lab.sides[0].series[lab.sides[0].series.length - 1];
      expect(result.hierarchy.to100[v] === -1).toBe(last.informedReachable < last.reachable);
    }
  });
});
