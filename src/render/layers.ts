import type { SideEngine } from '../model/engine.ts';
import { MarkBatch } from './batch.ts';
import { queueReach, type Marks, type PersonState } from './marks.ts';
import { SPLAT_FROM, Splats } from './splat.ts';

// What a side shows changes far less often than it is drawn: ties change at most once a tick,
// people when a message lands or a queue moves; only messages move every frame. So ties and
// people are painted into offscreen canvases of their own, repainted only when what they show
// changes, and a frame copies them, with the messages between and the few marks that follow the
// pointer on top.

/** An offscreen canvas the size of the panel's canvas (device pixels). */
export class Layer {
  private surface: HTMLCanvasElement | null = null;
  private context: CanvasRenderingContext2D | null = null;

  /** The layer's canvas and context for a panel canvas of `like`'s size (cleared when resized). */
  fit(
    like: HTMLCanvasElement,
  ): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } | null {
    if (!this.surface) {
      this.surface = like.ownerDocument.createElement('canvas');
      this.context = this.surface.getContext('2d');
    }
    if (this.surface.width !== like.width) this.surface.width = like.width;
    if (this.surface.height !== like.height) this.surface.height = like.height;
    return this.context ? { canvas: this.surface, ctx: this.context } : null;
  }
}

const STATES: readonly PersonState[] = ['waiting', 'informed', 'distorted', 'out'];
const STATE_INDEX: Record<PersonState, number> = { waiting: 0, informed: 1, distorted: 2, out: 3 };

/** Where people are drawn and how big: the people layer is repainted when any of it changes. */
export interface PeopleView {
  x: Float32Array;
  y: Float32Array;
  n: number;
  /** Radius and line width in canvas units; `world` maps canvas units to device pixels. */
  r: number;
  line: number;
  world: DOMMatrix;
  marks: Marks;
  showIds: boolean;
  /** Bumped whenever positions, sizes, zoom or style change. */
  geometry: number;
}

/** The people of one side — queue halos, marks by state, ids on small networks — in a layer. */
export class PeopleLayer {
  private readonly layer = new Layer();
  private readonly batch = new MarkBatch();
  private readonly splats = new Splats();
  /** What each person showed when last painted: state in the low 2 bits, queue length above. */
  private codes = new Uint32Array(0);
  private geometry = -1;
  /** The longest queue now (-1 if none is longer than one), found while checking for changes. */
  worst = -1;
  worstLength = 1;

  /**
   * Repaints the layer if anyone's state or queue changed (or the view did), and returns it.
   * `state(v)` is what person v shows now.
   */
  update(
    like: HTMLCanvasElement,
    engine: SideEngine,
    view: PeopleView,
    state: (v: number) => PersonState,
  ): HTMLCanvasElement | null {
    const fitted = this.layer.fit(like);
    if (!fitted) return null;
    const { n } = view;
    let changed = view.geometry !== this.geometry || this.codes.length !== n;
    if (this.codes.length !== n) this.codes = new Uint32Array(n);
    this.worst = -1;
    this.worstLength = 1;
    const lengths = engine.queues.length;
    for (let v = 0; v < n; v++) {
      const queue = lengths[v];
      if (queue > this.worstLength) {
        this.worstLength = queue;
        this.worst = v;
      }
      const code = ((Math.min(queue, 0x3fffffff) << 2) | STATE_INDEX[state(v)]) >>> 0;
      if (code !== this.codes[v]) {
        this.codes[v] = code;
        changed = true;
      }
    }
    if (changed) {
      this.geometry = view.geometry;
      this.paint(fitted.ctx, view);
    }
    return fitted.canvas;
  }

  private paint(ctx: CanvasRenderingContext2D, view: PeopleView): void {
    const { x, y, n, r, line, marks } = view;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (n >= SPLAT_FROM && this.stamp(ctx, view)) return;
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.setTransform(view.world);
    // Queues under people, then people by state (in a fixed order): one path per shape each.
    const batch = this.batch;
    for (let v = 0; v < n; v++) {
      const queue = this.codes[v] >>> 2;
      if (queue > 0) batch.add(marks.queue, x[v], y[v], queueReach(r, queue));
    }
    batch.flush(ctx, r, line);
    for (let s = 0; s < STATES.length; s++) {
      const mark = marks.person[STATES[s]];
      for (let v = 0; v < n; v++) if ((this.codes[v] & 3) === s) batch.add(mark, x[v], y[v]);
      batch.flush(ctx, r, line);
    }
    if (!view.showIds) return;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    ctx.font = `600 ${Math.round(r * 0.95)}px system-ui, sans-serif`;
    for (let v = 0; v < n; v++) {
      ctx.fillStyle = marks.label[STATES[this.codes[v] & 3]];
      ctx.fillText(String(v), x[v], y[v] + 0.5);
    }
  }

  /** The same picture stamped from sprites (many people); false if there is no buffer to stamp into. */
  private stamp(ctx: CanvasRenderingContext2D, view: PeopleView): boolean {
    const splats = this.splats;
    if (!splats.begin(ctx.canvas)) return false;
    const { x, y, n, marks, world } = view;
    const { a, d, e, f } = world;
    const r = view.r * a;
    const line = view.line * a;
    for (let v = 0; v < n; v++) {
      const queue = this.codes[v] >>> 2;
      if (queue > 0)
        splats.stamp(
          marks.queue,
          a * x[v] + e,
          d * y[v] + f,
          r,
          line,
          queueReach(view.r, queue) * a,
        );
    }
    for (let s = 0; s < STATES.length; s++) {
      const sprite = splats.sprite(marks.person[STATES[s]], r, line);
      for (let v = 0; v < n; v++)
        if ((this.codes[v] & 3) === s) splats.stampSprite(sprite, a * x[v] + e, d * y[v] + f);
    }
    splats.put(ctx);
    return true;
  }
}
