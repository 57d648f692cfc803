/// <reference lib="webworker" />
import type { Network } from '../model/networks/index.ts';
import { layoutHierarchy } from './hierarchyLayout.ts';
import { layoutPeers } from './peerLayout.ts';

export interface LayoutRequest {
  id: number;
  kind: 'hierarchy' | 'peers';
  network: Network;
}

/** Settles a large graph's layout off the main thread; the positions come back as transferred arrays. */
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, kind, network } = event.data;
  const positions = kind === 'hierarchy' ? layoutHierarchy(network) : layoutPeers(network);
  self.postMessage({ id, x: positions.x, y: positions.y }, [
    positions.x.buffer,
    positions.y.buffer,
  ]);
};
