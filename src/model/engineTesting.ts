import type { SideEngine } from './engine.ts';
import type { EngineOptions } from './engineOptions.ts';
import { EdgeList, type Graph } from './graph.ts';
import { DEFAULT_SETTINGS, type Settings } from './params.ts';

// Helpers the engine's tests share (not a test file itself).

/** A graph of `n` people from its ties. */
export function graphOf(n: number, edges: ReadonlyArray<readonly [number, number]>): Graph {
  const list = new EdgeList(n);
  for (const [u, v] of edges) list.add(u, v);
  return list.build();
}

export const settingsOf = (changes: Partial<Settings>): Settings => ({
  ...DEFAULT_SETTINGS,
  ...changes,
});

/** Engine options for a bare side: unlimited capacity, flood, adapting with no bonds or fading. */
export const options = (changes: Partial<EngineOptions> = {}): EngineOptions => ({
  capacity: Infinity,
  protocol: 'flood',
  fanout: 1,
  rounds: Infinity,
  traffic: 'broadcast',
  loss: 0,
  distortion: 0,
  adapt: true,
  bond: 0,
  fade: Infinity,
  repair: 1,
  reorg: Infinity,
  ...changes,
});

/** Steps one engine through a tick the way `Lab.step` does. */
export function tick(engine: SideEngine, start?: number): void {
  engine.beginTick();
  engine.reorganize();
  engine.arrive();
  engine.gossip();
  if (start !== undefined) engine.start(start);
  send(engine);
}

/** Each working person sends up to `capacity` from their queue; then the ties change (dynamics). */
export function send(engine: SideEngine): void {
  engine.sendFrom(0, engine.graph.n);
  engine.endTick();
}
