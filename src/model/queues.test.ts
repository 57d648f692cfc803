import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphOf } from './engineTesting.ts';
import { FAN, fanSize, fanTarget, SendQueues, sendsIn } from './queues.ts';
import { TieGraph } from './ties.ts';

/** One queued send as the engine reads it: [message, target, via, meta]. */
type Send = [number, number, number, number];

describe('send queues holding fan-outs', () => {
  // People 0–5; person 0 has five contacts, so a fan-out that skips one of them has four sends.
  const ties = new TieGraph(
    graphOf(6, [
      [0, 1],
      [0, 2],
      [0, 3],
      [0, 4],
      [0, 5],
      [1, 2],
      [2, 3],
    ]),
  );

  /** Operations: queue a send or a fan-out, take one send, take a whole slot, or write fans out. */
  const operation = fc.oneof(
    fc.record({
      op: fc.constant('push' as const),
      person: fc.nat(5),
      message: fc.nat(9),
      fan: fc.boolean(),
      via: fc.integer({ min: -1, max: 5 }),
    }),
    fc.record({ op: fc.constant('takeOne' as const), person: fc.nat(5) }),
    fc.record({ op: fc.constant('shift' as const), person: fc.nat(5) }),
    fc.record({ op: fc.constant('expand' as const), person: fc.nat(5) }),
  );

  it('give the same sends, in the same order, as each send queued on its own', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (ops) => {
        const queues = new SendQueues(6);
        // The same queues with every send on its own.
        const plain: Send[][] = Array.from({ length: 6 }, () => []);
        const out = new Int32Array(4);
        for (const o of ops) {
          if (o.op === 'push') {
            const size = fanSize(ties, o.person, o.via);
            if (o.fan && size > 0) {
              queues.push(o.person, o.message, FAN - size, o.via, 7);
              for (let k = 0; k < size; k++)
                plain[o.person].push([o.message, fanTarget(ties, o.person, o.via, k), o.via, 7]);
            } else {
              queues.push(o.person, o.message, 5 - o.person, o.via, 3);
              plain[o.person].push([o.message, 5 - o.person, o.via, 3]);
            }
          } else if (o.op === 'takeOne') {
            const took = queues.takeOne(o.person, out);
            expect(took).toBe(plain[o.person].length > 0);
            if (!took) continue;
            let to = out[1];
            if (to <= FAN) {
              // A fan-out's next send: number size − left of its row (skipping via).
              const size = fanSize(ties, o.person, out[2]);
              to = fanTarget(ties, o.person, out[2], size - sendsIn(to));
            }
            expect([out[0], to, out[2], out[3]]).toEqual(plain[o.person].shift());
          } else if (o.op === 'shift') {
            // A whole slot: a single send, or all a fan-out has left.
            const took = queues.shift(o.person, out);
            expect(took).toBe(plain[o.person].length > 0);
            if (took) plain[o.person].splice(0, sendsIn(out[1]));
          } else {
            queues.expandFans(ties, o.person);
          }
          for (let v = 0; v < 6; v++) expect(queues.length[v]).toBe(plain[v].length);
          expect(queues.total).toBe(plain.reduce((all, q) => all + q.length, 0));
        }
        // Written out, every slot is one send: the queues read exactly as the plain ones.
        for (let v = 0; v < 6; v++) {
          queues.expandFans(ties, v);
          const rest: Send[] = [];
          while (queues.shift(v, out)) rest.push([out[0], out[1], out[2], out[3]]);
          expect(rest).toEqual(plain[v]);
        }
      }),
      { numRuns: 400 },
    );
  });
});
