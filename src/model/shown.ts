import type { SideEngine } from './engine.ts';
import type { Flights } from './flights.ts';

/**
 * What one side's picture reads of its engine: queues, who has heard and what they believe, the
 * sends in flight, the ties. The engine itself is one; `stillOf` makes another.
 */
export interface SideShow {
  readonly queues: { readonly length: Int32Array };
  readonly first: {
    tickOf(person: number): number;
    believesDistorted(person: number): boolean;
  };
  readonly arrivals: Flights;
  readonly flights: Flights;
  readonly ties: SideEngine['ties'];
  readonly dynamics: SideEngine['dynamics'];
  readonly options: SideEngine['options'];
}

/**
 * A still copy of what `engine` shows now, for drawing while its next tick is worked out in
 * parts. The next tick must leave the ties and who is in as they are (`Lab.steady`): those, and
 * the sends in flight (from the first still copy on, the engine keeps a third buffer so the ones
 * on show are not reused for a tick), are shared, not copied; queues and what people believe are copied (O(people)).
 */
export function stillOf(engine: SideEngine): SideShow {
  engine.keepShown();
  const { first, queues } = engine;
  const n = queues.length.length;
  const heard = new Int32Array(n);
  const distorted = new Uint8Array(n);
  for (let v = 0; v < n; v++) {
    heard[v] = first.tickOf(v);
    if (heard[v] >= 0 && first.believesDistorted(v)) distorted[v] = 1;
  }
  return {
    queues: { length: queues.length.slice() },
    first: {
      tickOf: (person) => heard[person],
      believesDistorted: (person) => distorted[person] === 1,
    },
    arrivals: engine.arrivals,
    flights: engine.flights,
    ties: engine.ties,
    dynamics: engine.dynamics,
    options: engine.options,
  };
}
