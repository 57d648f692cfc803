import type { Positions } from '../layout/positions.ts';

/** A force layout may stretch this much along a panel's longer side, to use a wide or tall panel. */
const MAX_STRETCH = 1.8;

/**
 * The empty border kept around a drawing: room for a queue's ring and a label on a large panel,
 * little on a small one, so the network always spans at least 80 % of the panel's shorter side.
 */
export function fitMargin(width: number, height: number): number {
  return Math.min(48, Math.max(8, Math.min(width, height) * 0.09));
}

/** The smallest box holding every point. */
function bounds(
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  n: number,
): { minX: number; maxX: number; minY: number; maxY: number } {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let v = 0; v < n; v++) {
    if (x[v] < minX) minX = x[v];
    if (x[v] > maxX) maxX = x[v];
    if (y[v] < minY) minY = y[v];
    if (y[v] > maxY) maxY = y[v];
  }
  return { minX, maxX, minY, maxY };
}

/**
 * Unit-box positions to panel pixels: the drawing fills the panel's shorter side; an org chart
 * (`stretch`) fills both, a force layout keeps its shape within `MAX_STRETCH`.
 */
export function fitToPanel(
  positions: Positions,
  n: number,
  width: number,
  height: number,
  stretch: boolean,
): { x: Float32Array<ArrayBuffer>; y: Float32Array<ArrayBuffer> } {
  const screenX = new Float32Array(n);
  const screenY = new Float32Array(n);
  const { x, y } = positions;
  if (n === 0) return { x: screenX, y: screenY };
  const { minX, maxX, minY, maxY } = bounds(x, y, n);
  const margin = fitMargin(width, height);
  const w = Math.max(1, width - 2 * margin);
  const h = Math.max(1, height - 2 * margin);
  const spanX = Math.max(maxX - minX, 1e-6);
  const spanY = Math.max(maxY - minY, 1e-6);
  let sx = w / spanX;
  let sy = h / spanY;
  if (!stretch) {
    // The shorter side is always filled; the longer one at most MAX_STRETCH times as much.
    if (h <= w) sx = Math.min(sx, sy * MAX_STRETCH);
    else sy = Math.min(sy, sx * MAX_STRETCH);
  }
  // A single person, or everyone on one line, sits in the middle.
  if (maxX - minX < 1e-6) sx = 0;
  if (maxY - minY < 1e-6) sy = 0;
  const ox = margin + (w - (maxX - minX) * sx) / 2;
  const oy = margin + (h - (maxY - minY) * sy) / 2;
  for (let v = 0; v < n; v++) {
    screenX[v] = ox + (x[v] - minX) * sx;
    screenY[v] = oy + (y[v] - minY) * sy;
  }
  return { x: screenX, y: screenY };
}

/** About 40 % of the typical gap to the nearest neighbour, within 2.5–13 px. */
export function fitRadius(x: Float32Array, y: Float32Array, n: number): number {
  return radiusForGap(medianGap(x, y, n));
}

/** A person's radius for a typical gap to the nearest neighbour (13 px when alone). */
export function radiusForGap(gap: number): number {
  return Number.isFinite(gap) ? Math.min(13, Math.max(2.5, gap * 0.4)) : 13;
}

/**
 * Below this typical gap between neighbours on screen (CSS pixels), people overlap so much that
 * they cannot be told apart: they are drawn as a summary instead (`PeopleLayer`).
 */
export const CROWDED_GAP = 3;

/** The least distance down from a manager to their reports (0 if none is below its manager). */
export function levelGap(y: Float32Array, manager: Int32Array): number {
  let gap = Infinity;
  for (let v = 0; v < manager.length; v++) {
    const m = manager[v];
    const down = m >= 0 ? y[v] - y[m] : 0;
    if (down > 0 && down < gap) gap = down;
  }
  return Number.isFinite(gap) ? gap : 0;
}

/** The typical distance from a person to their nearest neighbour, sampled (Infinity below two people). */
export function medianGap(x: Float32Array, y: Float32Array, n: number): number {
  if (n < 2) return Infinity;
  // Up to 300 people sampled, fewer in big networks; each one's nearest neighbour is found
  // exactly, by searching rings of grid cells outwards from theirs until no closer one can be.
  const samples = Math.max(24, Math.min(300, Math.floor(3_000_000 / n)));
  const step = Math.max(1, Math.floor(n / samples));
  const grid = new Grid(x, y, n);
  const gaps: number[] = [];
  for (let u = 0; u < n; u += step) gaps.push(Math.sqrt(grid.nearest(u)));
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)];
}

/** People bucketed into square cells, about two to a cell, for nearest-neighbour searches. */
export class Grid {
  private readonly side: number;
  private readonly cell: number;
  private readonly minX: number;
  private readonly minY: number;
  /** People in cell order; cell c's people are `order[start[c]] … order[start[c + 1] - 1]`. */
  private readonly start: Int32Array;
  private readonly order: Int32Array;

  constructor(
    private readonly x: Float32Array,
    private readonly y: Float32Array,
    n: number,
  ) {
    const { minX, maxX, minY, maxY } = bounds(x, y, n);
    this.side = Math.max(1, Math.ceil(Math.sqrt(n / 2)));
    this.cell = Math.max(maxX - minX, maxY - minY, 1e-9) / this.side;
    this.minX = minX;
    this.minY = minY;
    const cells = this.side * this.side;
    this.start = new Int32Array(cells + 1);
    const at = new Int32Array(n);
    for (let v = 0; v < n; v++) this.start[(at[v] = this.cellOf(x[v], y[v])) + 1]++;
    for (let c = 0; c < cells; c++) this.start[c + 1] += this.start[c];
    const fill = this.start.slice(0, cells);
    this.order = new Int32Array(n);
    for (let v = 0; v < n; v++) this.order[fill[at[v]]++] = v;
  }

  private clamp(i: number): number {
    return Math.min(this.side - 1, Math.max(0, i));
  }

  private cellOf(px: number, py: number): number {
    const cx = this.clamp(Math.floor((px - this.minX) / this.cell));
    return this.clamp(Math.floor((py - this.minY) / this.cell)) * this.side + cx;
  }

  /** The squared distance from `u` to the nearest other person. */
  nearest(u: number): number {
    const { x, y, side, start, order } = this;
    const cx = this.clamp(Math.floor((x[u] - this.minX) / this.cell));
    const cy = this.clamp(Math.floor((y[u] - this.minY) / this.cell));
    let best = Infinity;
    for (let r = 0; r < side; r++) {
      // Everyone in ring r or beyond is at least r − 1 cells away (r − 2 allows for a person
      // put one cell off by rounding).
      const reach = (r - 2) * this.cell;
      if (r > 2 && reach * reach > best) break;
      for (let j = cy - r; j <= cy + r; j++) {
        if (j < 0 || j >= side) continue;
        const edge = j === cy - r || j === cy + r;
        for (let i = cx - r; i <= cx + r; i += edge ? 1 : 2 * r) {
          if (i >= 0 && i < side) {
            const c = j * side + i;
            for (let k = start[c]; k < start[c + 1]; k++) {
              const v = order[k];
              if (v === u) continue;
              const d = (x[u] - x[v]) ** 2 + (y[u] - y[v]) ** 2;
              if (d < best) best = d;
            }
          }
          if (r === 0) break;
        }
      }
    }
    return best;
  }
}

/** The person nearest to (`px`, `py`) within `reach`, or null (the last of equals). */
export function closest(
  x: Float32Array,
  y: Float32Array,
  n: number,
  px: number,
  py: number,
  reach: number,
): number | null {
  let best: number | null = null;
  let bestDistance = reach * reach;
  for (let v = 0; v < n; v++) {
    const d = (x[v] - px) ** 2 + (y[v] - py) ** 2;
    if (d <= bestDistance) {
      bestDistance = d;
      best = v;
    }
  }
  return best;
}

/**
 * How long one piece of a side's first picture may take (ms): from 20,000 people it is drawn a
 * piece per task — placing, sizing, ties, people — so the page answers in between; below that it
 * is drawn whole unless the frame runs long.
 */
export const pieceMs = (n: number): number => (n >= 20_000 ? 10 : Infinity);

/** The box the people occupy on screen (centres ± radius), in panel pixels. */
export function drawnBox(
  x: Float32Array,
  y: Float32Array,
  n: number,
  radius: number,
): { left: number; top: number; width: number; height: number; said: string } {
  const { minX, maxX, minY, maxY } =
    n === 0 ? { minX: 0, maxX: 0, minY: 0, maxY: 0 } : bounds(x, y, n);
  const r = n === 0 ? 0 : radius;
  const box = {
    left: minX - r,
    top: minY - r,
    width: maxX - minX + 2 * r,
    height: maxY - minY + 2 * r,
  };
  // As a test reads it: left, top, width, height and the radius, one decimal each.
  const said = [box.left, box.top, box.width, box.height, radius]
    .map((v) => v.toFixed(1))
    .join(' ');
  return { ...box, said };
}
