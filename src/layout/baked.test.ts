import { describe, expect, it } from 'vitest';
import { buildHierarchy, buildPeerNetwork } from '../model/networks/index.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { bakedLayout } from './baked.ts';
import { computeLayout, layoutNow } from './layoutNow.ts';

// If this fails after a change to the defaults, a generator or the forces: `npm run bake`.
describe('the default page’s baked layouts', () => {
  const sides = [
    [buildHierarchy(DEFAULT_SETTINGS), 'hierarchy'],
    [buildPeerNetwork(DEFAULT_SETTINGS), 'peers'],
  ] as const;

  it('are exactly what the layout code computes for the default networks', () => {
    for (const [network, kind] of sides) {
      const baked = bakedLayout(network, kind);
      expect(baked, `${kind}: nothing baked (npm run bake)`).not.toBeNull();
      const computed = computeLayout(network, kind);
      expect([...baked!.x]).toEqual([...computed.x]);
      expect([...baked!.y]).toEqual([...computed.y]);
    }
  });

  it('are used for nothing else: another seed is laid out afresh', () => {
    const other = { ...DEFAULT_SETTINGS, seed: DEFAULT_SETTINGS.seed + 1 };
    expect(bakedLayout(buildPeerNetwork(other), 'peers')).toBeNull();
    expect(bakedLayout(buildHierarchy(DEFAULT_SETTINGS), 'peers')).toBeNull();
    // and what layoutNow hands out is a copy: changing it changes nothing baked
    const [network, kind] = sides[1];
    layoutNow(network, kind).x.fill(0);
    expect([...layoutNow(network, kind).x]).toEqual([...computeLayout(network, kind).x]);
  });
});
