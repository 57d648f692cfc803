import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EdgeList } from './graph.ts';
import { Router } from './routing.ts';
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
