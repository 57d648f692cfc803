import { csrGraph, type Graph } from '../model/graph.ts';
import type { Network } from '../model/networks/network.ts';
import type { Positions } from '../layout/positions.ts';
import { marksFor, messageRadius, personLine, tieWidth, type Marks } from './marks.ts';
import {
  closest,
  CROWDED_GAP,
  drawnBox,
  fitToPanel,
  levelGap,
  medianGap,
  pieceMs,
  radiusForGap,
} from './fit.ts';
import { MessageDots } from './dots.ts';
import { LabelPlacer } from './labels.ts';
import { PeopleLayer, type PeopleShown } from './layers.ts';
import { drawOverlay } from './overlay.ts';
import { lightPalette } from './palette.ts';
import { drawGrowing, tieSample, TieLayer, type TieLayerView } from './tieStrokes.ts';

/** Where a side's people are drawn in its panel (CSS pixels, before pan and zoom), and how big. */
export interface Placement {
  width: number;
  height: number;
  x: Float32Array;
  y: Float32Array;
  radius: number;
}

/** Pan and zoom, as d3-zoom reports it: screen = world·k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Everything one frame of one side needs. */
export interface FrameInput extends PeopleShown {
  /**
   * The network the run started from (the positions belong to it) and what its engine shows (the
   * engine itself, or a still copy of it while the next tick is worked out).
   */
  network: Network;
  source: number;
  hovered: number | null;
}

/**
 * Draws one side — ties, people, queues and messages in flight — onto a
 * canvas from positions and engine state. Imperative and allocation-light:
 * React only creates it and hands it frames. Ties and people are kept in layers
 * (`layers.ts`) repainted only when they change; a frame copies them, draws the
 * messages between them (one dot per tie, version and fate: `dots.ts`) and the
 * marks that follow the pointer on top.
 */
export class SideRenderer {
  private canvas: HTMLCanvasElement | null = null;
  private context: CanvasRenderingContext2D | null = null;
  private graph: Graph = csrGraph(0, Int32Array.of(0), new Int32Array(0));
  private network: Network | null = null;
  /** Null while a large layout is still settling: nothing is drawn until it arrives. */
  private positions: Positions | null = null;
  private width = 0;
  private height = 0;
  private ratio = 1;
  private transform: ViewTransform = { x: 0, y: 0, k: 1 };
  private screenX = new Float32Array(0);
  private screenY = new Float32Array(0);
  private radius = 6;
  /** The typical gap between neighbours, before zoom (CSS pixels). */
  private gap = Infinity;
  /** How far apart an org chart's levels are, before zoom (CSS pixels; 0 for peers). */
  private levels = 0;
  private marks: Marks = marksFor(lightPalette);
  /** Line widths are multiplied by this (thicker on a projector). */
  private weight = 1;
  private readonly labels = new LabelPlacer();
  private readonly dots = new MessageDots();
  /** Bumped whenever where or how things are drawn changes (positions, size, zoom, style). */
  private geometry = 0;
  private readonly tieLayer = new TieLayer();
  private readonly peopleLayer = new PeopleLayer();
  /** A placing due at the next frame, pick or export: fit and size people, fit only, or size only. */
  private due: 'size' | 'fit' | 'gap' | null = null;
  /** How many `draw`s in a row stopped part way (a big side's first picture): at most six. */
  private cuts = 0;

  constructor(
    /** Stretch to fill the panel (an org chart) rather than keep the aspect ratio. */
    private readonly stretch: boolean,
  ) {}

  /** Draws on `canvas` from now on (until `detach`). */
  attach(canvas: HTMLCanvasElement): void {
    this.canvas = canvas;
    this.context = canvas.getContext('2d');
  }

  detach(): void {
    this.canvas = null;
    this.context = null;
    this.onCrowded = null;
  }

  /** The people to draw, where (the ties come from the engine, frame by frame). */
  setNetwork(network: Network, positions: Positions | null): void {
    this.network = network;
    this.graph = network.graph;
    this.positions = positions;
    this.place();
  }

  /** The same people moved (the layout following a change of ties); sizes stay as they were. */
  setPositions(positions: Positions): void {
    this.positions = positions;
    this.place(false);
  }

  resize(width: number, height: number, ratio: number): void {
    // The same size again (a panel re-measured): nothing moves, and placing 100,000 people is not free.
    const same = width === this.width && height === this.height && ratio === this.ratio;
    this.width = width;
    this.height = height;
    this.ratio = ratio;
    if (this.canvas) {
      // Setting a size clears the canvas, even to the same size: a first frame already there stays.
      const w = Math.max(1, Math.round(width * ratio));
      const h = Math.max(1, Math.round(height * ratio));
      if (this.canvas.width !== w) this.canvas.width = w;
      if (this.canvas.height !== h) this.canvas.height = h;
    }
    if (!same) this.place();
  }

  setStyle(marks: Marks, weight: number): void {
    this.marks = marks;
    this.weight = weight;
    this.geometry++;
  }

  /** Where each person sits in the panel (CSS pixels, before pan and zoom) and how big, for exports. */
  placement(): Placement {
    this.placed();
    return {
      width: this.width,
      height: this.height,
      x: this.screenX,
      y: this.screenY,
      radius: this.radius,
    };
  }

  /** The canvas drawn on, if attached. */
  get surface(): HTMLCanvasElement | null {
    return this.canvas;
  }

  setTransform(transform: ViewTransform): void {
    this.transform = transform;
    this.geometry++;
    this.noteCrowding();
  }

  /** The person drawn at a point of the canvas (CSS pixels), or null. */
  pick(px: number, py: number): number | null {
    if (!this.positions) return null;
    this.placed();
    const { x, y, k } = this.transform;
    const reach = (this.radius * Math.sqrt(k) + 6) / k;
    return closest(this.screenX, this.screenY, this.graph.n, (px - x) / k, (py - y) / k, reach);
  }

  /** Draws the frame, or (false) stops past `until` after placing or a layer, to go on next call. */
  draw(frame: FrameInput, until = Infinity): boolean {
    const ctx = this.context;
    const canvas = this.canvas;
    if (!ctx || !canvas) return true;
    const start = performance.now();
    // Past the frame's time, or (a side of many people) a piece's: placing, sizing, crowded teams,
    // ties, who shows what, painting them. One piece per task, so the page answers in between.
    const task = start + pieceMs(this.graph.n);
    const stop = () => {
      const now = performance.now();
      const cut = this.cuts < 6 && now > Math.min(until, task) && now - start > 4;
      if (cut) this.cuts++;
      return cut;
    };
    this.placed(stop);
    if (this.due || stop()) return false;
    const { x, y, k } = this.transform;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    // Still settling, or the engine is already on a different set of people than these positions.
    if (!this.positions || frame.network !== this.network) {
      ctx.fillStyle = this.marks.background;
      ctx.fillRect(0, 0, canvas.width, canvas.height);
      return true;
    }
    const s = this.ratio;
    const world = new DOMMatrix([s * k, 0, 0, s * k, s * x, s * y]);
    const r = this.radius / Math.sqrt(k);
    const line = personLine(r, this.weight);
    const ties = this.tieLayer.update(canvas, frame, this.tieView(frame, world, k), stop);
    if (ties === undefined || stop()) return false;
    const people = this.peopleLayer.update(canvas, frame, stop, {
      x: this.screenX,
      y: this.screenY,
      n: this.graph.n,
      r,
      line,
      world,
      marks: this.marks,
      showIds: r >= 8.5 && this.graph.n <= 200,
      crowded: this.crowded,
      levels: this.levels * s * k,
      geometry: this.geometry,
    });
    if (people === undefined || stop()) return false;
    if (ties) ctx.drawImage(ties, 0, 0);
    ctx.setTransform(world);
    drawGrowing(ctx, this.tieLayer.growing, {
      x: this.screenX,
      y: this.screenY,
      width: tieWidth(this.graph.n, this.weight) / k,
      marks: this.marks,
      progress: frame.progress,
    });
    this.dots.draw(ctx, frame.engine, {
      x: this.screenX,
      y: this.screenY,
      n: this.graph.n,
      tick: frame.tick,
      progress: frame.progress,
      marks: this.marks,
      dot: messageRadius(this.radius) / Math.sqrt(k),
      line: 1 / k,
      world,
      crowded: this.crowded,
    });
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    if (people) ctx.drawImage(people, 0, 0);
    ctx.setTransform(world);
    // What a benchmark measures: the first frame that shows the people.
    if (!canvas.dataset.painted) canvas.dataset.painted = String(Math.round(performance.now()));
    const { x: tx, y: ty } = this.transform;
    drawOverlay(ctx, {
      x: this.screenX,
      y: this.screenY,
      n: this.graph.n,
      r,
      line,
      k,
      weight: this.weight,
      marks: this.marks,
      labels: this.labels,
      visible: { x: -tx / k, y: -ty / k, w: this.width / k, h: this.height / k },
      engine: frame.engine,
      tick: frame.tick,
      source: frame.source,
      hovered: frame.hovered,
      worst: this.peopleLayer.worst,
      worstLength: this.peopleLayer.worstLength,
      crowded: this.crowded,
    });
    this.cuts = 0;
    return true;
  }

  /** How the ties are drawn in this frame's view. */
  private tieView(frame: FrameInput, world: DOMMatrix, k: number): TieLayerView {
    const { x: tx, y: ty } = this.transform;
    return {
      x: this.screenX,
      y: this.screenY,
      width: tieWidth(this.graph.n, this.weight) / k,
      marks: this.marks,
      tick: frame.tick,
      crowdedBelow: CROWDED_GAP / k,
      visible: { x: -tx / k, y: -ty / k, w: this.width / k, h: this.height / k },
      sample: tieSample(
        frame.engine.ties.count,
        this.network?.manager ? this.graph.n - 1 : 0,
        this.crowded,
      ),
      crowded: this.crowded,
      geometry: this.geometry,
      world,
    };
  }

  /** Whether people are too close together on screen to tell apart (then drawn as a summary). */
  get crowded(): boolean {
    return this.gap * this.transform.k < CROWDED_GAP;
  }

  /** `tell` hears whether `crowded` now and whenever it changes (a zoom, a resize, another network). */
  watchCrowding(tell: (crowded: boolean) => void): void {
    this.onCrowded = tell;
    this.wasCrowded = this.crowded;
    tell(this.wasCrowded);
  }

  private onCrowded: ((crowded: boolean) => void) | null = null;
  private wasCrowded = false;
  private noteCrowding(): void {
    const crowded = this.crowded;
    if (crowded === this.wasCrowded) return;
    this.wasCrowded = crowded;
    this.onCrowded?.(crowded);
  }

  /** Fits the drawing to the panel and (unless told not to) sizes people to their spacing, when next needed. */
  private place(resize = true): void {
    this.geometry++;
    this.due = resize || this.due === 'size' || this.due === 'gap' ? 'size' : 'fit';
  }

  /** Places people now if a placing is due; `stop` may end it between fitting and sizing them. */
  private placed(stop?: () => boolean): void {
    if (this.due === null) return;
    const n = this.graph.n;
    if (this.width === 0 || !this.positions) {
      [this.screenX, this.screenY, this.due] = [new Float32Array(n), new Float32Array(n), null];
      return;
    }
    if (this.due !== 'gap') {
      const fitted = fitToPanel(this.positions, n, this.width, this.height, this.stretch);
      this.screenX = fitted.x;
      this.screenY = fitted.y;
      const manager = this.network?.manager;
      this.levels = manager ? levelGap(fitted.y, manager) : 0;
      this.due = this.due === 'size' ? 'gap' : null;
      if (this.due && stop?.()) return;
    }
    if (this.due === 'gap') {
      this.due = null;
      this.gap = medianGap(this.screenX, this.screenY, n);
      this.radius = radiusForGap(this.gap);
      this.noteCrowding();
    }
    // What an end-to-end test measures: the box the people take up, before pan and zoom.
    if (this.canvas)
      this.canvas.dataset.drawn = drawnBox(this.screenX, this.screenY, n, this.radius).said;
  }
}
