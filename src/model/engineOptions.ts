import type { DynamicsOptions } from './dynamics.ts';
import type { TrafficKind } from './params.ts';

/** How a side passes a message on. The hierarchy's chain of command is a flood along reporting lines. */
export type EngineProtocol = 'chain' | 'flood' | 'gossip';

export interface EngineOptions extends DynamicsOptions {
  capacity: number;
  protocol: EngineProtocol;
  fanout: number;
  rounds: number;
  traffic: TrafficKind;
  loss: number;
  distortion: number;
}

/** Counts for the tick just run (all traffic). */
export interface TickCounts {
  sends: number;
  lost: number;
  dropped: number;
  redundant: number;
  delivered: number;
}
