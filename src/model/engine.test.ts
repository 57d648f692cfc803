import { describe, expect, it } from 'vitest';
import { betweenness, bfsLayerSizes, eccentricity, reachableFrom } from './analysis.ts';
import { edgeCount, type Graph } from './graph.ts';
import { Lab } from './lab.ts';
import { balancedHierarchy } from './networks/hierarchy.ts';
import { buildHierarchy, buildPeerNetwork } from './networks/index.ts';
import { DEFAULT_SETTINGS, HIERARCHY_KINDS, P2P_KINDS, type Settings } from './params.ts';

const settingsOf = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });

/** Sum of (degree) over a component: 2·E of the component. */
function componentEdgesAndSize(graph: Graph, source: number) {
  const members = reachableFrom(graph, source);
  let degreeSum = 0;
  for (const v of members) degreeSum += graph.ends[v] - graph.offsets[v];
  return { edges: degreeSum / 2, size: members.length };
}

describe('flooding with unlimited capacity and no loss', () => {
  const cases = [
    ...HIERARCHY_KINDS.map((h) => ({
      label: `hierarchy ${h}`,
      side: 'hierarchy' as const,
      h,
      p2p: undefined,
    })),
    ...P2P_KINDS.map((p2p) => ({ label: `p2p ${p2p}`, side: 'p2p' as const, h: undefined, p2p })),
  ];
  for (const c of cases) {
    for (const [nodes, seed] of [
      [12, 1],
      [40, 2],
      [150, 3],
    ] as const) {
      it(`informs BFS layer by layer and sends exactly 2E − N + 1 (${c.label}, N=${nodes}, seed ${seed})`, () => {
        const settings = settingsOf({
          nodes,
          seed,
          capacity: Infinity,
          source: 'random',
          degree: Math.min(4, nodes - 1),
          ...(c.h ? { hierarchy: c.h } : {}),
          ...(c.p2p ? { p2p: c.p2p } : {}),
        });
        const lab = new Lab(settings).run();
        const side = lab.side(c.side);
        const layers = bfsLayerSizes(side.network.graph, lab.source);
        let cumulative = 0;
        const expected = layers.map((size) => (cumulative += size));
        const informed = side.series.map((row) => row.informed).slice(0, layers.length);
        expect(informed).toEqual(expected);
        expect(side.series[side.series.length - 1].informed).toBe(cumulative);
        const { edges, size } = componentEdgesAndSize(side.network.graph, lab.source);
        expect(lab.summary(c.side).sends).toBe(2 * edges - size + 1);
        expect(lab.summary(c.side).ticksTo100).toBe(eccentricity(side.network.graph, lab.source));
      });
    }
  }

  it('on a connected graph the flood count is 2E − N + 1 for every source', () => {
    const settings = settingsOf({ nodes: 30, capacity: Infinity, p2p: 'small-world' });
    const graph = buildPeerNetwork(settings).graph;
    for (let source = 0; source < 30; source++) {
      const lab = new Lab({ ...settings, source }).run();
      expect(lab.summary('p2p').sends).toBe(2 * edgeCount(graph) - 30 + 1);
    }
  });
});

describe('the chain of command with capacity 1', () => {
  for (const [span, depth] of [
    [2, 3],
    [3, 3],
    [4, 2],
    [5, 3],
    [3, 5],
  ]) {
    it(`reaches the last person of a full tree (span ${span}, depth ${depth}) from the top in tick span·depth`, () => {
      const nodes = (span ** (depth + 1) - 1) / (span - 1);
      const lab = new Lab(settingsOf({ nodes, span, source: 'top', capacity: 1 })).run();
      const trace = lab.side('hierarchy').engine.first;
      let latest = -1;
      for (let v = 0; v < trace.n; v++) latest = Math.max(latest, trace.tickOf(v));
      expect(latest).toBe(span * depth);
      expect(lab.summary('hierarchy').ticksTo100).toBe(span * depth);
    });
  }

  it('piles the queue up at the managers a message must pass through', () => {
    const lab = new Lab(settingsOf({ nodes: 121, span: 3, source: 'top', capacity: 1 })).run();
    const summary = lab.summary('hierarchy');
    expect(summary.maxQueue).toBe(2);
    expect(summary.maxQueueNode).toBe(0);
  });
});

describe('distortion on a tree', () => {
  it('leaves (1 + (1 − 2ε)^h) / 2 believing the truth at depth h, over many seeds', () => {
    const epsilon = 0.1;
    const tree = balancedHierarchy(121, 3);
    const truthAtDepth = new Map<number, { yes: number; all: number }>();
    const runs = 400;
    for (let seed = 1; seed <= runs; seed++) {
      const lab = new Lab(
        settingsOf({ nodes: 121, source: 'top', capacity: Infinity, distortion: epsilon, seed }),
      );
      lab.run();
      const trace = lab.side('hierarchy').engine.first;
      for (let v = 0; v < 121; v++) {
        const h = tree.level![v];
        const entry = truthAtDepth.get(h) ?? { yes: 0, all: 0 };
        entry.all++;
        if (!trace.believesDistorted(v)) entry.yes++;
        truthAtDepth.set(h, entry);
      }
    }
    for (const [h, { yes, all }] of truthAtDepth) {
      const expected = (1 + (1 - 2 * epsilon) ** h) / 2;
      const standardError = Math.sqrt((expected * (1 - expected)) / all);
      expect(Math.abs(yes / all - expected)).toBeLessThan(4 * standardError + 0.005);
    }
  });

  it('lets redundant peer paths outvote errors that a chain passes on', () => {
    const totals = { hierarchy: 0, p2p: 0 };
    for (let seed = 1; seed <= 40; seed++) {
      const lab = new Lab(
        settingsOf({
          nodes: 85,
          span: 4,
          p2p: 'complete',
          capacity: Infinity,
          distortion: 0.15,
          seed,
          source: 'top',
        }),
      ).run();
      totals.hierarchy += lab.summary('hierarchy').believingDistorted;
      totals.p2p += lab.summary('p2p').believingDistorted;
    }
    expect(totals.p2p).toBeLessThan(totals.hierarchy / 2);
  });
});

describe('random failures on a random network', () => {
  it('leave a largest component S = 1 − exp(−k(1−f)·S)', () => {
    const k = 4;
    for (const f of [0.2, 0.5]) {
      let expected = 0.5;
      for (let i = 0; i < 200; i++) expected = 1 - Math.exp(-k * (1 - f) * expected);
      const shares: number[] = [];
      for (let seed = 1; seed <= 4; seed++) {
        const lab = new Lab(
          settingsOf({
            nodes: 20000,
            p2p: 'random',
            degree: k,
            fail: f,
            failure: 'random',
            seed,
            maxTicks: 1,
          }),
        );
        lab.step();
        shares.push(lab.summary('p2p').largestComponent);
      }
      const mean = shares.reduce((a, b) => a + b, 0) / shares.length;
      expect(Math.abs(mean - expected)).toBeLessThan(0.02);
    }
  });

  it('knock out the same people on both sides', () => {
    const lab = new Lab(settingsOf({ nodes: 60, fail: 0.3 }));
    const [h, p] = lab.sides.map((s) => [...s.engine.working].join(''));
    expect(h).toBe(p);
    expect(h.split('').filter((c) => c === '0').length).toBe(18);
    expect(lab.sides[0].engine.working[lab.source]).toBe(1);
  });

  it('targeted failure takes the best connected first, central the most in-between', () => {
    const targeted = new Lab(
      settingsOf({ nodes: 40, fail: 0.1, failure: 'targeted', source: 'leaf' }),
    );
    const out = [...targeted.side('hierarchy').engine.working].flatMap((w, i) => (w ? [] : [i]));
    expect(out).toEqual([1, 2, 3, 4]); // the middle managers have 4 ties, the top only 3
    const central = new Lab(
      settingsOf({ nodes: 40, fail: 0.025, failure: 'central', source: 'leaf' }),
    );
    expect(central.side('hierarchy').engine.working[0]).toBe(0);
    const b = betweenness(central.side('p2p').network.graph);
    const top = b.indexOf(Math.max(...b));
    expect(central.side('p2p').engine.working[top]).toBe(0);
  });
});

describe('gossip', () => {
  it('with fanout 1 on the complete network reaches everyone in about log₂N + ln N ticks', () => {
    for (const n of [64, 256]) {
      let sum = 0;
      const runs = 60;
      for (let seed = 1; seed <= runs; seed++) {
        const lab = new Lab(
          settingsOf({
            nodes: n,
            p2p: 'complete',
            protocol: 'gossip',
            fanout: 1,
            capacity: 1,
            seed,
            source: 'top',
          }),
        ).run();
        sum += lab.summary('p2p').ticksTo100!;
      }
      const mean = sum / runs;
      const predicted = Math.log2(n) + Math.log(n);
      expect(mean).toBeGreaterThan(predicted - 0.5);
      expect(mean).toBeLessThan(predicted + 2);
    }
  });

  it('stops telling after its rounds and may then miss people', () => {
    const lab = new Lab(
      settingsOf({
        nodes: 200,
        p2p: 'small-world',
        protocol: 'gossip',
        rounds: 1,
        capacity: Infinity,
      }),
    ).run();
    expect(lab.done).toBe(true);
    expect(lab.summary('p2p').informed).toBeLessThan(200);
  });
});

describe('loss', () => {
  it('loses about the given share of sends', () => {
    const lab = new Lab(
      settingsOf({ nodes: 500, p2p: 'complete', capacity: Infinity, loss: 0.3 }),
    ).run();
    const s = lab.summary('p2p');
    expect(s.lost / s.sends).toBeGreaterThan(0.28);
    expect(s.lost / s.sends).toBeLessThan(0.32);
  });
});

describe('failing and restoring people during the run', () => {
  it('cuts a hierarchy below a knocked-out manager, while the peers route around it', () => {
    const settings = settingsOf({ nodes: 40, source: 'top', capacity: Infinity });
    const intact = new Lab(settings).run();
    const cut = new Lab(settings, [{ tick: 0, type: 'fail', node: 1 }]).run();
    expect(intact.summary('hierarchy').informed).toBe(40);
    // Manager 1 leads 13 people in all, themselves included.
    expect(cut.summary('hierarchy').informed).toBe(27);
    expect(cut.summary('hierarchy').reachable).toBe(27);
    expect(cut.summary('p2p').informed).toBe(39);
  });

  it('discards a failed person’s queue and counts it as dropped', () => {
    const settings = settingsOf({ nodes: 40, source: 'top', capacity: 1 });
    const lab = new Lab(settings, [{ tick: 2, type: 'fail', node: 0 }]).run();
    const row = lab.side('hierarchy').series[2];
    expect(row.dropped).toBeGreaterThanOrEqual(1);
    expect(lab.side('hierarchy').engine.first.tickOf(3)).toBe(-1);
  });

  it('lets a restored person take part again', () => {
    const settings = settingsOf({ nodes: 40, source: 'top', capacity: Infinity });
    const lab = new Lab(settings, [
      { tick: 0, type: 'fail', node: 1 },
      { tick: 2, type: 'restore', node: 1 },
      { tick: 3, type: 'start', node: 0 },
    ]).run();
    const hierarchy = lab.summary('hierarchy');
    expect(lab.side('hierarchy').engine.working[1]).toBe(1);
    expect(lab.side('hierarchy').engine.messages.count).toBe(2);
    // The first message died at the knocked-out manager; the second, started later, gets through.
    expect(hierarchy.dropped).toBe(1);
    expect(hierarchy.informed).toBe(27);
    expect(hierarchy.sends).toBe(27 + 39); // 26 ties inside the reachable part + one send to the manager who is out, then a full flood
  });
});

describe('determinism', () => {
  it('gives identical series for identical settings and events', () => {
    const settings = settingsOf({
      nodes: 80,
      loss: 0.1,
      distortion: 0.1,
      load: 0.02,
      maxTicks: 60,
      protocol: 'gossip',
      fanout: 2,
    });
    const events = [{ tick: 5, type: 'fail' as const, node: 3 }];
    const a = new Lab(settings, events).run();
    const b = new Lab(settings, events).run();
    expect(a.side('p2p').series).toEqual(b.side('p2p').series);
    expect(a.side('hierarchy').series).toEqual(b.side('hierarchy').series);
    const c = new Lab({ ...settings, seed: 2 }, events).run();
    expect(c.side('p2p').series).not.toEqual(a.side('p2p').series);
  });

  it('runs the same tick in parts, with other work in between, as in one go', () => {
    // Big enough that a tick's arrivals and senders come in several parts.
    const settings = settingsOf({
      nodes: 12_000,
      degree: 10,
      capacity: Infinity,
      loss: 0.1,
      maxTicks: 8,
    });
    const events = [{ tick: 3, type: 'fail' as const, node: 7 }];
    const whole = new Lab(settings, events).run();
    const parted = new Lab(settings, events);
    let parts = 0;
    while (!parted.done) {
      const tick = parted.inParts();
      while (!tick.next().done) {
        parts++;
        whole.side('p2p').engine.first.heardAll(Int32Array.of(1, 2)); // other work between parts
      }
    }
    // Four pauses a side and tick (after the new messages, between three parts of senders, at
    // the end), and more where arrivals come in parts.
    expect(parts).toBeGreaterThan(8 * 2 * 4);
    for (const side of ['hierarchy', 'p2p'] as const) {
      expect(parted.side(side).series).toEqual(whole.side(side).series);
      const first = (lab: Lab) =>
        Array.from({ length: 12_000 }, (_, v) => lab.side(side).engine.first.tickOf(v));
      expect(first(parted)).toEqual(first(whole));
    }
  });

  it('builds the same networks from the same settings', () => {
    const settings = settingsOf({ hierarchy: 'varied', p2p: 'scale-free', nodes: 90 });
    expect([...buildHierarchy(settings).graph.neighbors]).toEqual([
      ...buildHierarchy(settings).graph.neighbors,
    ]);
  });
});
