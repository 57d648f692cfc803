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
  // The arrays move rather than being copied: a copy of a big network is read on the page's
  // thread when the message arrives (about 200 ms for a complete network of 3,000 people).
  self.postMessage(message, buffersOf(message));
};

/** Every array buffer held by typed arrays anywhere in `value`, each once. */
function buffersOf(value: unknown, found = new Set<ArrayBuffer>(), seen = new Set<object>()) {
  if (ArrayBuffer.isView(value)) {
    if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
  } else if (value !== null && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    for (const item of Object.values(value)) buffersOf(item, found, seen);
  }
  return [...found];
}
