import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tickWork } from './budget.ts';
import { Lab } from './lab.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';

// The page's budget rests on an estimate of each tick's work made from the settings alone, before
// anything is built. Here it is held against the work a run really does, counted (not timed, so
// the check does not depend on the machine): people looked at, messages passed on, route
// searches times one pass over the network each, and the per-person records new broadcasts keep.
// (A search now looks at far fewer people than a pass, so for requests this counts the work as
// the estimate does, which keeps its old unit on purpose: see `tickWork`.)

const settingsArb = fc.record({
  nodes: fc.integer({ min: 30, max: 300 }),
  p2p: fc.constantFrom('small-world', 'random', 'scale-free', 'communities', 'complete'),
  degree: fc.integer({ min: 2, max: 12 }),
  traffic: fc.constantFrom('broadcast', 'requests'),
  load: fc.double({ min: 0.005, max: 0.3, noNaN: true }),
  capacity: fc.constantFrom(1, 3, Infinity),
  protocol: fc.constantFrom('flood', 'gossip', 'rounds'),
  loss: fc.constantFrom(0, 0.2),
  seed: fc.integer({ min: 0, max: 9999 }),
});

/** The work of each of the first `ticks` ticks, counted as `tickWork` counts it. */
function measured(settings: Settings, ticks: number): number[] {
  const lab = new Lab(settings);
  const { visits, pass } = tickWork(settings);
  const built = () => lab.sides.reduce((sum, side) => sum + side.engine.router.built, 0);
  const messages = () => lab.sides.reduce((sum, side) => sum + side.engine.messages.count, 0);
  // A broadcast keeps at most five entries per person (per side) while it lives (fewer while few
  // have heard it: its trace is sparse until then); a request none.
  const perMessage = settings.traffic === 'broadcast' ? 5 * settings.nodes : 0;
  const work: number[] = [];
  for (let i = 0, before = 0, sent = 0; i < ticks; i++) {
    lab.step();
    const sends = lab.sides.reduce(
      (sum, side) => sum + side.series[side.series.length - 1].sends,
      0,
    );
    work.push(visits + sends + (built() - before) * pass + (messages() - sent) * perMessage);
    before = built();
    sent = messages();
  }
  return work;
}

describe("the budget's estimate of a tick", () => {
  it('is never far below the work of the worst tick, for any settings (small sizes)', () => {
    fc.assert(
      fc.property(settingsArb, (picked) => {
        const settings = { ...DEFAULT_SETTINGS, ...picked, maxTicks: 1000 } as Settings;
        const w = tickWork(settings);
        const estimate = w.visits + w.sends + w.tables * w.pass + w.traces;
        const work = measured(settings, 40);
        const worst = work.reduce((a, b) => Math.max(a, b), 0);
        const mean = work.reduce((a, b) => a + b, 0) / work.length;
        // Give or take a few passes over the network (a handful of searches: nothing, in time).
        const slack = 8 * w.pass;
        expect(worst).toBeLessThanOrEqual(10 * estimate + slack);
        expect(mean).toBeLessThanOrEqual(5 * estimate + slack);
      }),
      { numRuns: 30 },
    );
  }, 60_000);

  it('is within a factor of 10 of the worst tick where the cost lies: flooding under load, no cap, no loss', () => {
    fc.assert(
      fc.property(settingsArb, (picked) => {
        const settings = {
          ...DEFAULT_SETTINGS,
          ...picked,
          load: Math.max(0.02, picked.load),
          protocol: 'flood',
          capacity: Infinity,
          loss: 0,
          maxTicks: 1000,
        } as Settings;
        const w = tickWork(settings);
        const estimate = w.visits + w.sends + w.tables * w.pass + w.traces;
        const worst = measured(settings, 40).reduce((a, b) => Math.max(a, b), 0);
        const slack = 8 * w.pass;
        expect(estimate).toBeLessThanOrEqual(10 * worst + slack);
        expect(worst).toBeLessThanOrEqual(10 * estimate + slack);
      }),
      { numRuns: 30 },
    );
  }, 60_000);
});
