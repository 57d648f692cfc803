import { describe, expect, it } from 'vitest';
import { components } from '../analysis.ts';
import { degree, edgeCount, edgesOf, type Graph } from '../graph.ts';
import { DEFAULT_SETTINGS, P2P_KINDS, type Settings } from '../params.ts';
import { createRandom } from '../random.ts';
import { balancedHierarchy, levelsOf, variedHierarchy, variedSpanRange } from './hierarchy.ts';
import { buildHierarchy, buildPeerNetwork } from './index.ts';
import { communityNetwork, completeNetwork, randomNetwork, scaleFree, smallWorld } from './peer.ts';

/** Adjacency rows must be strictly ascending (so no repeats) and never hold the person themself. */
function expectSortedSimple(graph: Graph) {
  const bad: string[] = [];
  for (let u = 0; u < graph.n; u++) {
    for (let k = graph.offsets[u]; k < graph.ends[u]; k++) {
      const v = graph.neighbors[k];
      if (v === u || (k > graph.offsets[u] && v <= graph.neighbors[k - 1])) bad.push(`${u}→${v}`);
    }
  }
  expect(bad).toEqual([]);
}

describe('the balanced hierarchy', () => {
  it('numbers people breadth-first: the reports of i are span·i+1 … span·i+span', () => {
    const { graph, manager, level } = balancedHierarchy(40, 3);
    expect(edgeCount(graph)).toBe(39);
    expect(manager![0]).toBe(-1);
    for (let i = 1; i < 40; i++) {
      expect(manager![i]).toBe(Math.floor((i - 1) / 3));
      expect(manager![i]).toBeLessThan(i);
    }
    expect([...graph.neighbors.subarray(graph.offsets[1], graph.ends[1])]).toEqual([0, 4, 5, 6]);
    expect(level![0]).toBe(0);
    expect(level![39]).toBe(3);
    expectSortedSimple(graph);
  });

  it('cuts the last manager short when N does not fill the level', () => {
    const { manager } = balancedHierarchy(10, 4);
    expect([...manager!]).toEqual([-1, 0, 0, 0, 0, 1, 1, 1, 1, 2]);
  });
});

describe('the varied hierarchy', () => {
  it('draws each span from the range around the span, ids still breadth-first', () => {
    const { manager, level } = variedHierarchy(300, 4, createRandom(9));
    const [lo, hi] = variedSpanRange(4);
    const reports = new Map<number, number>();
    for (let i = 1; i < 300; i++) {
      expect(manager![i]).toBeLessThan(i);
      expect(manager![i]).toBeGreaterThanOrEqual(manager![i - 1] === -1 ? 0 : manager![i - 1]);
      reports.set(manager![i], (reports.get(manager![i]) ?? 0) + 1);
    }
    const full = [...reports.entries()].filter(([m]) => m < manager![299]).map(([, r]) => r);
    expect(Math.min(...full)).toBeGreaterThanOrEqual(lo);
    expect(Math.max(...full)).toBeLessThanOrEqual(hi);
    expect(new Set(full).size).toBeGreaterThan(1);
    expect(levelsOf(manager!)).toEqual(level);
  });
});

describe('the peer networks', () => {
  it('small-world without rewiring is the ring lattice of the given degree', () => {
    const { graph } = smallWorld(20, 4, 0, createRandom(1));
    for (let u = 0; u < 20; u++) {
      const row = [...graph.neighbors.subarray(graph.offsets[u], graph.ends[u])];
      const expected = [u - 2, u - 1, u + 1, u + 2].map((v) => (v + 20) % 20).sort((a, b) => a - b);
      expect(row).toEqual(expected);
    }
  });

  it('small-world rewiring keeps the number of ties and changes some of them', () => {
    const { graph } = smallWorld(200, 6, 0.2, createRandom(4));
    expect(edgeCount(graph)).toBe(600);
    const lattice = smallWorld(200, 6, 0, createRandom(4)).graph;
    expect([...graph.neighbors]).not.toEqual([...lattice.neighbors]);
    expectSortedSimple(graph);
  });

  it('communities are connected groups of consecutive ids with few bridges', () => {
    const { graph, group } = communityNetwork(200, 6, 5, createRandom(2));
    expect(components(graph).sizes).toEqual([200]);
    let inside = 0;
    for (const [u, v] of edgesOf(graph)) if (group![u] === group![v]) inside++;
    expect(inside / edgeCount(graph)).toBeGreaterThan(0.8);
    expect(Math.abs((2 * edgeCount(graph)) / 200 - 6)).toBeLessThan(1);
    expect(group![0]).toBe(0);
    expect(group![199]).toBe(4);
  });

  it('random (Erdős–Rényi) has the requested mean degree', () => {
    const { graph } = randomNetwork(20000, 4, createRandom(5));
    expect((2 * edgeCount(graph)) / 20000).toBeCloseTo(4, 1);
    expectSortedSimple(graph);
  });

  it('scale-free grows hubs: m ties per newcomer, a heavy-tailed degree', () => {
    const { graph } = scaleFree(2000, 4, createRandom(6));
    expect(edgeCount(graph)).toBe(1 + 2 * (2000 - 3) + 2);
    let maxDegree = 0;
    for (let u = 0; u < 2000; u++) maxDegree = Math.max(maxDegree, degree(graph, u));
    expect(maxDegree).toBeGreaterThan(40);
  });

  it('complete ties everyone to everyone', () => {
    const { graph } = completeNetwork(12);
    expect(edgeCount(graph)).toBe(66);
    expectSortedSimple(graph);
  });

  it.each(P2P_KINDS)('%s is the same network for the same seed and differs for another', (p2p) => {
    const settings: Settings = { ...DEFAULT_SETTINGS, nodes: 60, p2p };
    const a = buildPeerNetwork(settings).graph;
    const b = buildPeerNetwork(settings).graph;
    expect([...a.neighbors]).toEqual([...b.neighbors]);
    if (p2p !== 'complete') {
      const c = buildPeerNetwork({ ...settings, seed: 2 }).graph;
      expect([...a.neighbors]).not.toEqual([...c.neighbors]);
    }
  });

  it('both sides hold the same people', () => {
    for (const p2p of P2P_KINDS) {
      const settings: Settings = { ...DEFAULT_SETTINGS, nodes: 57, p2p };
      expect(buildPeerNetwork(settings).graph.n).toBe(57);
      expect(buildHierarchy(settings).graph.n).toBe(57);
    }
  });
});
