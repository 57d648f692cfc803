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
import { edgesOf, type Graph } from '../model/graph.ts';
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
  const { ties, weight } = layoutTies(network.graph);
  const simulation = peerForces(network, people, ties, weight).stop();
  // Fewer settling ticks as graphs grow keeps the main thread responsive (about 0.3 s at 1,000
  // people); above HUGE people (drawn as a summary) a dozen, which still takes seconds.
  simulation.tick(n <= 300 ? 200 : n <= 1000 ? 90 : n <= HUGE ? 40 : 12);
  return normalize(people.map((p) => ({ x: p.x!, y: p.y! })));
}

/** The most ties the peer layout pulls along in a dense network; more are laid out with a sample. */
export const LAYOUT_TIES = 200_000;
/** Dense: more ties than this many times its people (over 12 ties per person), its forces differ. */
const DENSE = 6;

/**
 * The ties the layout pulls along, and how many of the network's ties each stands for. A dense
 * network of more than `LAYOUT_TIES` (a complete network of 2,449 people has 3 million) gets a
 * fixed sample, each tie kept or not by a hash of its place in the list — the same sample every
 * time, and nothing drawn from the run's random streams — pulling as hard as the ties it stands
 * for: the same shape, at a fraction of the time and memory (that complete network: 4.8–6.1 s →
 * 1.0–1.5 s in Node). Sparser networks keep every tie: their layout's time is the charge's.
 */
export function layoutTies(graph: Graph): { ties: Array<[number, number]>; weight: number } {
  let entries = 0;
  for (let u = 0; u < graph.n; u++) entries += graph.ends[u] - graph.offsets[u];
  const count = entries / 2;
  if (count <= Math.max(LAYOUT_TIES, DENSE * graph.n)) return { ties: edgesOf(graph), weight: 1 };
  // Tie i (in `edgesOf`'s order) is kept when its hash falls below `keep`: a Weyl sequence, so
  // the kept ones are spread evenly through the list.
  const keep = (LAYOUT_TIES / count) * 2 ** 32;
  const ties: Array<[number, number]> = [];
  let i = 0;
  for (let u = 0; u < graph.n; u++) {
    for (let k = graph.offsets[u]; k < graph.ends[u]; k++) {
      const v = graph.neighbors[k];
      if (u < v && Math.imul(++i, 0x9e3779b1) >>> 0 < keep) ties.push([u, v]);
    }
  }
  return { ties, weight: count / ties.length };
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
  /** How many of the network's ties each of `ties` stands for (`layoutTies`). */
  weight = 1,
): Simulation<Person, undefined> {
  const n = network.graph.n;
  const { group } = network;
  const groups = group ? group.reduce((a, b) => Math.max(a, b), 0) + 1 : 1;
  const links = ties.map(([source, target]) => ({ source, target }));
  const dense = links.length * weight > DENSE * n;
  const clustered = Boolean(group && groups > 1);
  return forceSimulation(people)
    .force(
      'link',
      forceLink<Person, { source: number; target: number }>(links)
        .distance(dense ? 60 : 28)
        .strength(Math.min(1, (dense ? 0.02 : clustered ? 0.3 : 0.6) * weight)),
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
