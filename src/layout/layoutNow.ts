import type { Network } from '../model/networks/index.ts';
import { layoutHierarchy } from './hierarchyLayout.ts';
import { layoutPeers } from './peerLayout.ts';
import type { Positions } from './positions.ts';

/** An org chart drawn top to bottom, or peers settled by forces. */
export type LayoutKind = 'hierarchy' | 'peers';

/** Positions at once, on this thread (the worker calls the same). */
export function layoutNow(network: Network, kind: LayoutKind): Positions {
  return kind === 'hierarchy' ? layoutHierarchy(network) : layoutPeers(network);
}
