import type { SideName } from '../model/lab.ts';

export const SIDE_LABEL: Record<SideName, string> = {
  hierarchy: 'Hierarchy',
  p2p: 'Peer-to-peer',
};

export const SIDE_INDEX: Record<SideName, 0 | 1> = { hierarchy: 0, p2p: 1 };
