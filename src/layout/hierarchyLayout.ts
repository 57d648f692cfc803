import { forceCollide, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { Network } from '../model/networks/network.ts';
import { HUGE, normalize, type Positions } from './positions.ts';

interface Person extends SimulationNodeDatum {
  targetX: number;
  level: number;
}

/**
 * The hierarchy as an org chart: one row per level, top to bottom. Leaves
 * are spaced evenly in reporting order and every manager sits over the middle
 * of their reports (a tidy tree); a short d3-force pass with collision then
 * pushes apart people who would overlap on wide levels.
 */
export function layoutHierarchy(network: Pick<Network, 'graph' | 'manager' | 'level'>): Positions {
  const n = network.graph.n;
  const manager = network.manager!;
  const level = network.level!;
  const reports: number[][] = Array.from({ length: n }, () => []);
  const tops: number[] = [];
  for (let v = 0; v < n; v++) {
    if (manager[v] >= 0) reports[manager[v]].push(v);
    else tops.push(v);
  }
  const targetX = new Float64Array(n);
  let nextLeaf = 0;
  // Post-order without recursion: deep chains (span 1) must not overflow the stack. The top is
  // person 0 until someone is promoted into a lost top's post.
  const stack: Array<[number, boolean]> = tops.reverse().map((v) => [v, false]);
  while (stack.length) {
    const [v, visited] = stack.pop()!;
    const kids = reports[v];
    if (kids.length === 0) targetX[v] = nextLeaf++;
    else if (visited) targetX[v] = (targetX[kids[0]] + targetX[kids[kids.length - 1]]) / 2;
    else {
      stack.push([v, true]);
      for (let k = kids.length - 1; k >= 0; k--) stack.push([kids[k], false]);
    }
  }
  const depth = level.reduce((a, b) => Math.max(a, b), 1);
  const width = Math.max(1, nextLeaf - 1);
  // Rows fill about 60 % of the width's scale so the chart reads wider than tall.
  const rowGap = (width * 0.6) / depth;
  const people: Person[] = Array.from({ length: n }, (_, v) => ({
    index: v,
    x: targetX[v],
    y: level[v] * rowGap,
    targetX: targetX[v],
    level: level[v],
  }));
  // Above HUGE people the tidy tree stands as it is: its rows are summarized on screen anyway,
  // and a force pass over them takes many seconds.
  if (n <= HUGE)
    forceSimulation(people)
      .force('x', forceX<Person>((p) => p.targetX).strength(0.3))
      .force('y', forceY<Person>((p) => p.level * rowGap).strength(1))
      .force('collide', forceCollide<Person>(0.45))
      .stop()
      .tick(n > 2000 ? 20 : 60);
  return normalize(people.map((p) => ({ x: p.x!, y: p.y! })));
}
