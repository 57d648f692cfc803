import { t } from '../i18n/i18n.ts';
import type { SideEngine } from '../model/engine.ts';
import { Outcome } from '../model/flights.ts';
import { csrGraph, type Graph } from '../model/graph.ts';
import type { Network } from '../model/networks/network.ts';
import type { Positions } from '../layout/positions.ts';
import {
  drawMark,
  marksFor,
  messageRadius,
  personLine,
  personState,
  queueReach,
  tieWidth,
  type Marks,
} from './marks.ts';
import { drawnBox, fitRadius, fitToPanel } from './fit.ts';
import { MarkBatch } from './batch.ts';
import { LabelPlacer } from './labels.ts';
import { lightPalette } from './palette.ts';
import { drawTies } from './tieStrokes.ts';

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
export interface FrameInput {
  /** The network the run started from (the positions belong to it) and the engine running it. */
  network: Network;
  engine: SideEngine;
  /** The tick on show (the last one run). */
  tick: number;
  /** How far the messages of this tick have travelled, 0…1. */
  progress: number;
  source: number;
  hovered: number | null;
  isOut(person: number): boolean;
}

/**
 * Draws one side — ties, people, queues and messages in flight — onto a
 * canvas from positions and engine state. Imperative and allocation-light:
 * React only creates it and hands it frames.
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
  private marks: Marks = marksFor(lightPalette);
  /** Line widths are multiplied by this (thicker on a projector). */
  private weight = 1;
  private readonly labels = new LabelPlacer();
  private readonly batch = new MarkBatch();

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
    this.width = width;
    this.height = height;
    this.ratio = ratio;
    if (this.canvas) {
      this.canvas.width = Math.max(1, Math.round(width * ratio));
      this.canvas.height = Math.max(1, Math.round(height * ratio));
    }
    this.place();
  }

  setStyle(marks: Marks, weight: number): void {
    this.marks = marks;
    this.weight = weight;
  }

  /** Where each person sits in the panel (CSS pixels, before pan and zoom) and how big, for exports. */
  placement(): Placement {
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
  }

  /** The person drawn at a point of the canvas (CSS pixels), or null. */
  pick(px: number, py: number): number | null {
    if (!this.positions) return null;
    const { x, y, k } = this.transform;
    const wx = (px - x) / k;
    const wy = (py - y) / k;
    const reach = (this.nodeRadius() + 6) / k;
    let best: number | null = null;
    let bestDistance = reach * reach;
    for (let v = 0; v < this.graph.n; v++) {
      const d = (this.screenX[v] - wx) ** 2 + (this.screenY[v] - wy) ** 2;
      if (d <= bestDistance) {
        bestDistance = d;
        best = v;
      }
    }
    return best;
  }

  draw(frame: FrameInput): void {
    const ctx = this.context;
    if (!ctx) return;
    const { x, y, k } = this.transform;
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    ctx.fillStyle = this.marks.background;
    ctx.fillRect(0, 0, this.width, this.height);
    // Still settling, or the engine is already on a different set of people than these positions.
    if (!this.positions || frame.network !== this.network) return;
    ctx.setTransform(this.ratio * k, 0, 0, this.ratio * k, this.ratio * x, this.ratio * y);
    drawTies(ctx, frame.engine, {
      x: this.screenX,
      y: this.screenY,
      width: tieWidth(this.graph.n, this.weight) / k,
      marks: this.marks,
      tick: frame.tick,
      progress: frame.progress,
    });
    this.drawMessages(frame, k);
    this.drawPeople(frame, k);
  }

  private nodeRadius(): number {
    return this.radius * Math.sqrt(this.transform.k);
  }

  /** Fits the drawing to the panel and (unless told not to) sizes people to their spacing. */
  private place(resize = true): void {
    const n = this.graph.n;
    if (this.width === 0 || !this.positions) {
      this.screenX = new Float32Array(n);
      this.screenY = new Float32Array(n);
      return;
    }
    const fitted = fitToPanel(this.positions, n, this.width, this.height, this.stretch);
    this.screenX = fitted.x;
    this.screenY = fitted.y;
    if (resize) this.radius = fitRadius(this.screenX, this.screenY, n);
    // What an end-to-end test measures: the box the people take up, before pan and zoom.
    if (this.canvas) {
      const box = drawnBox(this.screenX, this.screenY, n, this.radius);
      this.canvas.dataset.drawn = [box.left, box.top, box.width, box.height, this.radius]
        .map((v) => v.toFixed(1))
        .join(' ');
    }
  }

  private drawMessages(frame: FrameInput, k: number): void {
    const ctx = this.context!;
    const { engine, progress: p } = frame;
    const { marks } = this;
    const dot = messageRadius(this.radius) / Math.sqrt(k);
    const batch = this.batch;
    if (p < 1) {
      const a = engine.arrivals;
      for (let i = 0; i < a.count; i++) {
        const from = a.from[i];
        const to = a.to[i];
        const outcome = a.outcome[i];
        if (outcome === Outcome.Lost && p > 0.55) continue;
        const t = outcome === Outcome.Lost ? Math.min(p, 0.5) : p;
        const px = this.screenX[from] + (this.screenX[to] - this.screenX[from]) * t;
        const py = this.screenY[from] + (this.screenY[to] - this.screenY[from]) * t;
        const mark =
          outcome === Outcome.Dropped && p > 0.6 ? marks.dropped : marks.message[a.version[i]];
        batch.add(mark, px, py);
        if (outcome === Outcome.Lost && p > 0.4) batch.add(marks.lost, px, py);
      }
    } else {
      // At rest: the next tick's sends wait at the start of their ties.
      const f = engine.flights;
      for (let i = 0; i < f.count; i++) {
        const from = f.from[i];
        const to = f.to[i];
        const px = this.screenX[from] + (this.screenX[to] - this.screenX[from]) * 0.3;
        const py = this.screenY[from] + (this.screenY[to] - this.screenY[from]) * 0.3;
        batch.add(marks.outgoing[f.version[i]], px, py);
      }
    }
    batch.flush(ctx, dot, 1 / k);
  }

  private drawPeople(frame: FrameInput, k: number): void {
    const ctx = this.context!;
    const { engine, tick, progress, source, hovered } = frame;
    const { marks } = this;
    const r = this.radius / Math.sqrt(k);
    const line = personLine(r, this.weight);
    // The worst bottleneck: the longest queue waiting now, if any is worth the name.
    let worst = -1;
    let worstLength = 1;
    for (let v = 0; v < this.graph.n; v++) {
      if (engine.queues.length[v] > worstLength) {
        worstLength = engine.queues.length[v];
        worst = v;
      }
    }
    const showIds = r >= 8.5 && this.graph.n <= 200;
    const { x: tx, y: ty } = this.transform;
    const view = { x: -tx / k, y: -ty / k, w: this.width / k, h: this.height / k };
    this.labels.reset(view, this.screenX, this.screenY, this.graph.n, r + line);
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    // Queues under people, people by state, the source's ring on top: one path per shape each.
    const batch = this.batch;
    for (let v = 0; v < this.graph.n; v++) {
      const queue = engine.queues.length[v];
      if (queue > 0) batch.add(marks.queue, this.screenX[v], this.screenY[v], queueReach(r, queue));
    }
    for (let v = 0; v < this.graph.n; v++) {
      const state = personState(engine, v, tick, progress, frame.isOut(v));
      batch.add(marks.person[state], this.screenX[v], this.screenY[v]);
    }
    batch.flush(ctx, r, line);
    if (showIds)
      for (let v = 0; v < this.graph.n; v++) {
        const state = personState(engine, v, tick, progress, frame.isOut(v));
        ctx.font = `600 ${Math.round(r * 0.95)}px system-ui, sans-serif`;
        ctx.fillStyle = marks.label[state];
        ctx.fillText(String(v), this.screenX[v], this.screenY[v] + 0.5);
      }
    if (source >= 0 && source < this.graph.n)
      drawMark(ctx, marks.source, this.screenX[source], this.screenY[source], r, line);
    if (worst >= 0) {
      const x = this.screenX[worst];
      const y = this.screenY[worst];
      const reach = queueReach(r, worstLength);
      drawMark(ctx, marks.bottleneck, x, y, r, line, reach);
      this.label(t('canvas.waiting', { count: worstLength }), x, y, r + reach + 4 * line, k);
    }
    this.drawVacancies(frame, r, line, k);
    if (hovered !== null && hovered < this.graph.n)
      drawMark(ctx, marks.focus, this.screenX[hovered], this.screenY[hovered], r, line);
  }

  /** Posts whose holder is out: a dashed ring, and the ticks until a report is promoted into them. */
  private drawVacancies(frame: FrameInput, r: number, line: number, k: number): void {
    const ctx = this.context!;
    if (frame.engine.dynamics.org)
      frame.engine.dynamics.vacancies(frame.engine.options).forEach(({ person, fillsAt }, i) => {
        const x = this.screenX[person];
        const y = this.screenY[person];
        drawMark(ctx, this.marks.vacant, x, y, r, line);
        // A countdown only where a replacement is coming; a handful at most, so labels stay legible.
        if (fillsAt === Infinity || i >= 6) return;
        const left = fillsAt - frame.tick;
        const text = left > 0 ? t('canvas.filledIn', { count: left }) : t('canvas.nobody');
        this.label(text, x, y, r + 3 * line, k, true);
      });
  }

  /** A label beside the person at (x, y) whose marks reach `reach`: the same size on screen at any zoom. */
  private label(text: string, x: number, y: number, reach: number, k: number, small = false): void {
    const ctx = this.context!;
    const style = small ? this.marks.vacantLabel : this.marks.bottleneckLabel;
    // Larger on a projector (weight > 1): 24 and 20 px in presenter mode.
    const size = ((small ? 12.5 : 15) * this.weight) / k;
    ctx.font = `700 ${size}px system-ui, sans-serif`;
    const box = this.labels.place(
      x,
      y,
      reach,
      ctx.measureText(text).width + size * 0.7,
      size * 1.4,
      3 / k,
    );
    ctx.fillStyle = style.fill;
    ctx.fillRect(box.x, box.y, box.w, box.h);
    ctx.fillStyle = style.text;
    ctx.fillText(text, box.x + box.w / 2, box.y + box.h / 2 + size * 0.05);
  }
}
