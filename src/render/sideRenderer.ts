import type { SideEngine } from '../model/engine.ts';
import { Outcome } from '../model/flights.ts';
import type { Graph } from '../model/graph.ts';
import type { Positions } from '../layout/positions.ts';
import { lightPalette, type Palette } from './palette.ts';

/** Pan and zoom, as d3-zoom reports it: screen = world·k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

/** Everything one frame of one side needs. */
export interface FrameInput {
  engine: SideEngine;
  /** The tick on show (the last one run). */
  tick: number;
  /** How far the messages of this tick have travelled, 0…1. */
  progress: number;
  source: number;
  hovered: number | null;
  isOut(person: number): boolean;
}

const MARGIN = 28;

/**
 * Draws one side — ties, people, queues and messages in flight — onto a
 * canvas from positions and engine state. Imperative and allocation-light:
 * React only creates it and hands it frames.
 */
export class SideRenderer {
  private readonly context: CanvasRenderingContext2D;
  private width = 0;
  private height = 0;
  private ratio = 1;
  private transform: ViewTransform = { x: 0, y: 0, k: 1 };
  private screenX = new Float32Array(0);
  private screenY = new Float32Array(0);
  private radius = 6;
  private colors: Palette = lightPalette;
  /** Line widths are multiplied by this (thicker on a projector). */
  private weight = 1;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private graph: Graph,
    /** Null while a large layout is still settling: nothing is drawn until it arrives. */
    private positions: Positions | null,
    /** Stretch to fill the panel (an org chart) rather than keep the aspect ratio. */
    private readonly stretch: boolean,
  ) {
    this.context = canvas.getContext('2d')!;
  }

  setNetwork(graph: Graph, positions: Positions | null): void {
    this.graph = graph;
    this.positions = positions;
    this.place();
  }

  resize(width: number, height: number, ratio: number): void {
    this.width = width;
    this.height = height;
    this.ratio = ratio;
    this.canvas.width = Math.max(1, Math.round(width * ratio));
    this.canvas.height = Math.max(1, Math.round(height * ratio));
    this.place();
  }

  setStyle(colors: Palette, weight: number): void {
    this.colors = colors;
    this.weight = weight;
  }

  /** Where each person sits in the panel (CSS pixels, before pan and zoom) and how big, for exports. */
  placement(): { width: number; height: number; x: Float32Array; y: Float32Array; radius: number } {
    return {
      width: this.width,
      height: this.height,
      x: this.screenX,
      y: this.screenY,
      radius: this.radius,
    };
  }

  get surface(): HTMLCanvasElement {
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
    const { x, y, k } = this.transform;
    ctx.setTransform(this.ratio, 0, 0, this.ratio, 0, 0);
    ctx.fillStyle = this.colors.background;
    ctx.fillRect(0, 0, this.width, this.height);
    // Still settling, or the engine is already on a different set of people than these positions.
    if (!this.positions || frame.engine.graph !== this.graph) return;
    ctx.setTransform(this.ratio * k, 0, 0, this.ratio * k, this.ratio * x, this.ratio * y);
    this.drawTies(k);
    this.drawMessages(frame, k);
    this.drawPeople(frame, k);
  }

  private nodeRadius(): number {
    return this.radius * Math.sqrt(this.transform.k);
  }

  /** Unit-box positions to panel pixels, and a person size that fits the spacing. */
  private place(): void {
    const n = this.graph.n;
    this.screenX = new Float32Array(n);
    this.screenY = new Float32Array(n);
    if (this.width === 0 || !this.positions) return;
    const { x, y } = this.positions;
    let minX = 1;
    let maxX = 0;
    let minY = 1;
    let maxY = 0;
    for (let v = 0; v < n; v++) {
      minX = Math.min(minX, x[v]);
      maxX = Math.max(maxX, x[v]);
      minY = Math.min(minY, y[v]);
      maxY = Math.max(maxY, y[v]);
    }
    const w = this.width - 2 * MARGIN;
    const h = this.height - 2 * MARGIN;
    let sx = w / Math.max(maxX - minX, 1e-6);
    let sy = h / Math.max(maxY - minY, 1e-6);
    if (!this.stretch) {
      // A force layout may stretch a little (up to 1.8:1) to use a wide, short panel.
      const small = Math.min(sx, sy);
      sx = Math.min(sx, small * 1.8);
      sy = Math.min(sy, small * 1.8);
    }
    const ox = MARGIN + (w - (maxX - minX) * sx) / 2;
    const oy = MARGIN + (h - (maxY - minY) * sy) / 2;
    for (let v = 0; v < n; v++) {
      this.screenX[v] = ox + (x[v] - minX) * sx;
      this.screenY[v] = oy + (y[v] - minY) * sy;
    }
    this.radius = this.fitRadius();
  }

  /** About 40 % of the typical gap to the nearest neighbour, within 2.5–13 px. */
  private fitRadius(): number {
    const n = this.graph.n;
    if (n < 2) return 13;
    const step = Math.max(1, Math.floor(n / 300));
    const gaps: number[] = [];
    for (let u = 0; u < n; u += step) {
      let best = Infinity;
      for (let v = 0; v < n; v++) {
        if (v === u) continue;
        const d =
          (this.screenX[u] - this.screenX[v]) ** 2 + (this.screenY[u] - this.screenY[v]) ** 2;
        if (d < best) best = d;
      }
      gaps.push(Math.sqrt(best));
    }
    gaps.sort((a, b) => a - b);
    return Math.min(13, Math.max(2.5, gaps[Math.floor(gaps.length / 2)] * 0.4));
  }

  private drawTies(k: number): void {
    const ctx = this.context;
    const { offsets, neighbors, n } = this.graph;
    ctx.beginPath();
    for (let u = 0; u < n; u++) {
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const v = neighbors[e];
        if (v < u) continue;
        ctx.moveTo(this.screenX[u], this.screenY[u]);
        ctx.lineTo(this.screenX[v], this.screenY[v]);
      }
    }
    ctx.strokeStyle = this.colors.edge;
    ctx.lineWidth = ((n > 500 ? 0.6 : 1.4) * this.weight) / k;
    ctx.stroke();
  }

  private drawMessages(frame: FrameInput, k: number): void {
    const ctx = this.context;
    const { engine, progress: p } = frame;
    const dot = Math.max(2.5, this.radius * 0.5) / Math.sqrt(k);
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
        let colour = a.version[i] === 1 ? this.colors.distorted : this.colors.informed;
        if (outcome === Outcome.Dropped && p > 0.6) colour = this.colors.lost;
        ctx.beginPath();
        ctx.arc(px, py, dot, 0, 2 * Math.PI);
        ctx.fillStyle = colour;
        ctx.fill();
        ctx.lineWidth = 1 / k;
        ctx.strokeStyle = this.colors.background;
        ctx.stroke();
        if (outcome === Outcome.Lost && p > 0.4)
          this.cross(px, py, dot * 1.4, this.colors.lost, 2 / k);
      }
      return;
    }
    // At rest: the next tick's sends wait at the start of their ties.
    const f = engine.flights;
    ctx.lineWidth = 1.5 / k;
    for (let i = 0; i < f.count; i++) {
      const from = f.from[i];
      const to = f.to[i];
      const px = this.screenX[from] + (this.screenX[to] - this.screenX[from]) * 0.3;
      const py = this.screenY[from] + (this.screenY[to] - this.screenY[from]) * 0.3;
      ctx.beginPath();
      ctx.arc(px, py, dot * 0.8, 0, 2 * Math.PI);
      ctx.strokeStyle = f.version[i] === 1 ? this.colors.distorted : this.colors.informed;
      ctx.fillStyle = this.colors.background;
      ctx.fill();
      ctx.stroke();
    }
  }

  private drawPeople(frame: FrameInput, k: number): void {
    const ctx = this.context;
    const { engine, tick, progress, source, hovered } = frame;
    const trace = engine.first;
    const r = this.radius / Math.sqrt(k);
    const line = Math.max(1, r * 0.22) * this.weight;
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
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (let v = 0; v < this.graph.n; v++) {
      const x = this.screenX[v];
      const y = this.screenY[v];
      const heard = trace.heardTick[v];
      const informed = heard >= 0 && (heard < tick || progress >= 0.85);
      const queue = engine.queues.length[v];
      if (queue > 0) {
        // A halo that grows with the queue.
        ctx.beginPath();
        ctx.arc(x, y, r + line + Math.min(3 * r, 2 * Math.sqrt(queue)), 0, 2 * Math.PI);
        ctx.fillStyle = this.colors.queueHalo;
        ctx.fill();
      }
      if (frame.isOut(v)) {
        ctx.beginPath();
        ctx.arc(x, y, r * 0.8, 0, 2 * Math.PI);
        ctx.fillStyle = this.colors.failedFill;
        ctx.fill();
        ctx.lineWidth = line;
        ctx.strokeStyle = this.colors.failed;
        ctx.stroke();
        this.cross(x, y, r * 0.6, this.colors.failedCross, line);
      } else if (informed && trace.believesDistorted(v)) {
        // Distorted: an orange diamond.
        ctx.beginPath();
        ctx.moveTo(x, y - r * 1.25);
        ctx.lineTo(x + r * 1.25, y);
        ctx.lineTo(x, y + r * 1.25);
        ctx.lineTo(x - r * 1.25, y);
        ctx.closePath();
        ctx.fillStyle = this.colors.distorted;
        ctx.fill();
        ctx.lineWidth = line;
        ctx.strokeStyle = this.colors.ink;
        ctx.stroke();
      } else {
        ctx.beginPath();
        ctx.arc(x, y, r, 0, 2 * Math.PI);
        ctx.fillStyle = informed ? this.colors.informed : this.colors.uninformedFill;
        ctx.fill();
        ctx.lineWidth = line;
        ctx.strokeStyle = informed ? this.colors.ink : this.colors.uninformedStroke;
        ctx.stroke();
      }
      if (showIds) {
        ctx.font = `600 ${Math.round(r * 0.95)}px system-ui, sans-serif`;
        ctx.fillStyle = informed && !frame.isOut(v) ? this.colors.onInformed : this.colors.ink;
        ctx.fillText(String(v), x, y + 0.5);
      }
      if (v === source) this.ring(x, y, r + 2.2 * line, this.colors.source, 1.6 * line);
    }
    if (worst >= 0) {
      const x = this.screenX[worst];
      const y = this.screenY[worst];
      this.ring(
        x,
        y,
        r + 3.5 * line + Math.min(3 * r, 2 * Math.sqrt(worstLength)),
        this.colors.bottleneck,
        1.4 * line,
      );
      this.label(
        `${worstLength} waiting`,
        x,
        y - r - 4 * line - Math.min(3 * r, 2 * Math.sqrt(worstLength)),
        k,
      );
    }
    if (hovered !== null && hovered < this.graph.n) {
      const x = this.screenX[hovered];
      const y = this.screenY[hovered];
      this.ring(x, y, r + 4 * line, this.colors.ink, 3 * line);
      this.ring(x, y, r + 4 * line, this.colors.hover, 1.6 * line);
    }
  }

  private ring(x: number, y: number, radius: number, colour: string, width: number): void {
    const ctx = this.context;
    ctx.beginPath();
    ctx.arc(x, y, radius, 0, 2 * Math.PI);
    ctx.lineWidth = width;
    ctx.strokeStyle = colour;
    ctx.stroke();
  }

  private cross(x: number, y: number, size: number, colour: string, width: number): void {
    const ctx = this.context;
    ctx.beginPath();
    ctx.moveTo(x - size, y - size);
    ctx.lineTo(x + size, y + size);
    ctx.moveTo(x + size, y - size);
    ctx.lineTo(x - size, y + size);
    ctx.lineWidth = width;
    ctx.strokeStyle = colour;
    ctx.stroke();
  }

  private label(text: string, x: number, y: number, k: number): void {
    const ctx = this.context;
    const size = 15 / k;
    ctx.font = `700 ${size}px system-ui, sans-serif`;
    const w = ctx.measureText(text).width + 10 / k;
    ctx.fillStyle = this.colors.bottleneck;
    ctx.fillRect(x - w / 2, y - size, w, size * 1.4);
    ctx.fillStyle = this.colors.onBottleneck;
    ctx.fillText(text, x, y - size * 0.3);
  }
}
