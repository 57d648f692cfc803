import type { Network } from '../model/networks/index.ts';
import type { LayoutKind } from './layoutNow.ts';

/**
 * A network on its way to the layout worker. Posting a message copies what it holds, all in the
 * task that posts it: a complete network of 2,449 people has 6 million entries in its tie list,
 * and copying them kept the page from answering for ~75 ms. So a long tie list goes in pieces of
 * `PIECE` entries, one message each, each posted in a task of its own; the worker puts them back
 * together (`Assembler`) and lays the network out once the last has come.
 */
export type LayoutMessage =
  | { id: number; kind: LayoutKind; network: Network; ties?: number }
  | { id: number; at: number; piece: Int32Array }
  | { id: number; cancel: true };

/** Entries of the tie list a message carries at most. */
export const PIECE = 1 << 19;

/** The messages that carry `network` (its tie list in pieces if long), in the order to post them. */
export function* layoutMessages(
  id: number,
  kind: LayoutKind,
  network: Network,
  piece = PIECE,
): Generator<LayoutMessage> {
  const { neighbors } = network.graph;
  if (neighbors.length <= piece) {
    yield { id, kind, network };
    return;
  }
  const graph = { ...network.graph, neighbors: new Int32Array(0) };
  yield { id, kind, network: { ...network, graph }, ties: neighbors.length };
  for (let at = 0; at < neighbors.length; at += piece)
    yield { id, at, piece: neighbors.slice(at, at + piece) };
}

/** Puts networks sent in pieces back together, in the worker. */
export class Assembler {
  private readonly waiting = new Map<
    number,
    { kind: LayoutKind; network: Network; left: number }
  >();

  /** Takes one message; returns a whole request once it has all of it, else null. */
  receive(message: LayoutMessage): { id: number; kind: LayoutKind; network: Network } | null {
    if ('cancel' in message) {
      this.waiting.delete(message.id);
      return null;
    }
    if ('piece' in message) {
      const whole = this.waiting.get(message.id);
      if (!whole) return null;
      (whole.network.graph.neighbors as Int32Array).set(message.piece, message.at);
      whole.left -= message.piece.length;
      if (whole.left > 0) return null;
      this.waiting.delete(message.id);
      return { id: message.id, kind: whole.kind, network: whole.network };
    }
    const { id, kind, network, ties } = message;
    if (ties === undefined) return { id, kind, network };
    const graph = { ...network.graph, neighbors: new Int32Array(ties) };
    this.waiting.set(id, { kind, network: { ...network, graph }, left: ties });
    return null;
  }
}
