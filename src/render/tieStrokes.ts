import type { SideShow } from '../model/shown.ts';
import { isReportingLine } from '../model/networks/crossTies.ts';
import { Layer } from './layers.ts';
import type { Marks } from './marks.ts';

/** Ties formed in the last this-many ticks are drawn highlighted. */
export const NEW_TIE_TICKS = 3;
/** Fading informal ties are drawn thinner and fainter in this many steps as they near `fade`. */
const FADE_STEPS = [
  { width: 1, alpha: 1 },
  { width: 0.75, alpha: 0.85 },
  { width: 0.5, alpha: 0.65 },
  { width: 0.3, alpha: 0.45 },
];
const NEW = FADE_STEPS.length * 2;

/** Where the people are on the canvas, and what the frame shows. */
export interface TieView {
  x: Float32Array;
  y: Float32Array;
  /** A tie's line width at rest, in canvas units. */
  width: number;
  marks: Marks;
  /** The tick on show, and how far its messages have travelled (0…1). */
  tick: number;
  progress: number;
  /**
   * A manager whose reports stand closer together than this (canvas units) has no line drawn to
   * each: hundreds of fanned lines make a solid wall, and the summary of the people below (see
   * `PeopleLayer`) already shows the team as a band under its manager's level.
   */
  crowdedBelow?: number;
  /** The part of the drawing on screen (canvas units): ties wholly to one side of it are skipped. */
  visible?: { x: number; y: number; w: number; h: number };
  /** Draw one informal tie in this many (`tieSample`); reporting lines are always drawn. */
  sample?: number;
  /**
   * People too close together to tell apart: a hierarchy's informal ties are drawn fainter rather
   * than dashed (tens of thousands of dashed lines take half a second to raster, and their dashes
   * cannot be told apart there anyway).
   */
  crowded?: boolean;
}

/** Where people are too close together to tell apart, at most about this many ties are drawn. */
export const CROWDED_TIES = 20_000;
/** However far apart people are, at most about this many informal ties are drawn. */
export const MOST_TIES = 30_000;

/**
 * One tie in how many is drawn: all of them, unless there are more informal ones than
 * `CROWDED_TIES` where people are too close together to tell apart (hundreds of thousands of
 * lines make one grey mass, and take a tenth of a second or more to draw), or than `MOST_TIES`
 * anywhere (60,000 long lines took two seconds to raster). `ties` counts the ties as they stand
 * (adapting ties can triple them in a few ticks), `reporting` the reporting lines among them.
 */
export function tieSample(ties: number, reporting: number, crowded: boolean): number {
  // Reporting lines are always drawn: only the others are sampled.
  const informal = ties - reporting;
  return Math.max(1, Math.ceil(informal / (crowded ? CROWDED_TIES : MOST_TIES)));
}

/** Above this many, ties formed at the end of the tick are drawn at once, not grown frame by frame. */
export const MAX_GROWING = 2_000;

/** What the tie layer is drawn for: the view, what it is (`geometry`) and the canvas transform. */
export interface TieLayerView extends Omit<TieView, 'progress'> {
  geometry: number;
  world: DOMMatrix;
}

/** A side's ties in a layer of their own (`layers.ts`), repainted only when they or the view change. */
export class TieLayer {
  private readonly layer = new Layer();
  /** What the layer shows: the geometry, the ties, their version and (if they age) the tick. */
  private shown: unknown[] = [];
  /** Ties formed at the end of the tick on show, drawn in frame by frame over the layer. */
  growing: number[] = [];

  /**
   * The layer, repainted if the ties or the view changed since it was last painted (null if there
   * is no canvas); or undefined if `stop` said so once the crowded teams were found (a big side's
   * first picture is drawn in pieces), to go on at the next call.
   */
  update(
    like: HTMLCanvasElement,
    frame: { engine: SideShow; tick: number },
    view: TieLayerView,
    stop: () => boolean,
  ): HTMLCanvasElement | null | undefined {
    const fitted = this.layer.fit(like);
    if (!fitted) return null;
    const { engine, tick } = frame;
    // Ties that age (new ones highlighted, fading ones thinning) look different every tick.
    const { ties } = engine;
    const shown = [view.geometry, ties, ties.version, ties.isPrepared ? tick : -1];
    if (shown.every((value, i) => value === this.shown[i])) return fitted.canvas;
    const manager = engine.dynamics.org?.manager;
    if (manager && crowdedOf(manager, view).fresh && stop()) return undefined;
    this.shown = shown;
    const { ctx } = fitted;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = view.marks.background;
    ctx.fillRect(0, 0, fitted.canvas.width, fitted.canvas.height);
    ctx.setTransform(view.world);
    this.growing = drawTies(ctx, engine, view);
    return fitted.canvas;
  }
}

const buckets: number[][] = Array.from({ length: NEW + 1 }, () => []);

/**
 * Every tie as it stands at the tick on show: reporting lines solid, a hierarchy's informal ties
 * dashed, informal ties thinning as they near their fade, and ties formed in the last few ticks
 * highlighted. One path per style. Ties formed at the end of the tick on show are not drawn:
 * they are returned (as pairs of people) for `drawGrowing`, which draws them in from one end as
 * the tick plays, frame by frame, while everything drawn here stays as it is for the whole tick.
 */
export function drawTies(
  ctx: CanvasRenderingContext2D,
  engine: SideShow,
  view: Omit<TieView, 'progress'>,
): number[] {
  const growing: number[] = [];
  const { ties } = engine;
  const manager = engine.dynamics.org?.manager;
  const crowded = manager ? crowdedOf(manager, view).flags : null;
  const { adapt, fade } = engine.options;
  const { tick, x, y } = view;
  const detailed = ties.isPrepared;
  const fading = detailed && adapt && fade !== Infinity;
  for (const b of buckets) b.length = 0;
  const { offsets, ends, neighbors } = ties;
  const outside = offscreen(view);
  const sample = view.sample ?? 1;
  let informalSeen = 0;
  for (let u = 0; u < ties.n; u++) {
    for (let e = offsets[u]; e < ends[u]; e++) {
      const v = neighbors[e];
      if (v < u) continue;
      const informal = !manager || !isReportingLine(manager, u, v);
      if (!informal && crowded?.[manager![v] === u ? u : v]) continue;
      if (informal && sample > 1 && informalSeen++ % sample !== 0) continue;
      if (outside && outside(u) & outside(v)) continue;
      let bucket = informal && manager ? FADE_STEPS.length : 0;
      if (detailed) {
        const id = ties.tieAt(e);
        const formed = ties.formed[id];
        if (formed === tick) {
          growing.push(u, v);
          continue;
        }
        if (formed >= 0 && tick - formed < NEW_TIE_TICKS) bucket = NEW;
        else if (fading && informal) {
          const idle = (tick - ties.used[id]) / fade;
          bucket += Math.min(
            FADE_STEPS.length - 1,
            Math.max(0, Math.floor(idle * FADE_STEPS.length)),
          );
        }
      }
      buckets[bucket].push(u, v);
    }
  }
  const { marks } = view;
  ctx.strokeStyle = marks.tie;
  for (let b = 0; b < NEW; b++) {
    const pairs = buckets[b];
    if (pairs.length === 0) continue;
    const step = FADE_STEPS[b % FADE_STEPS.length];
    const informal = b >= FADE_STEPS.length;
    ctx.lineWidth = view.width * step.width;
    ctx.globalAlpha = informal && view.crowded ? step.alpha * 0.5 : step.alpha;
    ctx.setLineDash(
      informal && !view.crowded ? marks.informalDash.map((d) => d * view.width * 2) : [],
    );
    stroke(ctx, pairs, x, y, 1);
  }
  ctx.globalAlpha = 1;
  ctx.setLineDash([]);
  const fresh = buckets[NEW];
  if (fresh.length > 0) drawNew(ctx, fresh, view, 1);
  // Thousands of new ties redrawn every frame would hold each frame for as long as the layer.
  if (growing.length > 2 * MAX_GROWING) {
    drawNew(ctx, growing, view, 1);
    return [];
  }
  return growing;
}

/**
 * Which sides of the visible part a person lies beyond (bits: left, right, above, below), or null
 * if the view is not known. A tie whose two ends share a bit cannot cross the screen.
 */
function offscreen(view: Omit<TieView, 'progress'>): ((person: number) => number) | null {
  const box = view.visible;
  if (!box) return null;
  const { x, y } = view;
  const right = box.x + box.w;
  const bottom = box.y + box.h;
  return (v) =>
    (x[v] < box.x ? 1 : 0) |
    (x[v] > right ? 2 : 0) |
    (y[v] < box.y ? 4 : 0) |
    (y[v] > bottom ? 8 : 0);
}

/**
 * The managers whose reports stand closer together than `view.crowdedBelow`, marked 1 (a flag per
 * person: typed arrays, since a 100,000-person chart has tens of thousands of teams).
 */
export function crowdedTeams(
  manager: Int32Array,
  view: Pick<TieView, 'x' | 'crowdedBelow'>,
): Uint8Array | null {
  const below = view.crowdedBelow ?? 0;
  if (below <= 0) return null;
  const { x } = view;
  const n = manager.length;
  const size = new Int32Array(n);
  const left = new Float32Array(n).fill(Infinity);
  const right = new Float32Array(n).fill(-Infinity);
  for (let v = 0; v < n; v++) {
    const m = manager[v];
    if (m < 0) continue;
    size[m]++;
    if (x[v] < left[m]) left[m] = x[v];
    if (x[v] > right[m]) right[m] = x[v];
  }
  const crowded = new Uint8Array(n);
  for (let m = 0; m < n; m++)
    if (size[m] >= 2 && (right[m] - left[m]) / (size[m] - 1) < below) crowded[m] = 1;
  return crowded;
}

/** The last answer of `crowdedTeams` for each placing of people (by their x), and what it was for. */
const lastCrowded = new WeakMap<
  Float32Array,
  { manager: Int32Array; below: number; flags: Uint8Array | null }
>();

/**
 * `crowdedTeams`, worked out again only when the placing, the zoom or the chain of command changed:
 * ties that age are redrawn every tick, and at 100,000 people the teams take 6–17 ms to find.
 * The chain is compared whole (a still copy of the engine has its own), which costs far less.
 */
function crowdedOf(
  manager: Int32Array,
  view: Pick<TieView, 'x' | 'crowdedBelow'>,
): { flags: Uint8Array | null; fresh: boolean } {
  const below = view.crowdedBelow ?? 0;
  const last = lastCrowded.get(view.x);
  if (last && last.below === below && sameInts(last.manager, manager))
    return { flags: last.flags, fresh: false };
  const flags = crowdedTeams(manager, view);
  lastCrowded.set(view.x, { manager: manager.slice(), below, flags });
  return { flags, fresh: true };
}

function sameInts(a: Int32Array, b: Int32Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Ties that formed at the end of the tick on show, grown from one end as its messages travel. */
export function drawGrowing(
  ctx: CanvasRenderingContext2D,
  pairs: readonly number[],
  view: Omit<TieView, 'tick'>,
): void {
  if (pairs.length > 0) drawNew(ctx, pairs, view, view.progress);
}

function drawNew(
  ctx: CanvasRenderingContext2D,
  pairs: readonly number[],
  view: Pick<TieView, 'width' | 'marks' | 'x' | 'y'>,
  progress: number,
): void {
  ctx.strokeStyle = view.marks.newTie;
  ctx.lineWidth = view.width * 2;
  stroke(ctx, pairs, view.x, view.y, progress);
}

/** Above this many lines in one stroke, they are drawn at most one device pixel wide. */
const HAIRLINES_ABOVE = 2_000;

function stroke(
  ctx: CanvasRenderingContext2D,
  pairs: readonly number[],
  x: Float32Array,
  y: Float32Array,
  progress: number,
): void {
  // Lines wider than a device pixel take far longer to raster in software (15,000 long ones here:
  // 800 ms at 1.4 pixels, 45 at 1), and thousands of them cannot be told apart anyway.
  if (pairs.length > 2 * HAIRLINES_ABOVE) {
    const { a, b } = ctx.getTransform();
    ctx.lineWidth = Math.min(ctx.lineWidth, 1 / Math.hypot(a, b));
  }
  ctx.beginPath();
  for (let i = 0; i < pairs.length; i += 2) {
    const u = pairs[i];
    const v = pairs[i + 1];
    ctx.moveTo(x[u], y[u]);
    ctx.lineTo(x[u] + (x[v] - x[u]) * progress, y[u] + (y[v] - y[u]) * progress);
  }
  ctx.stroke();
}
