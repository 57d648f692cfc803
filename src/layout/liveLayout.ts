import type { ForceLink, Simulation } from 'd3-force';
import type { SideEngine } from '../model/engine.ts';
import type { SideShow } from '../model/shown.ts';
import { edgesOf, type Graph } from '../model/graph.ts';
import type { Network } from '../model/networks/network.ts';
import { layoutHierarchy } from './hierarchyLayout.ts';
import type { LayoutKind } from './layoutNow.ts';
import { peerForces, peerRadius, startingPlaces, type Person } from './peerLayout.ts';
import { normalize, type Positions } from './positions.ts';

/** Up to this many people the layout follows changes of ties live (beyond, people stay put). */
export const LIVE_LAYOUT_LIMIT = 600;
/** A warm restart: enough heat to move people a little, cooling within about two seconds. */
const WARM = 0.25;
const COOLING = 0.04;
/** Above this many people the forces step every other frame. */
const EVERY_FRAME_LIMIT = 250;
/** Frames an org chart takes to re-flow after a promotion. */
const REFLOW_FRAMES = 40;

/**
 * Keeps a side's picture in step with its ties as they change: the peers' forces restart warm
 * from where everyone stands (a nudge, never a jump), and the org chart re-flows to its new
 * shape when someone is promoted. Call `frame` once per animation frame; it returns new
 * positions while people are moving and null when nothing moved.
 */
export class LiveLayout {
  private engine: SideEngine | null = null;
  private version = -1;
  private orgVersion = -1;
  private current: Positions;
  private simulation: Simulation<Person, undefined> | null = null;
  private people: Person[] = [];
  private tween: { from: Positions; to: Positions; frame: number } | null = null;
  private frames = 0;

  constructor(
    private readonly network: Network,
    private readonly kind: LayoutKind,
    start: Positions,
  ) {
    this.current = start;
  }

  /**
   * Follows `shown`, what the picture shows of `engine` (the engine, or a still copy while its next
   * tick is worked out: people move only once the tick that changes the ties is on show).
   * `instant`: settle at once (reduced motion) instead of moving over the next frames.
   */
  frame(engine: SideEngine, shown: SideShow, instant: boolean): Positions | null {
    if (this.network.graph.n > LIVE_LAYOUT_LIMIT) return null;
    const org = shown.dynamics.org;
    const fresh = engine !== this.engine;
    const changed = fresh ? this.engine !== null : shown.networkVersion !== this.version;
    this.engine = engine;
    this.version = shown.networkVersion;
    if (this.kind === 'hierarchy') {
      const orgVersion = org?.version ?? 0;
      if ((fresh && orgVersion > 0) || (!fresh && orgVersion !== this.orgVersion)) {
        const to = layoutHierarchy({
          graph: shown.ties,
          manager: org!.manager,
          level: org!.level,
        });
        this.tween = { from: this.current, to, frame: instant ? REFLOW_FRAMES : 0 };
      } else if (fresh && this.orgVersion > 0) {
        // Back to a run where nobody has been promoted yet: the chart it started with.
        this.tween = { from: this.current, to: layoutHierarchy(this.network), frame: 0 };
      }
      this.orgVersion = orgVersion;
      return this.reflow(instant);
    }
    if (changed) this.warm(shown.ties);
    return this.settle(instant);
  }

  /** The peers' forces over the ties as they are now, from where everyone is drawn. */
  private warm(ties: Graph): void {
    const n = this.network.graph.n;
    if (!this.simulation) {
      // Back from the unit box to the forces' scale (the layout spans about two radii).
      const span = 2 * peerRadius(n);
      this.people = startingPlaces(this.network).map((p, v) => ({
        ...p,
        x: (this.current.x[v] - 0.5) * span,
        y: (this.current.y[v] - 0.5) * span,
      }));
      this.simulation = peerForces(this.network, this.people, edgesOf(ties)).stop();
    } else {
      const link = this.simulation.force('link') as ForceLink<
        Person,
        { source: number; target: number }
      >;
      link.links(edgesOf(ties).map(([source, target]) => ({ source, target })));
    }
    this.simulation.alpha(WARM).alphaDecay(COOLING);
  }

  private settle(instant: boolean): Positions | null {
    const sim = this.simulation;
    if (!sim || sim.alpha() < sim.alphaMin()) return null;
    // Large networks move every other frame, so drawing keeps its frame budget.
    if (!instant && this.network.graph.n > EVERY_FRAME_LIMIT && ++this.frames % 2) return null;
    if (instant) while (sim.alpha() >= sim.alphaMin()) sim.tick();
    else sim.tick();
    this.current = normalize(this.people.map((p) => ({ x: p.x!, y: p.y! })));
    return this.current;
  }

  private reflow(instant: boolean): Positions | null {
    const tween = this.tween;
    if (!tween) return null;
    tween.frame = instant ? REFLOW_FRAMES : tween.frame + 1;
    const t = tween.frame / REFLOW_FRAMES;
    const ease = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
    const n = tween.to.x.length;
    const x = new Float32Array(n);
    const y = new Float32Array(n);
    for (let v = 0; v < n; v++) {
      x[v] = tween.from.x[v] + (tween.to.x[v] - tween.from.x[v]) * ease;
      y[v] = tween.from.y[v] + (tween.to.y[v] - tween.from.y[v]) * ease;
    }
    this.current = { x, y };
    if (t >= 1) this.tween = null;
    return this.current;
  }
}
