import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawnBox, fitRadius, fitToPanel } from './fit.ts';
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
