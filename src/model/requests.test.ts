import { describe, expect, it } from 'vitest';
import { bfsDistances, congestionThreshold } from './analysis.ts';
import { haltedMessage } from './budget.ts';
import { Lab } from './lab.ts';
import { simulate } from './report.ts';
import { balancedHierarchy } from './networks/hierarchy.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';

const settingsOf = (changes: Partial<Settings>): Settings => ({
  ...DEFAULT_SETTINGS,
  traffic: 'requests',
  ...changes,
});

/** Least-squares slope of y over x. */
function slope(ys: number[]): number {
  const n = ys.length;
  const mx = (n - 1) / 2;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let num = 0;
  let den = 0;
  ys.forEach((y, x) => {
    num += (x - mx) * (y - my);
    den += (x - mx) ** 2;
  });
  return num / den;
}

describe('a single request', () => {
  it('travels a shortest path and arrives after as many ticks as hops', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const lab = new Lab(
        settingsOf({ nodes: 60, capacity: Infinity, seed, source: 'random' }),
      ).run();
      for (const side of lab.sides) {
        const engine = side.engine;
        const to = engine.messages.addressee[0];
        const distance = bfsDistances(side.network.graph, lab.source)[to];
        const summary = lab.summary(side.name);
        expect(summary.delivered).toBe(1);
        expect(summary.latencyMean).toBe(distance);
        expect(summary.sends).toBe(distance);
        expect(summary.informed).toBe(distance + 1);
        expect(summary.ticksTo100).toBe(distance);
      }
    }
  });

  it('goes up the chain of command to the lowest common manager and down again', () => {
    const lab = new Lab(settingsOf({ nodes: 40, source: 39, capacity: Infinity }), [
      { tick: 1, type: 'start', node: 13, to: 12 },
    ]).run();
    const trace = lab.side('hierarchy').engine.first;
    const visited = Array.from({ length: trace.n }, (_, v) => v).filter(
      (v) => trace.tickOf(v) >= 0,
    );
    const to = lab.side('hierarchy').engine.messages.addressee[0];
    const tree = balancedHierarchy(40, 3);
    const chain = (v: number) => {
      const path = [v];
      while (tree.manager![path[path.length - 1]] >= 0)
        path.push(tree.manager![path[path.length - 1]]);
      return path;
    };
    const up = chain(39);
    const down = chain(to);
    const common = up.find((v) => down.includes(v))!;
    const route = new Set([
      ...up.slice(0, up.indexOf(common) + 1),
      ...down.slice(0, down.indexOf(common)),
    ]);
    expect(new Set(visited)).toEqual(route);
    expect(lab.summary('hierarchy').delivered).toBe(2);
  });

  it('is re-routed around a failure on the peer side but dropped at a broken chain of command', () => {
    // From the last person to their manager's manager's other report: the way runs through manager 12.
    const settings = settingsOf({ nodes: 40, source: 39, capacity: Infinity, p2p: 'complete' });
    const events = [
      { tick: 0, type: 'fail' as const, node: 12 },
      { tick: 1, type: 'start' as const, node: 39, to: 10 },
    ];
    const lab = new Lab(settings, events).run();
    const hierarchy = lab.summary('hierarchy');
    const p2p = lab.summary('p2p');
    expect(hierarchy.delivered).toBe(0);
    expect(hierarchy.dropped).toBe(2);
    expect(p2p.delivered).toBe(2);
  });
});

describe('requests under continuous load (Arenas et al. 2001)', () => {
  // A star: one manager with 20 reports. Every request between two reports passes the top.
  const star = { nodes: 21, span: 20, p2p: 'complete' as const, source: 'top' as const };

  it('puts the star’s threshold at capacity / (N − 1)', () => {
    const { graph } = balancedHierarchy(21, 20);
    expect(congestionThreshold(graph, 1)).toBeCloseTo(1 / 20, 10);
    expect(congestionThreshold(graph, 2)).toBeCloseTo(2 / 20, 10);
  });

  for (const capacity of [1, 2]) {
    it(`keeps queues bounded below the threshold (capacity ${capacity})`, () => {
      const load = (0.5 * capacity) / 20;
      const lab = new Lab(settingsOf({ ...star, capacity, load, maxTicks: 3000, seed: 3 })).run();
      const top = lab.side('hierarchy').series.map((row) => row.maxQueue);
      expect(Math.max(...top)).toBeLessThan(40);
      expect(Math.abs(slope(top.slice(1000)))).toBeLessThan(0.005);
    });

    it(`grows the busiest queue at (arrival rate − capacity) above it (capacity ${capacity})`, () => {
      const load = (2 * capacity) / 20;
      const lab = new Lab(settingsOf({ ...star, capacity, load, maxTicks: 4000, seed: 4 })).run();
      const side = lab.side('hierarchy');
      const rows = side.series.slice(200);
      expect(rows.every((row) => row.maxQueueNode === 0)).toBe(true);
      const arrivalRate = load * 20; // its own requests and everyone else's that pass through it
      // Arrivals are random (about 2·load·N per tick); over 4,000 ticks the slope's noise is about ±0.03.
      expect(
        Math.abs(slope(rows.map((row) => row.maxQueue)) - (arrivalRate - capacity)),
      ).toBeLessThan(0.1);
      // The all-channel peers carry the same traffic without a queue to speak of.
      expect(Math.max(...lab.side('p2p').series.map((row) => row.maxQueue))).toBeLessThan(15);
    });
  }

  it('sends the same requests through both sides', () => {
    const lab = new Lab(settingsOf({ nodes: 50, load: 0.05, maxTicks: 40, capacity: Infinity }));
    lab.run();
    const [h, p] = lab.sides.map((s) => s.engine);
    expect(h.messages.count).toBe(p.messages.count);
    for (let m = 0; m < h.messages.count; m++) {
      expect([h.messages.origin[m], h.messages.addressee[m]]).toEqual([
        p.messages.origin[m],
        p.messages.addressee[m],
      ]);
    }
    expect(h.messages.count).toBeGreaterThan(80);
  });
});

describe('a tick worked out in parts', () => {
  it('ends a part once its route searches looked at about 200,000 people', () => {
    // 20,000 people, 1,000 new requests a tick a side: each search looks at several hundred.
    const lab = new Lab(
      settingsOf({ nodes: 20000, capacity: Infinity, load: 0.05, adapt: 'on', maxTicks: 4 }),
    );
    const searched = () => lab.sides.map((side) => side.engine.router.searched);
    let most = 0;
    let parts = 0;
    while (!lab.done) {
      const tick = lab.inParts();
      let before = searched();
      while (!tick.next().done) {
        const after = searched();
        most = Math.max(most, after[0] - before[0], after[1] - before[1]);
        before = after;
        parts++;
      }
    }
    // Many searches, split into parts: none looked at much more than it may (one sender's
    // queue is sent whole: at most a few searches more).
    expect(searched()[1]).toBeGreaterThan(1_000_000);
    expect(most).toBeGreaterThanOrEqual(200_000);
    expect(most).toBeLessThanOrEqual(240_000);
    expect(parts).toBeGreaterThan(10);
  });
});

describe('a run that outgrows its queues', () => {
  it('stops during the tick that needed more room, says where, and ran the same until then', () => {
    // The top of a 200-person hierarchy gets ~200 requests a tick and passes on one.
    const settings = settingsOf({ nodes: 200, load: 1, maxTicks: 500 });
    const limited = new Lab(settings);
    limited.maxQueued = 4096;
    limited.run();
    expect(limited.halted).toEqual({ tick: expect.any(Number), side: 'hierarchy', slots: 4096 });
    const { tick } = limited.halted!;
    expect(limited.done).toBe(true);
    expect(tick).toBeGreaterThan(5);
    expect(tick).toBeLessThan(500);
    // Every tick before it is the unlimited run's.
    const free = new Lab(settings);
    while (free.tick < tick) free.step();
    expect(free.halted).toBeNull();
    expect(limited.side('hierarchy').series.slice(0, tick)).toEqual(free.side('hierarchy').series);
    expect(limited.side('p2p').series.slice(0, tick)).toEqual(free.side('p2p').series);
    // Nothing more runs; the report and the CLI say why.
    limited.step();
    expect(limited.halted?.tick).toBe(tick);
    const report = simulate(settings, 1, false, 4096);
    expect(report.runs[0].halted).toEqual(limited.halted);
    expect(haltedMessage(limited.halted!)).toBe(
      `The run stopped during tick ${tick}: on the Hierarchy side more than 4,096 sends were waiting in queues, more than the lab can hold. A lower load, bond chance or capacity, or ties that do not adapt, keep it within bounds.`,
    );
    expect(simulate(settings, 1, false).runs[0].halted).toBeUndefined();
  });
});
