/** Where each person is drawn, in a unit box ([0, 1] on both axes). */
export interface Positions {
  x: Float32Array;
  y: Float32Array;
}

interface Point {
  x: number;
  y: number;
}

/** Scales points into the unit box, keeping their aspect ratio and centring them. */
export function normalize(points: readonly Point[]): Positions {
  const n = points.length;
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const span = Math.max(maxX - minX, maxY - minY, 1e-9);
  const offX = (span - (maxX - minX)) / 2;
  const offY = (span - (maxY - minY)) / 2;
  const x = new Float32Array(n);
  const y = new Float32Array(n);
  points.forEach((p, i) => {
    x[i] = n === 1 ? 0.5 : (p.x - minX + offX) / span;
    y[i] = n === 1 ? 0.5 : (p.y - minY + offY) / span;
  });
  return { x, y };
}

/**
 * Above this many people a layout is kept rough: they are drawn as a summary anyway, and the
 * finer passes (collisions, more ticks) would take a minute in the layout worker.
 */
export const HUGE = 20000;
