import type { LabNetworks } from './lab.ts';
import { buildHierarchy, buildPeerNetwork, withInformalTies } from './networks/index.ts';
import { orgHierarchy, orgPeers, type OrgChart } from './networks/orgChart/index.ts';
import { networkKey, type Settings } from './params.ts';
import { createStream } from './random.ts';

/** The two networks for some settings and an imported org (if any), built at once. */
export function buildNetworks(settings: Settings, org: OrgChart | null): LabNetworks {
  return org
    ? {
        hierarchy: withInformalTies(orgHierarchy(org), settings),
        p2p: orgPeers(org, settings.degree, createStream(settings.seed, 'p2p-network')),
      }
    : { hierarchy: buildHierarchy(settings), p2p: buildPeerNetwork(settings) };
}

/**
 * The networks of one lab, kept until a setting that shapes them changes: replaying, scrubbing or
 * changing a live setting reuses the same people. `peek` and `put` let networks built elsewhere
 * (a worker) take the place of building them here.
 */
export interface NetworkCache {
  /** The networks for these settings, built now unless kept. */
  (settings: Settings, org: OrgChart | null): LabNetworks;
  /** The kept networks, if they are the ones for these settings. */
  peek(settings: Settings, org: OrgChart | null): LabNetworks | undefined;
  put(settings: Settings, org: OrgChart | null, networks: LabNetworks): void;
}

export function createNetworkCache(): NetworkCache {
  let cachedKey = '';
  let cachedOrg: OrgChart | null = null;
  let cached: LabNetworks | undefined;
  const peek = (settings: Settings, org: OrgChart | null) =>
    cached && networkKey(settings) === cachedKey && org === cachedOrg ? cached : undefined;
  const put = (settings: Settings, org: OrgChart | null, networks: LabNetworks) => {
    cached = networks;
    cachedKey = networkKey(settings);
    cachedOrg = org;
  };
  const cache = (settings: Settings, org: OrgChart | null) => {
    const kept = peek(settings, org);
    if (kept) return kept;
    const built = buildNetworks(settings, org);
    put(settings, org, built);
    return built;
  };
  return Object.assign(cache, { peek, put });
}
