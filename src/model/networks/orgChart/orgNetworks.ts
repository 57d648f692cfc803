import { EdgeList } from '../../graph.ts';
import type { Random } from '../../random.ts';
import type { Network } from '../network.ts';
import { groupNetwork } from '../peer.ts';
import type { OrgChart } from './orgChart.ts';

/** The hierarchy side: the imported reporting lines. */
export function orgHierarchy(org: OrgChart): Network {
  const n = org.ids.length;
  const edges = new EdgeList(n);
  const level = new Int32Array(n);
  for (let v = 1; v < n; v++) {
    edges.add(org.manager[v], v);
    level[v] = level[org.manager[v]] + 1;
  }
  return { graph: edges.build(), kind: 'imported', manager: org.manager, level };
}

/**
 * The peer side for an imported org: the informal ties if given; otherwise
 * the same people with communities seeded from their teams (everyone with the
 * same manager; the top joins their direct reports) and about `degree` ties
 * per person.
 */
export function orgPeers(org: OrgChart, degree: number, random: Random): Network {
  const n = org.ids.length;
  if (org.ties) {
    const edges = new EdgeList(n);
    for (const [u, v] of org.ties) edges.add(u, v);
    return { graph: edges.build(), kind: 'imported ties' };
  }
  const teamOf = new Map<number, number>();
  const group = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    const lead = v === 0 ? 0 : org.manager[v];
    if (!teamOf.has(lead)) teamOf.set(lead, teamOf.size);
    group[v] = teamOf.get(lead)!;
  }
  return groupNetwork(group, teamOf.size, Math.min(degree, n - 1), random, 'teams', true);
}
