import type { DynamicsOptions, Vacancy } from './dynamics.ts';
import type { SideEngine } from './engine.ts';
import { type Copies, FRESH } from './copier.ts';
import type { Flights } from './flights.ts';
import type { TieShow } from './ties.ts';

/**
 * What one side's picture reads of its engine: queues, who has heard and what they believe, who
 * is out, the sends in flight, the ties and the chain of command. The engine itself is one;
 * `stillOf` makes another.
 */
export interface SideShow {
  readonly queues: { readonly length: Int32Array };
  readonly first: {
    tickOf(person: number): number;
    believesDistorted(person: number): boolean;
  };
  readonly working: Uint8Array;
  readonly arrivals: Flights;
  readonly flights: Flights;
  readonly ties: TieShow;
  /** Bumped by every change of who is in or of the ties (`SideEngine.networkVersion`). */
  readonly networkVersion: number;
  readonly dynamics: {
    /** The chain of command: who reports to whom, each person's level, bumped by each promotion. */
    readonly org?: {
      readonly manager: Int32Array;
      readonly level: Int32Array;
      readonly version: number;
    };
    vacancies(options: DynamicsOptions): Vacancy[];
  };
  readonly options: SideEngine['options'];
}

/**
 * A still copy of what `engine` shows now, for drawing while its next tick is worked out in
 * parts. Queues, what people believe and who is out are copied (O(people)); the sends in flight
 * are shared (from the first still copy on, the engine keeps a third buffer so the ones on show are
 * not reused for a tick). When the next tick may change the ties or the chain of command
 * (`changing`: the lab is not `steady`), those are copied too; otherwise they are shared.
 */
export function stillOf(engine: SideEngine, changing: boolean, copies: Copies = FRESH): SideShow {
  engine.keepShown();
  const { first, queues, dynamics, options } = engine;
  const n = queues.length.length;
  const heard = copies.take(Int32Array, n);
  const distorted = copies.take(Uint8Array, n);
  first.copyTo(heard, distorted);
  const vacant = changing ? dynamics.vacancies(options) : [];
  const org = dynamics.org;
  return {
    queues: { length: copies.copy(queues.length) },
    first: {
      tickOf: (person) => heard[person],
      believesDistorted: (person) => distorted[person] === 1,
    },
    working: copies.copy(engine.working),
    arrivals: engine.arrivals,
    flights: engine.flights,
    ties: changing ? engine.ties.still(copies) : engine.ties,
    networkVersion: engine.networkVersion,
    dynamics: changing
      ? {
          org: org && {
            manager: copies.copy(org.manager),
            level: copies.copy(org.level),
            version: org.version,
          },
          vacancies: () => vacant,
        }
      : dynamics,
    options: { ...options },
  };
}
