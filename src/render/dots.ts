import type { SideShow } from '../model/shown.ts';
import { Outcome, type Flights, type Rows } from '../model/flights.ts';
import { MarkBatch } from './batch.ts';
import { Layer } from './layers.ts';
import type { Mark, Marks } from './marks.ts';
import { pack, rgb, SPLAT_FROM, Splats } from './splat.ts';

/**
 * The message dots a tick needs. Every send along the same tie, of the same version and with the
 * same fate, is drawn at the same point at every moment of the tick, so one dot stands for all of
 * them: a flood of 200,000 sends over 8,000 ties needs at most a few times 8,000 dots, and the
 * picture is exactly the one drawing every send gives. Worked out once per tick, not per frame.
 */
export class DotSet {
  /** Each distinct dot: the ends, version and outcome of the first send it stands for. */
  from = new Int32Array(0);
  to = new Int32Array(0);
  version = new Int8Array(0);
  outcome = new Int8Array(0);
  count = 0;
  private keys = new Float64Array(0);
  /** Per (receiver, version, fate): the sender block that last used it (see `bySender`). */
  private seen = new Int32Array(0);
  private block = 0;
  private source: Flights | null = null;
  private tick = -1;
  private records = -1;
  private revision = -1;

  /**
   * The distinct dots of `flights` (sends of `tick` between `n` people; fan-outs go along `rows`,
   * read where they are, not written out).
   */
  of(flights: Flights, rows: Rows, n: number, tick: number): this {
    const { count, revision } = flights;
    if (flights === this.source && tick === this.tick && count === this.records && revision === this.revision)
      return this;
    this.source = flights;
    this.tick = tick;
    this.records = count;
    this.revision = revision;
    if (this.from.length < flights.copies) {
      this.from = new Int32Array(flights.copies);
      this.to = new Int32Array(flights.copies);
      this.version = new Int8Array(flights.copies);
      this.outcome = new Int8Array(flights.copies);
    }
    if (!this.bySender(flights, rows, n)) this.hashed(flights, rows, n);
    return this;
  } // prettier-ignore

  private keep(from: number, to: number, version: number, outcome: number): void {
    const d = this.count++;
    this.from[d] = from;
    this.to[d] = to;
    this.version[d] = version;
    this.outcome[d] = outcome;
  }

  /**
   * The engine adds a tick's sends sender by sender, so each sender's sends come together: within
   * one sender's run, a stamp per (receiver, version, fate) finds the repeats with no hashing.
   * Returns false, having done nothing that counts, if the senders are not in order.
   */
  private bySender(flights: Flights, rows: Rows, n: number): boolean {
    if (this.seen.length < n * 6) this.seen = new Int32Array(n * 6);
    if (this.block > 0x3fffffff - flights.copies) {
      this.seen.fill(0);
      this.block = 0;
    }
    const { seen } = this;
    let sender = -1;
    this.count = 0;
    return flights.eachSend(rows, (_, from, to, version, outcome) => {
      if (from !== sender) {
        if (from < sender) return false;
        sender = from;
        this.block++;
      }
      const key = to * 6 + version * 3 + fateOf(outcome);
      if (seen[key] !== this.block) {
        seen[key] = this.block;
        this.keep(from, to, version, outcome);
      }
      return true;
    });
  }

  /** The same for sends in any order: an open-addressed set of (tie, version, fate), at most half full. */
  private hashed(flights: Flights, rows: Rows, n: number): void {
    let size = 16;
    while (size < 2 * flights.copies) size *= 2;
    if (this.keys.length !== size) this.keys = new Float64Array(size);
    this.keys.fill(-1);
    const mask = size - 1;
    this.count = 0;
    flights.eachSend(rows, (_, from, to, version, outcome) => {
      const fate = fateOf(outcome);
      const key = ((from * n + to) * 2 + version) * 3 + fate;
      let h = (Math.imul(from, 0x9e3779b1) ^ Math.imul(to + fate * 7 + version, 0x85ebca77)) & mask;
      while (this.keys[h] !== -1 && this.keys[h] !== key) h = (h + 1) & mask;
      if (this.keys[h] !== key) {
        this.keys[h] = key;
        this.keep(from, to, version, outcome);
      }
      return true;
    });
  }
}

/** 0 delivered (or on its way), 1 lost, 2 dropped. */
const fateOf = (outcome: number) =>
  outcome === Outcome.Lost ? 1 : outcome === Outcome.Dropped ? 2 : 0;

/** Where people are and what the frame shows, for the messages in flight. */
export interface DotView {
  x: Float32Array;
  y: Float32Array;
  n: number;
  /** The tick on show, and how far its messages have travelled (0…1). */
  tick: number;
  progress: number;
  marks: Marks;
  /** A dot's radius and line width, in canvas units. */
  dot: number;
  line: number;
  /** Canvas units to device pixels (the context's transform). */
  world: DOMMatrix;
  /** People too close together to tell apart: each dot is a small square of its colour. */
  crowded: boolean;
}

/** Messages in flight: this tick's sends moving along their ties, or, at rest, the next tick's waiting. */
export class MessageDots {
  private readonly set = new DotSet();
  private readonly batch = new MarkBatch();
  private readonly splats = new Splats();
  private readonly layer = new Layer();

  draw(ctx: CanvasRenderingContext2D, engine: SideShow, view: DotView): void {
    const { x, y, marks, progress: p } = view;
    // A flood's fan-outs are read where they are: one dot per tie, version and fate.
    const flights = p < 1 ? engine.arrivals : engine.flights;
    const dots = this.set.of(flights, engine.ties, view.n, p < 1 ? view.tick : view.tick + 1);
    const stamped = dots.count >= SPLAT_FROM ? this.stamper(ctx, view) : null;
    const batch: Pick<MarkBatch, 'add'> & {
      flush(ctx: CanvasRenderingContext2D, r: number, w: number): void;
    } = stamped ?? this.batch;
    for (let d = 0; d < dots.count; d++) {
      const from = dots.from[d];
      const to = dots.to[d];
      const version = dots.version[d];
      if (p >= 1) {
        // At rest: the next tick's sends wait at the start of their ties.
        const px = x[from] + (x[to] - x[from]) * 0.3;
        const py = y[from] + (y[to] - y[from]) * 0.3;
        batch.add(marks.outgoing[version], px, py);
        continue;
      }
      const outcome = dots.outcome[d];
      if (outcome === Outcome.Lost && p > 0.55) continue;
      const t = outcome === Outcome.Lost ? Math.min(p, 0.5) : p;
      const px = x[from] + (x[to] - x[from]) * t;
      const py = y[from] + (y[to] - y[from]) * t;
      const mark = outcome === Outcome.Dropped && p > 0.6 ? marks.dropped : marks.message[version];
      batch.add(mark, px, py);
      if (outcome === Outcome.Lost && p > 0.4) batch.add(marks.lost, px, py);
    }
    batch.flush(ctx, view.dot, view.line);
  }

  /** Stamps dots into a layer of their own (many dots), copied onto `ctx` when flushed. */
  private stamper(ctx: CanvasRenderingContext2D, view: DotView) {
    const fitted = this.layer.fit(ctx.canvas);
    if (!fitted || !this.splats.begin(fitted.canvas)) return null;
    const { splats } = this;
    const { a, d, e, f } = view.world;
    // Crowded: a square of about a dot's width (at least a pixel), in the mark's colour, unblended.
    const side = Math.max(1, Math.round(view.dot * a));
    const colours = new Map<Mark, number>();
    let lastMark: Mark | null = null;
    let lastColour = 0;
    const colourOf = (mark: Mark) => {
      if (mark === lastMark) return lastColour;
      let colour = colours.get(mark);
      if (colour === undefined) colours.set(mark, (colour = packed(mark, view.marks.background)));
      lastMark = mark;
      lastColour = colour;
      return colour;
    };
    return {
      add(mark: Mark, x: number, y: number) {
        const px = a * x + e;
        const py = d * y + f;
        if (!view.crowded) splats.stamp(mark, px, py, view.dot * a, view.line * a);
        else
          splats.block(Math.round(px - side / 2), Math.round(py - side / 2), side, colourOf(mark));
      },
      flush(target: CanvasRenderingContext2D) {
        splats.put(fitted.ctx);
        target.save();
        target.setTransform(1, 0, 0, 1, 0, 0);
        target.drawImage(fitted.canvas, 0, 0);
        target.restore();
      },
    };
  }
}

/**
 * A mark's colour packed as opaque RGBA, little-endian: its first shape's fill, or its stroke where
 * it has none or is hollow (filled with the background, as a message waiting to be sent is).
 */
function packed(mark: Mark, background: string): number {
  const shape = mark[0];
  const fill = shape?.fill === background ? undefined : shape?.fill;
  return pack(...rgb(fill ?? shape?.stroke ?? '#888888'));
}
