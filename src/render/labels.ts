/** A rectangle in drawing coordinates: top-left corner and size. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Above this many people nobody can be told apart anyway; labels only avoid each other. */
const CHECK_PEOPLE_UP_TO = 5000;

/** Does a disc of radius r at (cx, cy) touch the box? */
function touches(box: Box, cx: number, cy: number, r: number): boolean {
  const dx = cx - Math.max(box.x, Math.min(cx, box.x + box.w));
  const dy = cy - Math.max(box.y, Math.min(cy, box.y + box.h));
  return dx * dx + dy * dy < r * r;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/**
 * Finds each frame's labels a place beside the person they describe: inside the visible part of
 * the panel, off every person's disc and off the labels already placed. Tries above, below, right,
 * left and the corners, in that order; when every place covers someone, takes the one covering
 * fewest — never the person it describes.
 */
export class LabelPlacer {
  private placed: Box[] = [];
  private view: Box = { x: 0, y: 0, w: 0, h: 0 };
  private x: Float32Array = new Float32Array(0);
  private y: Float32Array = new Float32Array(0);
  private n = 0;
  private r = 0;

  /** A new frame: the visible area and the people in it (drawing coordinates). */
  reset(view: Box, x: Float32Array, y: Float32Array, n: number, radius: number): void {
    this.placed = [];
    this.view = view;
    this.x = x;
    this.y = y;
    this.n = n;
    this.r = radius;
  }

  /** Where a w×h label for the person at (cx, cy), whose marks reach `reach` from the centre, goes. */
  place(cx: number, cy: number, reach: number, w: number, h: number, gap: number): Box {
    const d = reach + gap;
    const candidates: Box[] = [
      { x: cx - w / 2, y: cy - d - h, w, h },
      { x: cx - w / 2, y: cy + d, w, h },
      { x: cx + d, y: cy - h / 2, w, h },
      { x: cx - d - w, y: cy - h / 2, w, h },
      { x: cx + d * 0.7, y: cy - d * 0.7 - h, w, h },
      { x: cx - d * 0.7 - w, y: cy - d * 0.7 - h, w, h },
      { x: cx + d * 0.7, y: cy + d * 0.7, w, h },
      { x: cx - d * 0.7 - w, y: cy + d * 0.7, w, h },
    ];
    let best: Box | null = null;
    let bestCost = Infinity;
    for (const box of candidates) {
      if (!this.inside(box)) continue;
      const cost = this.cost(box, cx, cy, reach);
      if (cost < bestCost) {
        best = box;
        bestCost = cost;
        if (cost === 0) break;
      }
    }
    // Nothing fits inside the view (a tiny panel, or zoomed far in): keep the first inside it.
    const chosen = best ?? this.clamp(candidates[0]);
    this.placed.push(chosen);
    return chosen;
  }

  private inside(box: Box): boolean {
    const v = this.view;
    return box.x >= v.x && box.y >= v.y && box.x + box.w <= v.x + v.w && box.y + box.h <= v.y + v.h;
  }

  private clamp(box: Box): Box {
    const v = this.view;
    return {
      ...box,
      x: Math.min(Math.max(box.x, v.x), Math.max(v.x, v.x + v.w - box.w)),
      y: Math.min(Math.max(box.y, v.y), Math.max(v.y, v.y + v.h - box.h)),
    };
  }

  /** How many people and labels a place would cover; covering its own person rules it out. */
  private cost(box: Box, cx: number, cy: number, reach: number): number {
    if (touches(box, cx, cy, reach)) return Infinity;
    let cost = 0;
    for (const other of this.placed) if (overlaps(box, other)) cost += 2;
    if (this.n > CHECK_PEOPLE_UP_TO) return cost;
    const r = this.r;
    for (let v = 0; v < this.n; v++) {
      const px = this.x[v];
      const py = this.y[v];
      if (px + r < box.x || px - r > box.x + box.w || py + r < box.y || py - r > box.y + box.h)
        continue;
      if (touches(box, px, py, r)) cost++;
    }
    return cost;
  }
}
