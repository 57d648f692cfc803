import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { ComponentSearch, components } from './analysis.ts';
import { graphOf } from './engineTesting.ts';
import { Lab } from './lab.ts';
import { buildHierarchy, buildPeerNetwork } from './networks/index.ts';
import { DEFAULT_SETTINGS } from './params.ts';
import { oneTree } from './reach.ts';

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

  it('takes a hierarchy whose reporting lines make one tree as one group without searching it', () => {
    // Reporting lines with every manager's id below their reports': one group, whatever the lines.
    const lines = fc
      .integer({ min: 1, max: 80 })
      .chain((n) =>
        fc.tuple(
          ...Array.from({ length: n }, (_, v) => (v === 0 ? fc.constant(-1) : fc.nat(v - 1))),
        ),
      );
    fc.assert(
      fc.property(lines, (manager) => {
        const tree = Int32Array.from(manager);
        expect(oneTree(tree)).toBe(true);
        const graph = graphOf(
          tree.length,
          [...tree].flatMap((m, v) => (m >= 0 ? [[m, v]] : [])),
        );
        expect(components(graph).sizes).toEqual([tree.length]);
      }),
    );
    // Any other order is searched: two tops, a report numbered before their manager, a loop.
    for (const other of [
      [-1, -1],
      [1, -1],
      [-1, 2, 1],
      [-1, 0, 2],
    ])
      expect(oneTree(Int32Array.from(other))).toBe(false);
    for (const [kind, cross] of [
      ['balanced', 0],
      ['varied', 0],
      ['balanced', 500],
    ] as const) {
      const settings = { ...DEFAULT_SETTINGS, nodes: 2000, hierarchy: kind, cross, maxTicks: 30 };
      const networks = { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
      const search = vi.spyOn(ComponentSearch.prototype, 'step');
      const lab = new Lab(settings, [], networks).run();
      const searched = search.mock.contexts.map((s) => (s as unknown as { graph: unknown }).graph);
      search.mockRestore();
      const [hierarchy, p2p] = lab.sides;
      expect(searched).not.toContain(hierarchy.engine.graph);
      expect(searched).toContain(p2p.engine.graph);
      const whole = components(hierarchy.engine.graph);
      expect(whole.sizes).toEqual([2000]);
      expect(hierarchy.series[0].largestGroup).toBe(2000);
      expect(hierarchy.series.at(-1)!.reachable).toBe(2000);
    }
  });
});
