import type { Graph } from '../graph.ts';

/** One side's structure: its graph plus what the views need to draw it. */
export interface Network {
  readonly graph: Graph;
  /** The generator that made it, e.g. `balanced` or `small-world`. */
  readonly kind: string;
  /** Hierarchy only: each person's manager, -1 for the top. */
  readonly manager?: Int32Array;
  /** Hierarchy only: distance from the top (the top is level 0). */
  readonly level?: Int32Array;
  /** Group each person belongs to (a community or a team), when the structure has groups. */
  readonly group?: Int32Array;
}
