import { describe, expect, it } from 'vitest';
import { settingsOf } from './engineTesting.ts';
import { Lab } from './lab.ts';
import { Memory } from './memory.ts';
import type { Settings } from './params.ts';

/** What a run did: every tick's series, and what each side knows of every message still kept. */
function fingerprint(lab: Lab) {
  return lab.sides.map(({ series, engine }) => {
    const n = engine.graph.n;
    const kept: number[][] = [];
    engine.messages.eachKeptBroadcast((m, trace) => {
      const row = [m, trace.heardCount];
      for (let v = 0; v < n; v += 7) row.push(trace.tickOf(v), trace.fromOf(v), trace.hopsOf(v));
      kept.push(row);
    });
    return { series, kept, latencies: engine.latencies, messages: engine.messages.count };
  });
}

const runs: Array<Partial<Settings>> = [
  { nodes: 400, capacity: 1, load: 0.02, maxTicks: 60 },
  { nodes: 300, capacity: Infinity, load: 0.02, maxTicks: 40 },
  { nodes: 300, capacity: 2, load: 0.03, protocol: 'gossip', maxTicks: 40 },
  { nodes: 300, capacity: 1, load: 0.01, traffic: 'requests', maxTicks: 40 },
  { nodes: 300, capacity: 3, load: 0.02, adapt: 'on', bond: 0.2, fail: 0.1, maxTicks: 40 },
  { nodes: 350, capacity: 1, load: 0.02, loss: 0.1, distortion: 0.1, maxTicks: 50 },
];

describe('memory handed from one run to the next', () => {
  it('changes no run: each gives what it gives on fresh memory, after any other', () => {
    const memory = new Memory();
    // A big, busy run first, so what follows takes blocks it wrote all over.
    const busy = settingsOf({ nodes: 600, capacity: 1, load: 0.05, maxTicks: 80 });
    new Lab(busy, [], undefined, memory).run().dispose();
    for (const changes of [...runs, ...runs.slice().reverse()]) {
      const settings = settingsOf(changes);
      const fresh = fingerprint(new Lab(settings).run());
      const lab = new Lab(settings, [], undefined, memory).run();
      expect(fingerprint(lab), JSON.stringify(changes)).toEqual(fresh);
      lab.dispose();
    }
    // Not a comparison of two fresh runs: the arrays were taken again.
    expect(memory.reused).toBeGreaterThan(50);
  });

  it('gives the same store back to the next run, and no run may be stepped once disposed', () => {
    const memory = new Memory();
    const settings = settingsOf({ nodes: 300, capacity: 1, load: 0.02, maxTicks: 30 });
    const lab = new Lab(settings, [], undefined, memory).run();
    lab.dispose();
    expect(() => lab.step()).toThrow(/disposed/);
    const before = memory.reused;
    new Lab(settings, [], undefined, memory).run();
    // The queues' four arrays per side, the first message's three, the sparse store: all again.
    expect(memory.reused - before).toBeGreaterThanOrEqual(2 * (4 + 3 + 1));
  });

  it('keeps no more than its limit', () => {
    const memory = new Memory(1000);
    memory.give(new Int32Array(200));
    memory.give(new Int32Array(200));
    expect(memory.int32(200).length).toBe(200);
    expect(memory.reused).toBe(1);
    // The second was over the limit (800 + 800 bytes), so this one is new.
    memory.int32(200);
    expect(memory.reused).toBe(1);
  });

  it('hands back zeros', () => {
    const memory = new Memory();
    memory.give(new Int32Array(16).fill(7));
    expect([...memory.int32(16)]).toEqual(new Array(16).fill(0));
  });
});
