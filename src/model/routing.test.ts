import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bfsDistances } from './analysis.ts';
import { EdgeList, type Graph } from './graph.ts';
import { buildPeerNetwork } from './networks/index.ts';
import { DEFAULT_SETTINGS } from './params.ts';
import { Router } from './routing.ts';
import { INFORMAL, TieGraph } from './ties.ts';

/**
 * The next hop by definition: a search over everyone from the addressee, then the first working
 * neighbour in the row one step closer (the router finds it with a search from both ends).
 */
function expected(graph: Graph, working: Uint8Array, from: number, to: number): number {
  if (!working[to]) return -1;
  const dist = bfsDistances(graph, to, working);
  const d = dist[from];
  if (d <= 0) return -1;
  for (let k = graph.offsets[from]; k < graph.ends[from]; k++) {
    const v = graph.neighbors[k];
    if (dist[v] === d - 1 && working[v]) return v;
  }
  return -1;
}

describe('routes over ties that change', () => {
  it('are exactly the lowest-id shortest ways, whatever ties form and go and whoever is out', () => {
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
            for (let from = 0; from < n; from++)
              for (let to = 0; to < n; to += 2)
                expect(router.nextHop(from, to)).toBe(expected(ties, working, from, to));
            // Requests on their way (one per pair), each hop as the definition has it.
            for (let from = 1; from < n; from += 3)
              for (let to = 0; to < n; to += 5)
                for (let u = from, hops = 0; u >= 0 && u !== to && hops < n; hops++) {
                  const next = router.nextHopOf(from * n + to, u, to);
                  expect(next).toBe(expected(ties, working, u, to));
                  u = next;
                }
          };
          check();
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

  it('a request follows its route, and takes a new one when the network changes on the way', () => {
    // A ring of 12 with a chord 0–6: from 2 to 8 the way is 2, 1, 0, 6, 7, 8.
    const list = new EdgeList(12);
    for (let v = 0; v < 12; v++) list.add(v, (v + 1) % 12);
    list.add(0, 6);
    const ties = new TieGraph(list.build());
    const working = new Uint8Array(12).fill(1);
    const router = new Router(ties, working);
    expect(router.route(2, 8)).toEqual([2, 1, 0, 6, 7, 8]);
    expect(router.nextHopOf(7, 2, 8)).toBe(1);
    expect(router.nextHopOf(7, 1, 8)).toBe(0);
    const searches = router.built;
    expect(router.nextHopOf(7, 0, 8)).toBe(6);
    expect(router.built).toBe(searches); // followed, not searched again
    // 7 goes out while the request is at 6: it goes round the other way.
    working[7] = 0;
    router.invalidate();
    expect(router.nextHopOf(7, 6, 8)).toBe(0);
    expect(router.nextHopOf(7, 0, 8)).toBe(11);
    expect(router.route(6, 8)).toEqual([6, 0, 11, 10, 9, 8]);
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

describe('routes in a big network', () => {
  it('are the lowest-id shortest ways for many addressees, and after someone fails', () => {
    // A ring of 100,000 with a chord every 1,000: a search over everyone is 100,000 people.
    const n = 100_000;
    const list = new EdgeList(n);
    for (let v = 0; v < n; v++) list.add(v, (v + 1) % n);
    for (let v = 0; v < n; v += 1000) list.add(v, (v + 50_000) % n);
    const ties = new TieGraph(list.build());
    const working = new Uint8Array(n).fill(1);
    const router = new Router(ties, working);
    const addressees = Array.from({ length: 60 }, (_, i) => (i * 7919) % n);
    const check = () => {
      for (const to of addressees)
        for (const from of [3, 40_000])
          expect(router.nextHop(from, to)).toBe(expected(ties, working, from, to));
    };
    check();
    working[40_001] = 0;
    router.invalidate();
    check();
  }, 60_000);
});

describe('a route search', () => {
  it('looks at a few hundred of 10,000 people in a small world, not all of them', () => {
    const settings = { ...DEFAULT_SETTINGS, nodes: 10_000 };
    const ties = new TieGraph(buildPeerNetwork(settings).graph);
    const working = new Uint8Array(ties.n).fill(1);
    const router = new Router(ties, working);
    for (let i = 0; i < 200; i++) {
      const [from, to] = [(i * 7919) % ties.n, (i * 104_729 + 5) % ties.n];
      expect(router.nextHop(from, to)).toBe(expected(ties, working, from, to));
    }
    // About 2·√(n · mean degree) = 400 (the budget's estimate); everyone would be 10,000.
    expect(router.searched / router.built).toBeLessThan(1000);
  });
});
