import { t } from '../i18n/words.ts';
import type { SideShow } from '../model/shown.ts';
import type { LabelPlacer } from './labels.ts';
import { drawMark, queueReach, type Marks } from './marks.ts';

/** What the marks drawn over everything else need: drawn every frame, they are few. */
export interface OverlayView {
  x: Float32Array;
  y: Float32Array;
  n: number;
  /** A person's radius and line width, and the zoom, in canvas units. */
  r: number;
  line: number;
  k: number;
  /** Line widths and labels are this much larger on a projector. */
  weight: number;
  marks: Marks;
  labels: LabelPlacer;
  /** The part of the drawing on screen, for placing labels. */
  visible: { x: number; y: number; w: number; h: number };
  engine: SideShow;
  tick: number;
  source: number;
  hovered: number | null;
  /** The longest queue now (-1 if none is worth the name) and its length. */
  worst: number;
  worstLength: number;
  /** People too close together to tell apart (summarized): no ring per vacant post then. */
  crowded: boolean;
}

/** The source's ring, the worst bottleneck and its label, vacant posts and the person in focus. */
export function drawOverlay(ctx: CanvasRenderingContext2D, o: OverlayView): void {
  const { x, y, r, line, marks } = o;
  o.labels.reset(o.visible, x, y, o.n, r + line);
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  if (o.source >= 0 && o.source < o.n)
    drawMark(ctx, marks.source, x[o.source], y[o.source], r, line);
  if (o.worst >= 0) {
    const reach = queueReach(r, o.worstLength);
    drawMark(ctx, marks.bottleneck, x[o.worst], y[o.worst], r, line, reach);
    const text = t('canvas.waiting', { count: o.worstLength });
    label(ctx, o, text, x[o.worst], y[o.worst], r + reach + 4 * line);
  }
  drawVacancies(ctx, o);
  if (o.hovered !== null && o.hovered < o.n)
    drawMark(ctx, marks.focus, x[o.hovered], y[o.hovered], r, line);
}

/** Posts whose holder is out: a dashed ring, and the ticks until a report is promoted into them. */
function drawVacancies(ctx: CanvasRenderingContext2D, o: OverlayView): void {
  const { engine } = o;
  // Summarized, the people layer shows who is out; thousands of dashed rings a frame would not.
  if (!engine.dynamics.org || o.crowded) return;
  engine.dynamics.vacancies(engine.options).forEach(({ person, fillsAt }, i) => {
    const px = o.x[person];
    const py = o.y[person];
    drawMark(ctx, o.marks.vacant, px, py, o.r, o.line);
    // A countdown only where a replacement is coming; a handful at most, so labels stay legible.
    if (fillsAt === Infinity || i >= 6) return;
    const left = fillsAt - o.tick;
    const text = left > 0 ? t('canvas.filledIn', { count: left }) : t('canvas.nobody');
    label(ctx, o, text, px, py, o.r + 3 * o.line, true);
  });
}

/** A label beside the person at (x, y) whose marks reach `reach`: the same size on screen at any zoom. */
function label(
  ctx: CanvasRenderingContext2D,
  o: OverlayView,
  text: string,
  x: number,
  y: number,
  reach: number,
  small = false,
): void {
  const style = small ? o.marks.vacantLabel : o.marks.bottleneckLabel;
  // Larger on a projector (weight > 1): 24 and 20 px in presenter mode.
  const size = ((small ? 12.5 : 15) * o.weight) / o.k;
  ctx.font = `700 ${size}px system-ui, sans-serif`;
  const width = ctx.measureText(text).width + size * 0.7;
  const box = o.labels.place(x, y, reach, width, size * 1.4, 3 / o.k);
  ctx.fillStyle = style.fill;
  ctx.fillRect(box.x, box.y, box.w, box.h);
  ctx.fillStyle = style.text;
  ctx.fillText(text, box.x + box.w / 2, box.y + box.h / 2 + size * 0.05);
}
