import { ComponentSearch, reachableFrom } from './analysis.ts';
import type { Graph } from './graph.ts';
import type { Router } from './routing.ts';

interface Groups {
  label: Int32Array;
  sizes: number[];
  largest: number;
}

/**
 * The groups of a network as built, with everyone working: found once per network and kept with
 * it (read only), so a run made again on the same network (scrubbing back, Reset, the bench) does
 * not search again until something changes.
 */
const asBuilt = new WeakMap<Graph, Groups>();

/**
 * Do these reporting lines make one tree? True when the top is person 0 and everyone else's
 * manager has a smaller id (ids given from the top down, as generated hierarchies are): every
 * chain of managers then ends at 0. Other orders (an imported org may have any) say false, and the
 * groups are searched for as on any network.
 */
export function oneTree(manager: Int32Array): boolean {
  if (manager.length === 0 || manager[0] !== -1) return false;
  for (let v = 1; v < manager.length; v++) if (!(manager[v] >= 0 && manager[v] < v)) return false;
  return true;
}

/**
 * Who a message is meant to reach, and the largest group of working people who can all reach
 * each other — each searched for once per state of the network (`version`), however often read.
 */
export class Reach {
  private intended = { version: -1, message: -1, members: new Int32Array(0) as Int32Array };
  /** The connected groups of working people, for one state of the network, and the largest's size. */
  private groups = {
    version: -1,
    label: new Int32Array(0) as Int32Array,
    sizes: [] as number[],
    largest: 0,
  };

  /**
   * `built`: the network as built, when `graph` starts as it (`version` 0) with everyone working;
   * its groups are then looked up there, or kept there once found. `manager`: a hierarchy's
   * reporting lines, which join everyone into one group as built when they form one tree
   * (`oneTree`): then there is nothing to search for.
   */
  constructor(
    private readonly graph: Graph,
    private readonly working: Uint8Array,
    private readonly router: Router,
    private readonly built: Graph | null = null,
    manager?: Int32Array,
  ) {
    if (built && manager && !asBuilt.has(built) && oneTree(manager))
      asBuilt.set(built, { label: new Int32Array(built.n), sizes: [built.n], largest: built.n });
  }

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
          : this.groupOf(origin, version);
      if (cache.members.length === 0) cache.members = Int32Array.of(origin);
      cache.version = version;
      cache.message = message;
    }
    return cache.members;
  }

  /**
   * The group a broadcast from `origin` is meant to reach as `label[v] === group`, without listing
   * it (`of` does); null when `origin` is out (then `of` says who counts).
   */
  groupOfOrigin(
    origin: number,
    version: number,
  ): { label: Int32Array; group: number; size: number } | null {
    const { label, sizes } = this.groupsAt(version);
    const group = label[origin];
    return group < 0 ? null : { label, group, size: sizes[group] };
  }

  /** People in the largest connected group of working people. */
  largestGroup(version: number): number {
    return this.groupsAt(version).largest;
  }

  /** Working people connected to `origin`, in order (one search serves this and `largestGroup`). */
  private groupOf(origin: number, version: number): Int32Array {
    const kept = this.groupOfOrigin(origin, version);
    // Someone out reaches no group; the plain search says what counts then.
    if (!kept) return reachableFrom(this.graph, origin, this.working);
    const { label, group, size } = kept;
    const members = new Int32Array(size);
    let count = 0;
    for (let v = 0; v < label.length; v++) if (label[v] === group) members[count++] = v;
    return members;
  }

  /**
   * Goes on finding the groups of the network as it is (`version`) through about `budget` more
   * people; true once they are known. A search of 100,000 people is a few parts of a tick.
   */
  advance(version: number, budget: number): boolean {
    if (this.groups.version === version) return true;
    const kept = version === 0 && this.built ? asBuilt.get(this.built) : undefined;
    if (kept) {
      this.groups = { version, ...kept };
      return true;
    }
    if (this.search?.version !== version)
      this.search = { version, search: new ComponentSearch(this.graph, this.working) };
    const { search } = this.search;
    if (!search.step(budget)) return false;
    const { label, sizes } = search;
    const groups = { label, sizes, largest: sizes.reduce((a, b) => Math.max(a, b), 0) };
    if (version === 0 && this.built) asBuilt.set(this.built, groups);
    this.groups = { version, ...groups };
    this.search = null;
    return true;
  }

  private search: { version: number; search: ComponentSearch } | null = null;

  private groupsAt(version: number) {
    this.advance(version, Infinity);
    return this.groups;
  }
}
