import { describe, expect, it } from 'vitest';
import { edgesOf } from '../model/graph.ts';
import { buildPeerNetwork } from '../model/networks/index.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { LAYOUT_TIES, layoutTies, peerForces, startingPlaces } from './peerLayout.ts';

const complete = (nodes: number) =>
  buildPeerNetwork({ ...DEFAULT_SETTINGS, nodes, p2p: 'complete' });

/** How far people stand from their middle on average, at the forces' scale, after `ticks`. */
function spread(nodes: number, dense: boolean, ticks: number): number {
  const network = complete(nodes);
  const people = startingPlaces(network);
  const { ties, weight } = dense
    ? { ties: edgesOf(network.graph), weight: 1 }
    : layoutTies(network.graph);
  peerForces(network, people, ties, weight).stop().tick(ticks);
  const mx = people.reduce((a, p) => a + p.x!, 0) / nodes;
  const my = people.reduce((a, p) => a + p.y!, 0) / nodes;
  return people.reduce((a, p) => a + Math.hypot(p.x! - mx, p.y! - my), 0) / nodes;
}

describe('the ties the peer layout pulls along', () => {
  it('are all of them up to LAYOUT_TIES, and in a network that is not dense', () => {
    const network = buildPeerNetwork({ ...DEFAULT_SETTINGS, nodes: 2000 });
    expect(layoutTies(network.graph)).toEqual({ ties: edgesOf(network.graph), weight: 1 });
    // 60,000 people of 8 ties: 240,000 ties, 4 a person.
    const sparse = buildPeerNetwork({ ...DEFAULT_SETTINGS, nodes: 60_000, degree: 8 });
    const all = edgesOf(sparse.graph);
    expect(all.length).toBeGreaterThan(LAYOUT_TIES);
    expect(layoutTies(sparse.graph)).toEqual({ ties: all, weight: 1 });
  });

  it('are a fixed sample of a denser network, spread over everyone, each standing for its share', () => {
    const network = complete(1000);
    const all = edgesOf(network.graph);
    expect(all.length).toBe(499_500);
    const { ties, weight } = layoutTies(network.graph);
    expect(Math.abs(ties.length - LAYOUT_TIES)).toBeLessThan(LAYOUT_TIES * 0.01);
    expect(weight * ties.length).toBeCloseTo(all.length, 6);
    // The same sample every time, of ties the network has.
    expect(layoutTies(network.graph).ties).toEqual(ties);
    const tied = new Set(all.map(([u, v]) => u * 1000 + v));
    expect(ties.every(([u, v]) => tied.has(u * 1000 + v))).toBe(true);
    // Everyone keeps about their share (40% of 999 ties): none left loose.
    const degree = new Array<number>(1000).fill(0);
    for (const [u, v] of ties) {
      degree[u]++;
      degree[v]++;
    }
    expect(degree.reduce((a, b) => Math.min(a, b))).toBeGreaterThan(0.3 * 999);
    expect(degree.reduce((a, b) => Math.max(a, b))).toBeLessThan(0.5 * 999);
  });

  it('pull the sample as hard as the whole network: people spread about as far', () => {
    const whole = spread(1000, true, 40);
    const sampled = spread(1000, false, 40);
    expect(sampled / whole).toBeGreaterThan(0.85);
    expect(sampled / whole).toBeLessThan(1.2);
  });
});
