import type { LabNetworks } from './lab.ts';
import { buildHierarchy, buildPeerNetwork, withInformalTies } from './networks/index.ts';
import { orgHierarchy, orgPeers, type OrgChart } from './networks/orgChart/index.ts';
import { networkKey, type Settings } from './params.ts';
import { createStream } from './random.ts';

/**
 * The two networks for some settings (and an imported org, if any), kept until a setting that
 * shapes them changes: replaying, scrubbing or changing a live setting reuses the same people.
 */
export function createNetworkCache(): (settings: Settings, org: OrgChart | null) => LabNetworks {
  let cachedKey = '';
  let cachedOrg: OrgChart | null = null;
  let cached: LabNetworks | undefined;
  return (settings, org) => {
    const key = networkKey(settings);
    if (!cached || key !== cachedKey || org !== cachedOrg) {
      cached = org
        ? {
            hierarchy: withInformalTies(orgHierarchy(org), settings),
            p2p: orgPeers(org, settings.degree, createStream(settings.seed, 'p2p-network')),
          }
        : { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
      cachedKey = key;
      cachedOrg = org;
    }
    return cached;
  };
}
