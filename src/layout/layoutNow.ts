import type { Network } from '../model/networks/index.ts';
import { bakedLayout } from './baked.ts';
import { layoutHierarchy } from './hierarchyLayout.ts';
import { layoutPeers } from './peerLayout.ts';
import type { Positions } from './positions.ts';

/** An org chart drawn top to bottom, or peers settled by forces. */
export type LayoutKind = 'hierarchy' | 'peers';

/**
 * Positions at once, on this thread (the worker calls the same). The default page's two networks
 * were laid out when the lab was built (`baked.ts`): the same positions, without a cold force
 * simulation before the first frame.
 */
export function layoutNow(network: Network, kind: LayoutKind): Positions {
  return bakedLayout(network, kind) ?? computeLayout(network, kind);
}

/** Positions worked out from the forces and the tree, never from what was baked. */
export function computeLayout(network: Network, kind: LayoutKind): Positions {
  return kind === 'hierarchy' ? layoutHierarchy(network) : layoutPeers(network);
}
