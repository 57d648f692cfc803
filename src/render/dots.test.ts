import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fateOf, Flights, Outcome } from '../model/flights.ts';
import { graphOf } from '../model/engineTesting.ts';
import { DotSet } from './dots.ts';
import { over } from './splat.ts';

/** Flights from [from, to, version, outcome] rows. */
function flights(rows: Array<[number, number, number, Outcome]>): Flights {
  const f = new Flights();
  rows.forEach(([from, to, version, outcome], i) => {
    f.add(from, to, i, version);
    f.outcome[i] = outcome;
  });
  return f;
}

/** No ties: for sends that hold no fan-out. */
const none = { offsets: new Int32Array(0), ends: new Int32Array(0), neighbors: new Int32Array(0) };

/** The dots of `set` as [from, to, version, outcome] rows. */
const dotRows = (set: DotSet) =>
  Array.from({ length: set.count }, (_, d) => [
    set.from[d],
    set.to[d],
    set.version[d],
    set.outcome[d],
  ]);

describe('one dot per tie, version and fate', () => {
  it('sends along the same tie with the same version and fate share a dot; any difference keeps its own', () => {
    const f = flights([
      [0, 1, 0, Outcome.Delivered],
      [0, 1, 0, Outcome.Delivered], // same as the first
      [1, 0, 0, Outcome.Delivered], // the other way along the tie
      [0, 1, 1, Outcome.Delivered], // distorted
      [0, 1, 0, Outcome.Lost],
      [0, 1, 0, Outcome.Dropped],
      [0, 1, 0, Outcome.Lost], // same as the lost one
      [2, 3, 0, Outcome.Delivered],
    ]);
    const dots = new DotSet().of(f, none, 4, 7);
    expect(dotRows(dots)).toEqual([
      [0, 1, 0, Outcome.Delivered],
      [1, 0, 0, Outcome.Delivered],
      [0, 1, 1, Outcome.Delivered],
      [0, 1, 0, Outcome.Lost],
      [0, 1, 0, Outcome.Dropped],
      [2, 3, 0, Outcome.Delivered],
    ]);
  });

  it('a flood collapses to at most the directed ties × versions × fates, and is worked out again for a new tick', () => {
    const n = 50;
    const rows: Array<[number, number, number, Outcome]> = [];
    for (let m = 0; m < 40; m++)
      for (let v = 0; v < n; v++) rows.push([v, (v + 1) % n, m % 2, Outcome.Delivered]);
    const set = new DotSet();
    const f = flights(rows);
    expect(set.of(f, none, n, 3).count).toBe(2 * n);
    f.count = n; // the next tick's sends, fewer
    expect(set.of(f, none, n, 4).count).toBe(n);
  });

  it('fan-outs give the dots their sends written out would', () => {
    const rows = graphOf(6, [
      [0, 1],
      [0, 2],
      [0, 3],
      [2, 4],
      [3, 4],
      [4, 5],
    ]);
    const f = new Flights();
    f.addFan(0, 2, 2, 0, 0, 1);
    f.add(0, 1, 1, 1, 1);
    f.addFan(4, 5, 2, 0, 0, 2);
    f.addFan(4, -1, 3, 1, 0, 2);
    // Some have landed: one of the first fan-out's sends lost, one of the last dropped.
    f.fates[f.base[0]] = fateOf(Outcome.Lost, 0);
    f.fates[f.base[3] + 2] = fateOf(Outcome.Dropped, 0);
    const direct = dotRows(new DotSet().of(f, rows, 6, 1));
    f.expand(rows);
    expect(direct).toEqual(dotRows(new DotSet().of(f, none, 6, 1)));
    expect(direct).toContainEqual([0, 1, 0, Outcome.Lost]);
    expect(direct).toContainEqual([4, 5, 0, Outcome.Dropped]);
  });
});

describe('the dots of sends in sender order (as the engine adds them)', () => {
  it('are exactly the first send of each distinct (sender, receiver, version, fate)', () => {
    const send = fc.tuple(
      fc.nat(30),
      fc.nat(30),
      fc.constantFrom(0, 1),
      fc.constantFrom(Outcome.Delivered, Outcome.Lost, Outcome.Dropped),
    );
    fc.assert(
      fc.property(fc.array(send, { maxLength: 200 }), fc.boolean(), (rows, sorted) => {
        if (sorted) rows.sort((a, b) => a[0] - b[0]);
        const set = new DotSet();
        // Twice over the same set, for two ticks: stamps left from the first must not hide the second's.
        for (const tick of [1, 2]) {
          const dots = set.of(flights(rows), none, 31, tick);
          const firsts = new Map<string, number>();
          rows.forEach(([from, to, version, fate], i) => {
            const key = `${from} ${to} ${version} ${fate}`;
            if (!firsts.has(key)) firsts.set(key, i);
          });
          expect(dotRows(dots)).toEqual([...firsts.values()].map((i) => rows[i]));
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stamping a pixel over another', () => {
  const rgba = (r: number, g: number, b: number, a: number) =>
    ((a << 24) | (b << 16) | (g << 8) | r) >>> 0;
  const parts = (c: number) => [c & 255, (c >>> 8) & 255, (c >>> 16) & 255, c >>> 24];

  it('half-transparent red over opaque blue is purple and opaque', () => {
    expect(parts(over(rgba(255, 0, 0, 128), 128, rgba(0, 0, 255, 255)))).toEqual([
      128, 0, 127, 255,
    ]);
  });

  it('over a half-transparent pixel the alphas add as a + b(1 − a), the colours weighted by them', () => {
    const [r, g, b, a] = parts(over(rgba(255, 255, 255, 128), 128, rgba(0, 0, 0, 128)));
    expect(a).toBe(Math.round(128 + 128 * (1 - 128 / 255)));
    // White weighted 128, black weighted 128·(1 − 128/255) ≈ 64: about two thirds white.
    for (const c of [r, g, b]) expect(c).toBeCloseTo((255 * 128) / (128 + 128 * (127 / 255)), -1);
  });
});
