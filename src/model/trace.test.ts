import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageTrace, SparseTrace, TablePool } from './trace.ts';

// A sparse trace must answer exactly as a full record would, before and after it moves into one.

describe('a sparse trace', () => {
  it('answers every question as a full record does, whatever arrives in whatever order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.array(
          fc.record({
            person: fc.nat(),
            version: fc.constantFrom(0, 1),
            from: fc.integer({ min: -1, max: 399 }),
            hops: fc.nat(30),
          }),
          { maxLength: 300 },
        ),
        (n, arrivals) => {
          const full = new MessageTrace(n);
          let densified = 0;
          const record = new MessageTrace(n);
          const sparse = new SparseTrace(n, () => {
            densified++;
            return record;
          });
          arrivals.forEach(({ person, version, from, hops }, tick) => {
            const p = person % n;
            expect(sparse.receive(p, version, tick, from, hops)).toBe(
              full.receive(p, version, tick, from, hops),
            );
          });
          expect(sparse.heardCount).toBe(full.heardCount);
          for (let p = 0; p < n; p++) {
            expect(sparse.tickOf(p)).toBe(full.tickOf(p));
            expect(sparse.hopsOf(p)).toBe(full.hopsOf(p));
            expect(sparse.fromOf(p)).toBe(full.fromOf(p));
            expect(sparse.versionOf(p)).toBe(full.versionOf(p));
            expect(sparse.believesDistorted(p)).toBe(full.believesDistorted(p));
          }
          const everyone = Int32Array.from({ length: n }, (_, i) => i);
          const some = everyone.filter((p) => p % 3 === 0);
          expect(sparse.heardAll(everyone)).toBe(full.heardAll(everyone));
          expect(sparse.heardAll(some)).toBe(full.heardAll(some));
          // It moves into a full record once more than an eighth have heard, and only then.
          expect(densified).toBe(full.heardCount * 8 > n ? 1 : 0);
          if (densified) {
            // The record it moved into lists the same people as heard and counts the same copies.
            const heard = (t: MessageTrace) => [...t.heardOrder.subarray(0, t.heardCount)].sort();
            expect(heard(record)).toEqual(heard(full));
            expect(record.distortedTotal).toBe(full.distortedTotal);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the pool of sparse tables', () => {
  it('hands out tables that have forgotten their last message', () => {
    const pool = new TablePool();
    const n = 1000;
    const dense = () => new MessageTrace(n);
    // Fill one trace past several sizes, hand its table back, then start another on the same pool.
    const old = new SparseTrace(n, dense, pool);
    for (let p = 0; p < 100; p++) old.receive(p * 7, 1, p, p - 1, p);
    old.dispose();
    expect(old.tickOf(7)).toBe(-1);
    const fresh = new SparseTrace(n, dense, pool);
    const full = new MessageTrace(n);
    for (let p = 0; p < 100; p++) {
      expect(fresh.tickOf(p * 7)).toBe(-1);
      expect(fresh.receive(p * 3, 0, p, -1, 1)).toBe(full.receive(p * 3, 0, p, -1, 1));
    }
    for (let p = 0; p < n; p++) {
      expect(fresh.tickOf(p)).toBe(full.tickOf(p));
      expect(fresh.versionOf(p)).toBe(full.versionOf(p));
      expect(fresh.believesDistorted(p)).toBe(full.believesDistorted(p));
    }
  });
});
