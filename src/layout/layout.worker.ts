/// <reference lib="webworker" />
import type { Network } from '../model/networks/index.ts';
import { layoutNow, type LayoutKind } from './layoutNow.ts';

export interface LayoutRequest {
  id: number;
  kind: LayoutKind;
  network: Network;
}

/** Settles a large graph's layout off the main thread; the positions come back as transferred arrays. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, kind, network } = event.data;
  const positions = layoutNow(network, kind);
  self.postMessage({ id, x: positions.x, y: positions.y }, [
    positions.x.buffer,
    positions.y.buffer,
  ]);
};
