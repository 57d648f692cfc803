import type { SideShow } from '../model/shown.ts';
import { MarkBatch } from './batch.ts';
import { LANDS, personState, queueReach, type Marks, type PersonState } from './marks.ts';
import { pack, rgb, SPLAT_FROM, Splats } from './splat.ts';

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
  /** Too close together to tell apart: drawn as a summary, each few pixels the mix of people there. */
  crowded: boolean;
  /**
   * An org chart's levels stand this far apart (device pixels; 0 for peers): there a summary cell
   * of k people is drawn k cells tall, up to 40% of it, so a crowded level reads as a band whose
   * height says how many stand there.
   */
  levels?: number;
  /** Bumped whenever positions, sizes, zoom or style change. */
  geometry: number;
}

/** What the people of one side show: who has heard and who is out, at a tick and a moment of it. */
export interface PeopleShown {
  engine: SideShow;
  /** The tick on show (the last one run). */
  tick: number;
  /** How far the messages of this tick have travelled, 0…1. */
  progress: number;
  /** Who is out: the same function for as long as that stays the same. */
  isOut(person: number): boolean;
}

/** The people of one side — queue halos, marks by state, ids on small networks — in a layer. */
export class PeopleLayer {
  private readonly layer = new Layer();
  private readonly batch = new MarkBatch();
  private readonly splats = new Splats();
  /** What each person showed when last painted: state in the low 2 bits, queue length above. */
  private codes = new Uint32Array(0);
  /** People per state per cell, for the summary of a crowded network. */
  private counts = new Uint16Array(0);
  private geometry = -1;
  /** The geometry the codes were last found for while the layer is not yet painted with them (else -1). */
  private unpainted = -1;
  private inputs: unknown[] = [];
  /** The longest queue now (-1 if none is longer than one), found while checking for changes. */
  worst = -1;
  worstLength = 1;

  /**
   * Repaints the layer if anyone's state or queue changed (or the view did), and returns it. While
   * what the people show depends on stays the same (`shown`, its tick, whether the tick's messages
   * have landed, who is out) and so does the view, nobody is looked at again: most frames.
   */
  update(
    like: HTMLCanvasElement,
    shown: PeopleShown,
    stop: () => boolean,
    view: PeopleView,
  ): HTMLCanvasElement | null | undefined {
    const fitted = this.layer.fit(like);
    if (!fitted) return null;
    const { n } = view;
    const { engine, tick, progress, isOut } = shown;
    const inputs = [engine, tick, progress >= LANDS, isOut];
    const same = inputs.every((input, i) => input === this.inputs[i]);
    if (same && this.unpainted === view.geometry) return this.paint(fitted, view);
    let changed =
      this.unpainted !== -1 || view.geometry !== this.geometry || this.codes.length !== n;
    if (!changed && same) return fitted.canvas;
    this.inputs = inputs;
    const state = (v: number) => personState(engine, v, tick, progress, isOut(v));
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
    if (!changed) return fitted.canvas;
    // Who shows what is known; painting them may wait for the next call (`stop`).
    this.unpainted = view.geometry;
    return stop() ? undefined : this.paint(fitted, view);
  }

  private paint(
    fitted: { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D },
    view: PeopleView,
  ): HTMLCanvasElement {
    this.geometry = view.geometry;
    this.unpainted = -1;
    this.draw(fitted.ctx, view);
    return fitted.canvas;
  }

  private draw(ctx: CanvasRenderingContext2D, view: PeopleView): void {
    const { x, y, n, r, line, marks } = view;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (view.crowded && this.summarize(ctx, view)) return;
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

  /**
   * People too close together to tell apart, summarized: the canvas is cut into cells of a few
   * device pixels, each coloured by the mix of states of the people in it (weighted by how many
   * are in each) and more opaque where more people are. No one is hidden behind anyone else.
   */
  private summarize(ctx: CanvasRenderingContext2D, view: PeopleView): boolean {
    const splats = this.splats;
    if (!splats.begin(ctx.canvas)) return false;
    const { width, height } = ctx.canvas;
    const { x, y, n, world, marks } = view;
    const cell = 3;
    const columns = Math.ceil(width / cell);
    const cells = columns * Math.ceil(height / cell);
    if (this.counts.length < cells * 4) this.counts = new Uint16Array(cells * 4);
    const counts = this.counts;
    counts.fill(0, 0, cells * 4);
    const { a, d, e, f } = world;
    for (let v = 0; v < n; v++) {
      const px = a * x[v] + e;
      const py = d * y[v] + f;
      if (px < 0 || py < 0 || px >= width || py >= height) continue;
      const at =
        (Math.floor(py / cell) * columns + Math.floor(px / cell)) * 4 + (this.codes[v] & 3);
      if (counts[at] < 65535) counts[at]++;
    }
    const colours = STATES.map((state) => summaryColour(marks, state));
    const tallest = Math.max(cell, Math.floor((view.levels ?? 0) * 0.4));
    for (let c = 0; c < cells; c++) {
      let total = 0;
      let r = 0;
      let g = 0;
      let b = 0;
      for (let s = 0; s < 4; s++) {
        const k = counts[c * 4 + s];
        if (k === 0) continue;
        total += k;
        r += colours[s][0] * k;
        g += colours[s][1] * k;
        b += colours[s][2] * k;
      }
      if (total === 0) continue;
      const alpha = Math.min(255, 130 + 40 * total);
      const colour = pack(
        Math.round(r / total),
        Math.round(g / total),
        Math.round(b / total),
        alpha,
      );
      const tall = Math.min(tallest, cell * total);
      const top = Math.floor(c / columns) * cell - ((tall - cell) >> 1);
      splats.block((c % columns) * cell, top, cell, colour, tall);
    }
    splats.put(ctx);
    return true;
  }
}

/**
 * The colour a state is summarized in: its fill, or where the fill is pale (a waiting person is
 * white with a grey outline), halfway between fill and outline, as the mark looks from afar.
 */
function summaryColour(marks: Marks, state: PersonState): [number, number, number] {
  const shape = marks.person[state][0];
  const fill = rgb(shape.fill ?? '#888888');
  if (state !== 'waiting' && state !== 'out') return fill;
  const line = rgb(shape.stroke ?? '#888888');
  return [0, 1, 2].map((i) => Math.round((fill[i] + line[i]) / 2)) as [number, number, number];
}
