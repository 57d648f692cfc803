import { paintShape, shapeRadius, traceShape, type Mark } from './marks.ts';

interface Points {
  x: number[];
  y: number[];
  reach: number[];
}

/**
 * Marks collected for a frame and drawn one path per shape of each mark, not one per person or
 * message: with thousands on show, the canvas fills a few dozen paths instead of thousands. Marks
 * are drawn in the order they were first added (so rings go under people if added first).
 */
export class MarkBatch {
  private readonly points = new Map<Mark, Points>();

  add(mark: Mark, x: number, y: number, reach = 0): void {
    let at = this.points.get(mark);
    if (!at) {
      at = { x: [], y: [], reach: [] };
      this.points.set(mark, at);
    }
    at.x.push(x);
    at.y.push(y);
    at.reach.push(reach);
  }

  /** Draws everything added (sizes in radius `r` and line width `w`) and empties the batch. */
  flush(ctx: CanvasRenderingContext2D, r: number, w: number): void {
    for (const [mark, at] of this.points) {
      for (const shape of mark) {
        ctx.beginPath();
        for (let i = 0; i < at.x.length; i++)
          traceShape(ctx, shape.kind, at.x[i], at.y[i], shapeRadius(shape, r, w, at.reach[i]));
        paintShape(ctx, shape, w);
      }
    }
    this.points.clear();
  }
}
