import { describe, expect, it } from 'vitest';
import type { LabEvent } from './events.ts';
import { Lab } from './lab.ts';
import { percentile, TickMeter } from './metrics.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';

const settingsOf = (changes: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...changes });
const run = (settings: Settings, events: LabEvent[] = []) => new Lab(settings, events).run();

describe('metric series', () => {
  it('counts kept up tick by tick equal a full count over everyone, through knock-outs and changing ties', () => {
    const cases: Array<[Partial<Settings>, LabEvent[]]> = [
      [{ nodes: 300, capacity: 2, distortion: 0.2, seed: 4 }, [
        { tick: 3, type: 'fail', node: 5 }, { tick: 6, type: 'restore', node: 5 },
        { tick: 4, type: 'knock-most', side: 'p2p', count: 3, by: 'ties' }]],
      [{ nodes: 200, adapt: 'on', bond: 0.3, fade: 4, traffic: 'requests', load: 0.05, seed: 9 }, [
        { tick: 2, type: 'fail', node: 0 }]],
      [{ nodes: 150, protocol: 'gossip', fanout: 2, fail: 0.1, seed: 2 }, []],
    ]; // prettier-ignore
    let compared = 0;
    for (const [changes, events] of cases) {
      const lab = new Lab(settingsOf({ maxTicks: 30, ...changes }), events);
      while (!lab.done) {
        lab.step();
        for (const side of lab.sides) {
          // A fresh meter counts everything from scratch; the lab's own has kept up tick by tick.
          expect(side.series[side.series.length - 1]).toEqual(new TickMeter(side.engine).measure());
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(60);
  });

  it('per-tick latency percentiles cover exactly the requests delivered that tick', () => {
    const lab = run(settingsOf({ traffic: 'requests', load: 0.03, maxTicks: 60, seed: 5 }));
    for (const side of lab.sides) {
      const all: number[] = [];
      let at = 0;
      const latencies = side.engine.latencies;
      for (const row of side.series) {
        const recent = latencies.slice(at, at + row.delivered).sort((a, b) => a - b);
        at += row.delivered;
        all.push(...recent);
        expect(row.latencyP50).toBe(percentile(recent, 0.5));
        expect(row.latencyP90).toBe(percentile(recent, 0.9));
        if (row.delivered === 0) expect(row.latencyP50).toBeNull();
      }
      expect(at).toBe(latencies.length);
      expect(all.length).toBeGreaterThan(20);
    }
  });

  it('a live change at tick 0 is the same run as starting with that setting', () => {
    const base = settingsOf({ traffic: 'requests', load: 0.02, maxTicks: 40, seed: 3 });
    const changes = [
      ['capacity', 3],
      ['loss', 0.2],
      ['distortion', 0.1],
      ['load', 0.05],
    ] as const;
    for (const [key, value] of changes) {
      const live = run(base, [{ tick: 0, type: 'set', key, value }]);
      const fromStart = run({ ...base, [key]: value });
      expect(live.sides.map((s) => s.series)).toEqual(fromStart.sides.map((s) => s.series));
    }
  });

  it('a live change at tick 10 leaves ticks 0–9 alone and changes what follows', () => {
    const base = settingsOf({ traffic: 'requests', load: 0.04, maxTicks: 40, seed: 3 });
    const plain = run(base);
    const changed = run(base, [{ tick: 10, type: 'set', key: 'capacity', value: 5 }]);
    for (let s = 0; s < 2; s++) {
      expect(changed.sides[s].series.slice(0, 10)).toEqual(plain.sides[s].series.slice(0, 10));
    }
    // More capacity drains the hierarchy's queues.
    const queued = (lab: Lab) => lab.sides[0].series[39].queued;
    expect(queued(changed)).toBeLessThan(queued(plain));
  });
});
