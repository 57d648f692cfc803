/// <reference lib="webworker" />
import { intactBetweenness } from '../model/failures.ts';
import { buildNetworks } from '../model/networkCache.ts';
import type { OrgChart } from '../model/networks/orgChart/index.ts';
import type { Settings } from '../model/params.ts';
import type { BuiltNetworks } from './prepare.ts';

/** Builds both networks off the main thread (and, when failures are chosen by it, their betweenness). */
self.onmessage = (event: MessageEvent<{ settings: Settings; org: OrgChart | null }>) => {
  const { settings, org } = event.data;
  const networks = buildNetworks(settings, org);
  const central = settings.fail > 0 && settings.failure === 'central';
  const message: BuiltNetworks = {
    networks,
    between: central
      ? [intactBetweenness(networks.hierarchy.graph), intactBetweenness(networks.p2p.graph)]
      : null,
  };
  self.postMessage(message);
};
