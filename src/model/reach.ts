import { largestComponentSize, reachableFrom } from './analysis.ts';
import type { Graph } from './graph.ts';
import type { Router } from './routing.ts';

/**
 * Who a message is meant to reach, and the largest group of working people who can all reach
 * each other — each searched for once per state of the network (`version`), however often read.
 */
export class Reach {
  private intended = { version: -1, message: -1, members: new Int32Array(0) as Int32Array };
  private group = { version: -1, size: 0 };

  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
    private readonly router: Router,
  ) {}

  /**
   * The people message `message` (from `origin`, to `addressee` or -1 for everyone) is meant to
   * reach on the network as it is now: for a broadcast, every working person connected to its
   * origin; for a request, the people on its route (just the origin if there is no route).
   */
  of(message: number, origin: number, addressee: number, version: number): Int32Array {
    const cache = this.intended;
    if (cache.version !== version || cache.message !== message) {
      cache.members =
        addressee >= 0
          ? Int32Array.from(this.router.route(origin, addressee))
          : reachableFrom(this.graph, origin, this.working);
      if (cache.members.length === 0) cache.members = Int32Array.of(origin);
      cache.version = version;
      cache.message = message;
    }
    return cache.members;
  }

  /** People in the largest connected group of working people. */
  largestGroup(version: number): number {
    if (this.group.version !== version)
      this.group = { version, size: largestComponentSize(this.graph, this.working) };
    return this.group.size;
  }
}
