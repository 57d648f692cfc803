/// <reference lib="webworker" />
import { Assembler, type LayoutMessage } from './chunks.ts';
import { layoutNow } from './layoutNow.ts';

const assembler = new Assembler();

/**
 * Settles a large graph's layout off the main thread (the network may come in pieces:
 * `chunks.ts`); the positions go back as transferred arrays.
 */
self.onmessage = (event: MessageEvent<LayoutMessage>) => {
  const request = assembler.receive(event.data);
  if (!request) return;
  const positions = layoutNow(request.network, request.kind);
  self.postMessage({ id: request.id, x: positions.x, y: positions.y }, [
    positions.x.buffer,
    positions.y.buffer,
  ]);
};
