import { describe, expect, it } from 'vitest';
import { buildPeerNetwork } from '../model/networks/index.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { Assembler, layoutMessages } from './chunks.ts';

const network = buildPeerNetwork({ ...DEFAULT_SETTINGS, nodes: 300, degree: 6 });

describe('a network sent to the layout worker in pieces', () => {
  it('comes back together whole, whatever the size of the pieces', () => {
    for (const piece of [7, 100, 1799, network.graph.neighbors.length]) {
      const assembler = new Assembler();
      const messages = [...layoutMessages(3, 'peers', network, piece)];
      expect(messages.length).toBe(
        piece >= network.graph.neighbors.length
          ? 1
          : 1 + Math.ceil(network.graph.neighbors.length / piece),
      );
      const results = messages.map((m) => assembler.receive(m));
      // Only the last message completes it.
      expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
      const whole = results[results.length - 1]!;
      expect(whole.id).toBe(3);
      expect(whole.kind).toBe('peers');
      expect(whole.network.graph.neighbors).toEqual(network.graph.neighbors);
      expect(whole.network.graph.offsets).toEqual(network.graph.offsets);
    }
  });

  it('forgets a request cancelled part way, and keeps others apart', () => {
    const assembler = new Assembler();
    const first = [...layoutMessages(1, 'peers', network, 500)];
    const second = [...layoutMessages(2, 'peers', network, 500)];
    assembler.receive(first[0]);
    assembler.receive(second[0]);
    assembler.receive(first[1]);
    assembler.receive({ id: 1, cancel: true });
    expect(first.slice(2).map((m) => assembler.receive(m))).toEqual(first.slice(2).map(() => null));
    const done = second.slice(1).map((m) => assembler.receive(m));
    expect(done[done.length - 1]?.network.graph.neighbors).toEqual(network.graph.neighbors);
  });
});
