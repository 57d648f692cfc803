import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fateOf, Flights, Outcome, type Rows } from './flights.ts';
import { graphOf } from './engineTesting.ts';
import { Lab } from './lab.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';

/** The records of `flights` as [from, to, version, outcome] rows. */
const rows = (f: Flights) =>
  Array.from({ length: f.count }, (_, i) => [f.from[i], f.to[i], f.version[i], f.outcome[i]]);

/** Every send of `flights`, fan-outs written out over `ties`: [from, to, version, outcome, message, hops]. */
function sends(f: Flights, ties: Rows): number[][] {
  const out: number[][] = [];
  f.eachSend(ties, (i, from, to, version, outcome) => {
    out.push([from, to, version, outcome, f.message[i], f.hops[i]]);
    return true;
  });
  return out;
}

describe('fan-outs in flight', () => {
  const graph = graphOf(5, [
    [0, 1],
    [0, 2],
    [0, 3],
    [2, 4],
    [3, 4],
  ]);

  it('are written out as the single sends along the sender’s row, all but the one it came from', () => {
    const f = new Flights(2);
    f.add(4, 2, 7, 0, 3);
    f.addFan(0, 2, 2, 7, 1, 1);
    f.addFan(4, -1, 2, 8, 0, 5);
    expect(f.count).toBe(3);
    expect(f.copies).toBe(5);
    expect(sends(f, graph)).toEqual([
      [4, 2, 0, Outcome.Pending, 7, 3],
      [0, 1, 1, Outcome.Pending, 7, 1],
      [0, 3, 1, Outcome.Pending, 7, 1],
      [4, 2, 0, Outcome.Pending, 8, 5],
      [4, 3, 0, Outcome.Pending, 8, 5],
    ]);
    // Once they landed, each send shows its own fate and the version it arrived as.
    f.fates[f.base[1]] = fateOf(Outcome.Lost, 1);
    f.fates[f.base[1] + 1] = fateOf(Outcome.Delivered, 0);
    const landed = sends(f, graph);
    expect(landed[1]).toEqual([0, 1, 1, Outcome.Lost, 7, 1]);
    expect(landed[2]).toEqual([0, 3, 0, Outcome.Delivered, 7, 1]);
    // Written out in place, they are single sends that read the same.
    f.expand(graph);
    expect(f.fans).toBe(0);
    expect(f.count).toBe(5);
    expect(sends(f, graph)).toEqual(landed);
    expect(rows(f)).toEqual(landed.map((send) => send.slice(0, 4)));
  });

  it('start pending in a reused record, whatever landed there the tick before', () => {
    const f = new Flights(2);
    f.addFan(0, -1, 3, 7, 0, 1);
    f.addFan(4, -1, 2, 8, 1, 2);
    f.fates.fill(fateOf(Outcome.Dropped, 1), 0, f.copies);
    f.clear();
    f.addFan(4, 3, 1, 9, 0, 1);
    f.addFan(0, 2, 2, 9, 0, 1);
    expect(sends(f, graph).map(([, , , outcome]) => outcome)).toEqual([
      Outcome.Pending,
      Outcome.Pending,
      Outcome.Pending,
    ]);
  });

  it('are written out in parts the same as at once, the records unchanged until the last part', () => {
    const make = () => {
      const f = new Flights(2);
      f.addFan(0, -1, 3, 7, 0, 1);
      f.add(4, 2, 7, 0, 3);
      f.addFan(4, 3, 1, 8, 1, 5);
      f.addFan(0, 1, 2, 9, 0, 2);
      return f;
    };
    const whole = make();
    whole.expand(graph);
    const parted = make();
    const before = sends(parted, graph);
    let parts = 1;
    while (!parted.expandSome(graph, 1)) {
      parts++;
      expect(parted.fans).toBe(3);
      expect(sends(parted, graph)).toEqual(before);
    }
    // A part ends at the first record past the budget: the fan-out of three is one part.
    expect(parts).toBe(4);
    expect(parted.fans).toBe(0);
    expect(rows(parted)).toEqual(rows(whole));
    expect(sends(parted, graph)).toEqual(before);
  });

  it('give the same runs, and the same sends on show, when written out at any moment', () => {
    const settings = fc.record({
      nodes: fc.integer({ min: 20, max: 150 }),
      seed: fc.nat(1000),
      load: fc.constantFrom(0, 0.01),
      adapt: fc.constantFrom('on', 'off'),
      loss: fc.constantFrom(0, 0.1),
      distortion: fc.constantFrom(0, 0.2),
      fail: fc.constantFrom(0, 0.1),
      repair: fc.constantFrom(1, 3),
      writeOut: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
    });
    let fans = 0;
    fc.assert(
      fc.property(settings, ({ writeOut, ...partial }) => {
        const s = { ...DEFAULT_SETTINGS, ...partial, capacity: Infinity, maxTicks: 12 } as Settings;
        const kept = new Lab(s);
        const written = new Lab(s);
        for (let t = 0; t < 12 && !kept.done; t++) {
          kept.step();
          written.step();
          for (let side = 0; side < 2; side++) {
            const a = kept.sides[side].engine;
            const b = written.sides[side].engine;
            fans += a.arrivals.fans;
            expect(sends(b.arrivals, b.ties)).toEqual(sends(a.arrivals, a.ties));
            // Written out now, as a change of ties would: nothing after may differ.
            if (writeOut[t]) b.ties.beforeChange?.(0, 1);
            expect(sends(b.flights, b.ties)).toEqual(sends(a.flights, a.ties));
          }
        }
        expect(JSON.stringify(written.sides.map((x) => x.series))).toBe(
          JSON.stringify(kept.sides.map((x) => x.series)),
        );
      }),
      { numRuns: 40 },
    );
    // The runs did send fan-outs (a flood's sends with unlimited capacity).
    expect(fans).toBeGreaterThan(40);
  });
});
