import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SparseTrace, TraceStore } from './sparseTrace.ts';
import { MessageTrace } from './trace.ts';

// A sparse trace must answer as a full record would (belief aside: it keeps the version first
// heard), however copies arrive and whenever it is asked.

/** Every answer of `sparse` against `full`, for everyone. */
function sameAnswers(sparse: SparseTrace, full: MessageTrace, n: number): void {
  expect(sparse.heardCount).toBe(full.heardCount);
  const answers = (t: SparseTrace | MessageTrace, belief: (p: number) => boolean) =>
    Array.from({ length: n }, (_, p) =>
      [t.tickOf(p), t.hopsOf(p), t.fromOf(p), t.versionOf(p), belief(p)].join(),
    );
  expect(answers(sparse, (p) => sparse.believesDistorted(p))).toEqual(
    answers(full, (p) => full.versionOf(p) === 1),
  );
  const everyone = Int32Array.from({ length: n }, (_, i) => i);
  const some = everyone.filter((p) => p % 3 === 0);
  expect(sparse.heardAll(everyone)).toBe(full.heardAll(everyone));
  expect(sparse.heardAll(some)).toBe(full.heardAll(some));
}

const arrival = fc.record({
  person: fc.nat(),
  version: fc.constantFrom(0, 1),
  from: fc.integer({ min: -1, max: 3999 }),
  hops: fc.nat(30),
  /** Ask about someone after this arrival (builds the log's index part way, then keeps it up). */
  ask: fc.boolean(),
});

describe('a sparse trace', () => {
  it('answers as a full record does, whatever arrives in whatever order, when asked at any point', () => {
    fc.assert(
      fc.property(
        // Up to 4,000 people and 1,500 arrivals: past the switch from a set to a bit per person.
        fc.integer({ min: 1, max: 4000 }),
        fc.array(arrival, { maxLength: 1500 }),
        (n, arrivals) => {
          const full = new MessageTrace(n);
          const sparse = new SparseTrace(n, new TraceStore());
          arrivals.forEach(({ person, version, from, hops, ask }, tick) => {
            const p = person % n;
            expect(sparse.receive(p, version, tick, from, hops)).toBe(
              full.receive(p, version, tick, from, hops),
            );
            if (ask) expect(sparse.fromOf((p * 7) % n)).toBe(full.fromOf((p * 7) % n));
          });
          sameAnswers(sparse, full, n);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('answers the same while the store they share grows, in place or copied', () => {
    for (const inPlace of [true, false]) {
      const store = new TraceStore(inPlace);
      const first = store.data.length;
      const n = 2000;
      const pairs = Array.from({ length: 60 }, () => ({
        sparse: new SparseTrace(n, store),
        full: new MessageTrace(n),
      }));
      for (let k = 0; k < 600; k++)
        pairs.forEach(({ sparse, full }, m) => {
          const p = (k * 37 + m * 11) % n;
          expect(sparse.receive(p, k & 1, k, m, k % 5)).toBe(full.receive(p, k & 1, k, m, k % 5));
        });
      // It grew (more than once), and every trace still answers as its full record does.
      expect(store.data.length).toBeGreaterThanOrEqual(4 * first);
      for (const { sparse, full } of pairs) sameAnswers(sparse, full, n);
    }
  });

  it('hands its blocks back: a trace that takes them over has forgotten the last message', () => {
    const store = new TraceStore();
    const n = 1000;
    // Fill one trace past several sizes (and its index, and a bit per person), then give it up.
    const old = new SparseTrace(n, store);
    for (let p = 0; p < 300; p++) old.receive(p * 3, 1, p, p - 1, p);
    expect(old.tickOf(3)).toBe(1);
    old.dispose();
    expect(old.tickOf(3)).toBe(-1);
    expect(old.heardCount).toBe(0);
    // Two new traces on the same store take its blocks; each answers only for its own message.
    const a = new SparseTrace(n, store);
    const b = new SparseTrace(n, store);
    const fullA = new MessageTrace(n);
    const fullB = new MessageTrace(n);
    for (let p = 0; p < 200; p++) {
      expect(a.receive(p * 5, 0, p, -1, 1)).toBe(fullA.receive(p * 5, 0, p, -1, 1));
      expect(b.receive(p * 2, 1, p, 4, 2)).toBe(fullB.receive(p * 2, 1, p, 4, 2));
    }
    sameAnswers(a, fullA, n);
    sameAnswers(b, fullB, n);
  });
});
