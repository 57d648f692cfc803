import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ComponentSearch, components } from './analysis.ts';
import { graphOf } from './engineTesting.ts';
import { Lab } from './lab.ts';
import { buildHierarchy, buildPeerNetwork } from './networks/index.ts';
import { DEFAULT_SETTINGS } from './params.ts';

describe('finding the groups of working people in parts', () => {
  it('finds the same groups however the search is split', () => {
    const network = fc.integer({ min: 1, max: 60 }).chain((n) =>
      fc.record({
        n: fc.constant(n),
        edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 2 * n }),
        out: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        budget: fc.integer({ min: 1, max: 25 }),
      }),
    );
    fc.assert(
      fc.property(network, ({ n, edges, out, budget }) => {
        const graph = graphOf(n, edges);
        const working = Uint8Array.from(out, (o) => (o ? 0 : 1));
        const whole = components(graph, working);
        const search = new ComponentSearch(graph, working);
        let parts = 1;
        while (!search.step(budget)) parts++;
        expect(search.label).toEqual(whole.label);
        expect(search.sizes).toEqual(whole.sizes);
        const up = working.reduce((a, b) => a + b, 0);
        // Each part but the last goes through `budget` people: no more parts than that allows.
        expect(parts).toBeLessThanOrEqual(Math.floor(up / budget) + 1);
      }),
      { numRuns: 300 },
    );
  });

  it('takes several parts of a tick at 100,000 people, and counts what one search finds', () => {
    const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 100_000, maxTicks: 3 });
    const [, p2p] = lab.sides;
    const { reach } = p2p.engine;
    const advance = vi.spyOn(reach, 'advance');
    const parts = lab.inParts();
    while (p2p.series.length === 0) parts.next();
    const unfinished = advance.mock.results.filter((r) => r.value === false).length;
    // Each part goes through 30,000 people: three stop short, the fourth finds the last groups.
    expect(unfinished).toBe(3);
    const whole = components(p2p.engine.graph, p2p.engine.working);
    expect(p2p.series[0].largestGroup).toBe(whole.sizes.reduce((a, b) => Math.max(a, b), 0));
  });

  it('searches a network as built once: a run made again on it finds the groups kept with it', () => {
    const settings = { ...DEFAULT_SETTINGS, nodes: 3000, maxTicks: 40 };
    const networks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
    const first = new Lab(settings, [], networks);
    first.run();
    const search = vi.spyOn(ComponentSearch.prototype, 'step');
    const again = new Lab(settings, [], networks);
    again.run();
    expect(search).not.toHaveBeenCalled();
    expect(again.sides.map((s) => s.series)).toEqual(first.sides.map((s) => s.series));
    // With people out from the start, the kept groups do not apply: searched afresh, and right.
    const out = new Lab({ ...settings, fail: 0.3 }, [], networks);
    out.run();
    expect(search).toHaveBeenCalled();
    search.mockRestore();
    for (const side of out.sides) {
      const whole = components(side.engine.graph, side.engine.working);
      expect(side.series[0].largestGroup).toBe(whole.sizes.reduce((a, b) => Math.max(a, b), 0));
    }
  });
});
