import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bfsDistances } from './analysis.ts';
import { EdgeList } from './graph.ts';
import { CACHE_LIMIT, Router } from './routing.ts';
import { INFORMAL, TieGraph } from './ties.ts';

describe('routes over ties that change', () => {
  it('stay exactly those of a router built afresh, whatever ties form and go', () => {
    const n = 24;
    const pair = fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.integer({ min: 0, max: n - 1 }));
    fc.assert(
      fc.property(
        fc.array(pair, { minLength: 10, maxLength: 60 }),
        fc.array(fc.tuple(fc.boolean(), pair), { minLength: 1, maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        (start, changes, up) => {
          const list = new EdgeList(n);
          for (const [u, v] of start) list.add(u, v);
          const ties = new TieGraph(list.build());
          const working = Uint8Array.from(up, (b, i) => (b || i % 3 === 0 ? 1 : 0));
          const router = new Router(ties, working);
          const check = () => {
            const fresh = new Router(ties, working);
            for (let from = 0; from < n; from += 3)
              for (let to = 0; to < n; to += 2)
                expect(router.route(from, to)).toEqual(fresh.route(from, to));
          };
          check(); // fills the router's tables
          for (const [add, [u, v]] of changes) {
            if (u === v) continue;
            const id = ties.tieBetween(u, v);
            if (add && id < 0) {
              ties.add(u, v, INFORMAL, 0);
              router.tieAdded(u, v);
            } else if (!add && id >= 0) {
              ties.remove(id);
              router.tieDropped(u, v);
            }
            check();
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('keeps each row sorted and both ends of a tie in step as ties are added and dropped', () => {
    const ties = new TieGraph(new EdgeList(6).build());
    ties.add(3, 1, INFORMAL, 0);
    ties.add(3, 5, INFORMAL, 0);
    ties.add(3, 0, INFORMAL, 0);
    ties.add(3, 4, INFORMAL, 0);
    ties.add(3, 2, INFORMAL, 0); // the row outgrows its first room
    expect([...ties.neighbors.subarray(ties.offsets[3], ties.ends[3])]).toEqual([0, 1, 2, 4, 5]);
    ties.remove(ties.tieBetween(1, 3));
    expect([...ties.neighbors.subarray(ties.offsets[3], ties.ends[3])]).toEqual([0, 2, 4, 5]);
    expect(ties.has(1, 3)).toBe(false);
    expect(ties.count).toBe(4);
    expect([...ties.informal]).toEqual([1, 0, 1, 4, 1, 1]);
  });
});

describe('routes with more addressees under way than the tables have room for', () => {
  it('stay exact as the tables read longest ago make room, and as someone fails', () => {
    // A ring of 100,000 with a chord every 1,000: room for CACHE_LIMIT / n ≈ 83 tables.
    const n = 100_000;
    const list = new EdgeList(n);
    for (let v = 0; v < n; v++) list.add(v, (v + 1) % n);
    for (let v = 0; v < n; v += 1000) list.add(v, (v + 50_000) % n);
    const ties = new TieGraph(list.build());
    const working = new Uint8Array(n).fill(1);
    const router = new Router(ties, working);
    const addressees = Array.from({ length: 120 }, (_, i) => (i * 7919) % n);
    expect(addressees.length * n).toBeGreaterThan(CACHE_LIMIT);
    // The answer by definition: the lowest-id working neighbour one step closer, by a plain search.
    const expected = (from: number, dist: Int32Array) => {
      const d = dist[from];
      if (d <= 0) return -1;
      for (let k = ties.offsets[from]; k < ties.ends[from]; k++) {
        const v = ties.neighbors[k];
        if (dist[v] === d - 1 && working[v]) return v;
      }
      return -1;
    };
    const check = () => {
      // Each addressee from two places, round and round: every table is needed again later.
      for (const to of addressees) {
        const dist = bfsDistances(ties, to, working);
        for (const from of [3, 40_000]) expect(router.nextHop(from, to)).toBe(expected(from, dist));
      }
    };
    check();
    check();
    working[40_001] = 0;
    router.invalidate();
    check();
  }, 60_000);
});
