import type { Network } from '../model/networks/index.ts';
import { BAKED } from './bakedLayouts.ts';
import { fingerprint } from './fingerprint.ts';
import type { LayoutKind } from './layoutNow.ts';
import type { Positions } from './positions.ts';

/** Networks above this size are never looked up (the default page's are 40 people). */
const BAKED_UP_TO = 200;

/** The layout baked for exactly this network and kind, as a fresh copy; null if none was. */
export function bakedLayout(network: Network, kind: LayoutKind): Positions | null {
  if (network.graph.n > BAKED_UP_TO) return null;
  const baked = BAKED[fingerprint(network, kind)];
  return baked ? { x: Float32Array.from(baked.x), y: Float32Array.from(baked.y) } : null;
}
