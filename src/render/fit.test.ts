import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnBox, fitRadius, fitToPanel, Grid, levelGap, medianGap } from './fit.ts';
import { LabelPlacer, type Box } from './labels.ts';

const layout = fc
  .array(
    fc.tuple(
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ min: 0, max: 1, noNaN: true }),
    ),
    {
      minLength: 2,
      maxLength: 80,
    },
  )
  .filter((points) => {
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    // A layout with some extent both ways, as a force layout or an org chart has.
    const span = (v: number[]) =>
      v.reduce((a, b) => Math.max(a, b)) - v.reduce((a, b) => Math.min(a, b));
    return (
      span(xs) > 0.05 && span(ys) > 0.05 && span(xs) / span(ys) < 1.5 && span(ys) / span(xs) < 1.5
    );
  });

describe('fitting a drawing to its panel', () => {
  it('fills at least 80 % of the shorter side and stays inside the panel, at any panel size', () => {
    fc.assert(
      fc.property(
        layout,
        fc.integer({ min: 120, max: 2000 }),
        fc.integer({ min: 120, max: 1200 }),
        fc.boolean(),
        (points, width, height, stretch) => {
          const n = points.length;
          const positions = {
            x: Float32Array.from(points, (p) => p[0]),
            y: Float32Array.from(points, (p) => p[1]),
          };
          const { x, y } = fitToPanel(positions, n, width, height, stretch);
          const box = drawnBox(x, y, n, 0);
          const shorter = Math.min(width, height);
          const along = width <= height ? box.width : box.height;
          expect(along / shorter).toBeGreaterThanOrEqual(0.8);
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.top).toBeGreaterThanOrEqual(0);
          expect(box.left + box.width).toBeLessThanOrEqual(width + 1e-3);
          expect(box.top + box.height).toBeLessThanOrEqual(height + 1e-3);
        },
      ),
    );
  });

  it('puts a single person in the middle and sizes people to their spacing', () => {
    const one = fitToPanel(
      { x: Float32Array.of(0.3), y: Float32Array.of(0.9) },
      1,
      400,
      200,
      false,
    );
    expect([one.x[0], one.y[0]]).toEqual([200, 100]);
    const grid = fitToPanel(
      { x: Float32Array.of(0, 1, 0, 1), y: Float32Array.of(0, 0, 1, 1) },
      4,
      300,
      300,
      false,
    );
    const gap = grid.x[1] - grid.x[0];
    expect(fitRadius(grid.x, grid.y, 4)).toBeCloseTo(Math.min(13, gap * 0.4));
  });
});

const covers = (box: Box, x: number, y: number, r: number) => {
  const dx = x - Math.max(box.x, Math.min(x, box.x + box.w));
  const dy = y - Math.max(box.y, Math.min(y, box.y + box.h));
  return dx * dx + dy * dy < r * r;
};

describe('placing labels', () => {
  it('never covers the person described, stays in view, and avoids others where it can', () => {
    fc.assert(
      fc.property(layout, fc.integer({ min: 0, max: 79 }), (points, pick) => {
        const n = points.length;
        const view = { x: 0, y: 0, w: 600, h: 400 };
        const { x, y } = fitToPanel(
          { x: Float32Array.from(points, (p) => p[0]), y: Float32Array.from(points, (p) => p[1]) },
          n,
          view.w,
          view.h,
          false,
        );
        const r = 6;
        const placer = new LabelPlacer();
        placer.reset(view, x, y, n, r);
        const who = pick % n;
        const box = placer.place(x[who], y[who], r + 4, 90, 20, 3);
        expect(covers(box, x[who], y[who], r + 4)).toBe(false);
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.y).toBeGreaterThanOrEqual(0);
        expect(box.x + box.w).toBeLessThanOrEqual(view.w);
        expect(box.y + box.h).toBeLessThanOrEqual(view.h);
      }),
    );
  });

  it('moves a label off a neighbour above, and two labels off each other', () => {
    // A person at the top edge (no room above) with a neighbour right below: the label goes beside.
    const x = Float32Array.of(300, 300, 200);
    const y = Float32Array.of(12, 40, 200);
    const placer = new LabelPlacer();
    placer.reset({ x: 0, y: 0, w: 600, h: 400 }, x, y, 3, 6);
    const first = placer.place(300, 12, 8, 80, 20, 3);
    expect(first.x).toBeGreaterThan(300);
    for (let v = 0; v < 3; v++) expect(covers(first, x[v], y[v], 6)).toBe(false);
    const second = placer.place(200, 200, 8, 80, 20, 3);
    const third = placer.place(200, 200, 8, 80, 20, 3);
    const apart =
      second.x + second.w <= third.x ||
      third.x + third.w <= second.x ||
      second.y + second.h <= third.y ||
      third.y + third.h <= second.y;
    expect(apart).toBe(true);
  });
});

describe('the median gap between neighbours', () => {
  /** The same sampling, each nearest neighbour found by looking at everyone. */
  const bruteForce = (x: Float32Array, y: Float32Array, n: number) => {
    const samples = Math.max(24, Math.min(300, Math.floor(3_000_000 / n)));
    const step = Math.max(1, Math.floor(n / samples));
    const gaps: number[] = [];
    for (let u = 0; u < n; u += step) {
      let best = Infinity;
      for (let v = 0; v < n; v++)
        if (v !== u) best = Math.min(best, (x[u] - x[v]) ** 2 + (y[u] - y[v]) ** 2);
      gaps.push(Math.sqrt(best));
    }
    gaps.sort((a, b) => a - b);
    return gaps[Math.floor(gaps.length / 2)];
  };

  it('is exactly what looking at everyone gives, for scattered, clumped and repeated points', () => {
    const point = fc.oneof(
      fc.tuple(
        fc.float({ min: 0, max: 1000, noNaN: true }),
        fc.float({ min: 0, max: 1000, noNaN: true }),
      ),
      fc.tuple(
        fc.float({ min: 10, max: 10.5, noNaN: true }),
        fc.float({ min: 0, max: 1, noNaN: true }),
      ),
      fc.constant([3, 3] as [number, number]),
    );
    // Few people over a wide space, some far from everyone: nearest neighbours many cells away.
    const sparse = fc.array(
      fc
        .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 40 }))
        .map(([a, b]) => [a * a * 0.6, b * 25] as [number, number]),
      { minLength: 2, maxLength: 60 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(point, { minLength: 2, maxLength: 400 }), sparse), (points) => {
        const x = Float32Array.from(points, (p) => p[0]);
        const y = Float32Array.from(points, (p) => p[1]);
        expect(medianGap(x, y, points.length)).toBe(bruteForce(x, y, points.length));
        // and each person's nearest neighbour, not just the median of a sample
        const grid = new Grid(x, y, points.length);
        for (let u = 0; u < points.length; u++) {
          let best = Infinity;
          for (let v = 0; v < points.length; v++)
            if (v !== u) best = Math.min(best, (x[u] - x[v]) ** 2 + (y[u] - y[v]) ** 2);
          expect(grid.nearest(u)).toBe(best);
        }
      }),
      { numRuns: 600 },
    );
  });
});

describe('levelGap', () => {
  it('is the least step down from a manager to a report, 0 where nobody stands below', () => {
    const y = Float32Array.of(0, 30, 30, 55, 90);
    expect(levelGap(y, Int32Array.of(-1, 0, 0, 1, 3))).toBe(25);
    expect(levelGap(Float32Array.of(5, 5), Int32Array.of(-1, 0))).toBe(0);
  });
});
