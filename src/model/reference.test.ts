import { describe, expect, it } from 'vitest';
import { Lab } from './lab.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';
import { referenceBroadcast } from './reference.ts';

/** The lab's series for these settings beside the reference's, on the same networks and starts. */
function both(settings: Settings) {
  const lab = new Lab(settings).run();
  return lab.sides.map((side) => {
    const { origin, startTick } = side.engine.messages;
    const ticks = side.series.length;
    const reference = referenceBroadcast(
      side.network.graph,
      settings.capacity,
      origin,
      startTick,
      ticks,
    );
    const lab = side.series.map(({ informed, sends, redundant, queued, maxQueue, maxQueueNode }) => ({
      informed, sends, redundant, queued, maxQueue, maxQueueNode,
    })); // prettier-ignore
    return { name: side.name, lab, reference, messages: origin.length };
  });
}

describe('the engine against a plain implementation of the broadcast rules', () => {
  const kinds = ['small-world', 'communities', 'random', 'scale-free'] as const;
  for (const capacity of [1, 2, 5, Infinity])
    for (const load of [0, 0.02]) {
      it(`gives the same ticks with capacity ${capacity}, load ${load}`, () => {
        kinds.forEach((p2p, i) => {
          const settings: Settings = {
            ...DEFAULT_SETTINGS,
            nodes: 150 + 40 * i,
            p2p,
            span: 2 + i,
            hierarchy: i % 2 ? 'varied' : 'balanced',
            degree: 4 + 2 * i,
            capacity,
            load,
            seed: 7 + i,
            maxTicks: 60,
          };
          for (const { name, lab, reference, messages } of both(settings)) {
            expect(lab, `${name}, ${p2p}`).toEqual(reference);
            // Not an empty comparison: messages flowed, and under load queues formed.
            expect(lab.at(-1)!.informed).toBeGreaterThan(1);
            if (load > 0) expect(messages).toBeGreaterThan(10);
          }
        });
      });
    }

  it('covers a backlog: at capacity 1 under load, queues grow and copies arrive twice', () => {
    const settings = { ...DEFAULT_SETTINGS, nodes: 300, capacity: 1, load: 0.02, maxTicks: 50 };
    for (const { lab, reference } of both(settings)) {
      expect(lab).toEqual(reference);
      expect(lab.at(-1)!.maxQueue).toBeGreaterThan(20);
      expect(lab.at(-1)!.queued).toBeGreaterThan(lab[10].queued);
    }
    const [, p2p] = both(settings);
    expect(p2p.lab.reduce((sum, t) => sum + t.redundant, 0)).toBeGreaterThan(100);
  });
});
