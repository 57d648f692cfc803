import type { Settings } from '../params.ts';
import { createStream } from '../random.ts';
import { withCrossTies } from './crossTies.ts';
import { balancedHierarchy, variedHierarchy } from './hierarchy.ts';
import type { Network } from './network.ts';
import { communityNetwork, completeNetwork, randomNetwork, scaleFree, smallWorld } from './peer.ts';

export type { Network } from './network.ts';

/** The hierarchy the settings describe (with its informal ties, if `cross` asks for some). */
export function buildHierarchy(settings: Settings): Network {
  const { nodes, span, seed } = settings;
  const tree =
    settings.hierarchy === 'varied'
      ? variedHierarchy(nodes, span, createStream(seed, 'hierarchy-network'))
      : balancedHierarchy(nodes, span);
  return withInformalTies(tree, settings);
}

/** Adds the settings' `cross` informal ties to a hierarchy (generated or imported). */
export function withInformalTies(hierarchy: Network, settings: Settings): Network {
  return settings.cross > 0
    ? withCrossTies(hierarchy, settings.cross, createStream(settings.seed, 'hierarchy-cross'))
    : hierarchy;
}

/** The peer-to-peer network the settings describe. */
export function buildPeerNetwork(settings: Settings): Network {
  const { nodes, degree, seed } = settings;
  const random = createStream(seed, 'p2p-network');
  switch (settings.p2p) {
    case 'small-world':
      return smallWorld(nodes, degree, settings.rewire, random);
    case 'communities':
      return communityNetwork(nodes, degree, settings.communities, random);
    case 'random':
      return randomNetwork(nodes, degree, random);
    case 'scale-free':
      return scaleFree(nodes, degree, random);
    case 'complete':
      return completeNetwork(nodes);
  }
}
