import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationNodeDatum,
} from 'd3-force';
import { edgesOf } from '../model/graph.ts';
import type { Network } from '../model/networks/network.ts';
import { HUGE, normalize, type Positions } from './positions.ts';

export interface Person extends SimulationNodeDatum {
  homeX: number;
  homeY: number;
}

/**
 * The peer network as a force-directed graph. People start on a circle in id
 * order (a small-world ring stays a ring with shortcuts across it), or, when
 * the network has communities, around their community's centre, which then
 * keeps pulling them in so each community reads as a cluster.
 */
export function layoutPeers(network: Network): Positions {
  const n = network.graph.n;
  const people = startingPlaces(network);
  const simulation = peerForces(network, people, edgesOf(network.graph)).stop();
  // Fewer settling ticks as graphs grow keeps the main thread responsive (about 0.3 s at 1,000
  // people); above HUGE people (drawn as a summary) a dozen, which still takes seconds.
  simulation.tick(n <= 300 ? 200 : n <= 1000 ? 90 : n <= HUGE ? 40 : 12);
  return normalize(people.map((p) => ({ x: p.x!, y: p.y! })));
}

/** The scale the forces work at: people spread over about twice this. */
export const peerRadius = (n: number) => Math.sqrt(n) * 12;

/** Each person's home (their community's centre, or the middle) and a start on a circle. */
export function startingPlaces(network: Network): Person[] {
  const { graph, group } = network;
  const n = graph.n;
  const groups = group ? group.reduce((a, b) => Math.max(a, b), 0) + 1 : 1;
  const radius = peerRadius(n);
  return Array.from({ length: n }, (_, v) => {
    let homeX = 0;
    let homeY = 0;
    if (group && groups > 1) {
      const angle = (2 * Math.PI * group[v]) / groups;
      homeX = Math.cos(angle) * radius * 0.6;
      homeY = Math.sin(angle) * radius * 0.6;
    }
    const a = (2 * Math.PI * v) / n;
    const spread = group && groups > 1 ? radius / Math.sqrt(groups) / 2 : radius;
    return {
      index: v,
      homeX,
      homeY,
      x: homeX + Math.cos(a) * spread,
      y: homeY + Math.sin(a) * spread,
    };
  });
}

/** The forces of the peer layout over `ties`: pulled together along ties, apart by charge, home by community. */
export function peerForces(
  network: Network,
  people: Person[],
  ties: ReadonlyArray<readonly [number, number]>,
): Simulation<Person, undefined> {
  const n = network.graph.n;
  const { group } = network;
  const groups = group ? group.reduce((a, b) => Math.max(a, b), 0) + 1 : 1;
  const links = ties.map(([source, target]) => ({ source, target }));
  const dense = links.length > 6 * n;
  const clustered = Boolean(group && groups > 1);
  return forceSimulation(people)
    .force(
      'link',
      forceLink<Person, { source: number; target: number }>(links)
        .distance(dense ? 60 : 28)
        .strength(dense ? 0.02 : clustered ? 0.3 : 0.6),
    )
    .force(
      'charge',
      forceManyBody<Person>()
        .strength(dense ? -60 : -45)
        .distanceMax(peerRadius(n) * 2),
    )
    .force('x', forceX<Person>((p) => p.homeX).strength(clustered ? 0.12 : 0.04))
    .force('y', forceY<Person>((p) => p.homeY).strength(clustered ? 0.12 : 0.04))
    .force('collide', n <= HUGE ? forceCollide<Person>(9) : null);
}
