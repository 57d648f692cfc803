import type { Network } from '../model/networks/index.ts';

/**
 * A short text that changes with anything a layout reads of a network (its ties in order, the
 * chain of command, levels and groups) and with the kind of layout: the key of a baked layout.
 */
export function fingerprint(network: Network, kind: string): string {
  let h = 0x811c9dc5;
  const mix = (x: number) => {
    h = Math.imul(h ^ x, 0x01000193);
  };
  const { n, offsets, ends, neighbors } = network.graph;
  mix(n);
  for (let v = 0; v < n; v++) {
    mix(ends[v] - offsets[v]);
    for (let k = offsets[v]; k < ends[v]; k++) mix(neighbors[k]);
  }
  for (const part of [network.manager, network.level, network.group]) {
    mix(part ? part.length : -1);
    if (part) for (const x of part) mix(x);
  }
  return `${kind} ${n} ${(h >>> 0).toString(36)}`;
}
