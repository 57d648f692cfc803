import type { SideName } from '../model/lab.ts';

/** The two sides in the order the page shows them. */
export const SIDES: readonly SideName[] = ['hierarchy', 'p2p'];

/** The sides' names as the page, its regions and its pictures say them. */
export const SIDE_LABEL: Record<SideName, string> = {
  hierarchy: 'Hierarchy',
  p2p: 'Peer-to-peer',
};

export const SIDE_INDEX: Record<SideName, 0 | 1> = { hierarchy: 0, p2p: 1 };
