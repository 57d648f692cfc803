import { t } from '../i18n/words.ts';
import type { SideShow } from '../model/shown.ts';
import type { Palette } from './palette.ts';

// The one place that decides how a person, a tie and a message look: shape, colour per
// theme, size. The canvas renderer, the SVG/PNG export and the page's legend all draw from
// these descriptions, so they cannot disagree.

/** What a person is at the tick on show. */
export type PersonState = 'waiting' | 'informed' | 'distorted' | 'out';

/** How far a tick's messages have travelled when the people they reach light up. */
export const LANDS = 0.85;

/**
 * What `person` shows at the tick on show: `progress` is how far this tick's messages have
 * travelled (people light up as a message lands), `out` whether they are knocked out.
 */
export function personState(
  engine: SideShow,
  person: number,
  tick: number,
  progress: number,
  out: boolean,
): PersonState {
  if (out) return 'out';
  const heard = engine.first.tickOf(person);
  if (heard < 0 || (heard >= tick && progress < LANDS)) return 'waiting';
  return engine.first.believesDistorted(person) ? 'distorted' : 'informed';
}

/**
 * One shape centred on a person. Sizes are in the person's radius `r` and line width `w`, so one
 * description serves every zoom, panel and picture: a circle of `size` 1 and `pad` 2 has the
 * radius r + 2w.
 */
export interface Shape {
  kind: 'circle' | 'diamond' | 'cross';
  /** Circle radius, diamond half-diagonal or cross half-width, in person radii. */
  size: number;
  /** Added to the size, in line widths (rings sit just outside the outline). */
  pad?: number;
  /** Grows with a queue: `queueReach` pixels are added to the size. */
  grows?: true;
  fill?: string;
  stroke?: string;
  /** Line width, in line widths (default 1). */
  width?: number;
  /** Dashes of the stroke, in line widths. */
  dash?: readonly number[];
}

/** A mark: shapes drawn in order, bottom first. */
export type Mark = readonly Shape[];

export interface Marks {
  person: Record<PersonState, Mark>;
  /** Colour of a person's id written on them. */
  label: Record<PersonState, string>;
  /** Ring around whoever started the first message. */
  source: Mark;
  /** Messages waiting to be passed on: a halo that grows with the queue. */
  queue: Mark;
  /** Ring around the longest queue (its label uses `bottleneckLabel`). */
  bottleneck: Mark;
  bottleneckLabel: { fill: string; text: string };
  /** The person in focus, on both sides. */
  focus: Mark;
  /** A message in flight, by version (0 true, 1 distorted); sized in message-dot radii. */
  message: readonly [Mark, Mark];
  /** A message about to be sent, waiting at the start of its tie, by version. */
  outgoing: readonly [Mark, Mark];
  /** A message passed on but dropped at a knocked-out person. */
  dropped: Mark;
  /** The × over a lost message. */
  lost: Mark;
  /** Ties' colour (their width comes from `tieWidth`). */
  tie: string;
  /** A tie formed in the last few ticks: darker and twice as wide. */
  newTie: string;
  /** A post whose holder is out, waiting for a replacement (its countdown uses `vacantLabel`). */
  vacant: Mark;
  vacantLabel: { fill: string; text: string };
  /** Dash of an informal tie in the hierarchy, in tie widths (reporting lines are solid). */
  informalDash: readonly number[];
  background: string;
  ink: string;
}

/** The marks for one theme's palette. */
export function marksFor(c: Palette): Marks {
  const circle = (fill: string, stroke: string): Mark => [
    { kind: 'circle', size: 1, fill, stroke },
  ];
  const ring = (stroke: string, pad: number, width: number, grows?: true): Shape => ({
    kind: 'circle',
    size: 1,
    pad,
    stroke,
    width,
    ...(grows ? { grows } : {}),
  });
  const dot = (fill: string): Mark => [{ kind: 'circle', size: 1, fill, stroke: c.background }];
  const hollow = (stroke: string): Mark => [
    { kind: 'circle', size: 0.8, fill: c.background, stroke, width: 1.5 },
  ];
  return {
    person: {
      waiting: circle(c.uninformedFill, c.uninformedStroke),
      informed: circle(c.informed, c.ink),
      distorted: [{ kind: 'diamond', size: 1.25, fill: c.distorted, stroke: c.ink }],
      out: [
        { kind: 'circle', size: 0.8, fill: c.failedFill, stroke: c.failed },
        { kind: 'cross', size: 0.6, stroke: c.failedCross },
      ],
    },
    label: { waiting: c.ink, informed: c.onInformed, distorted: c.onInformed, out: c.ink },
    source: [ring(c.source, 2.2, 1.6)],
    queue: [{ kind: 'circle', size: 1, pad: 1, grows: true, fill: c.queueHalo }],
    bottleneck: [ring(c.bottleneck, 3.5, 1.4, true)],
    bottleneckLabel: { fill: c.bottleneck, text: c.onBottleneck },
    focus: [ring(c.ink, 4, 3), ring(c.hover, 4, 1.6)],
    message: [dot(c.informed), dot(c.distorted)],
    outgoing: [hollow(c.informed), hollow(c.distorted)],
    dropped: dot(c.lost),
    lost: [{ kind: 'cross', size: 1.4, stroke: c.lost, width: 2 }],
    tie: c.edge,
    newTie: c.edgeStrong,
    vacant: [{ kind: 'circle', size: 1, pad: 3, stroke: c.ink, width: 1.4, dash: [2, 1.5] }],
    vacantLabel: { fill: c.ink, text: c.background },
    informalDash: [4, 3],
    background: c.background,
    ink: c.ink,
  };
}

/** A person's line width for their radius (thicker in presenter mode through `weight`). */
export function personLine(r: number, weight = 1): number {
  return Math.max(1, r * 0.22) * weight;
}

/** Ties' line width at rest: thinner where there are many people. */
export function tieWidth(people: number, weight = 1): number {
  return (people > 500 ? 0.6 : 1.4) * weight;
}

/** A message dot's radius for a person of radius `r`. */
export function messageRadius(r: number): number {
  return Math.max(2.5, r * 0.5);
}

/** How far a queue of `length` reaches beyond a person of radius `r`, in pixels. */
export function queueReach(r: number, length: number): number {
  return Math.min(3 * r, 2 * Math.sqrt(length));
}

/** The outer radius of a shape for a person of radius `r`, line `w`, queue reach `reach`. */
export function shapeRadius(shape: Shape, r: number, w: number, reach = 0): number {
  return shape.size * r + (shape.pad ?? 0) * w + (shape.grows ? reach : 0);
}

/** Adds one shape's outline at (x, y) with size `s` to the current path. */
export function traceShape(
  ctx: CanvasRenderingContext2D,
  kind: Shape['kind'],
  x: number,
  y: number,
  s: number,
): void {
  if (kind === 'circle') {
    ctx.moveTo(x + s, y);
    ctx.arc(x, y, s, 0, 2 * Math.PI);
  } else if (kind === 'diamond') {
    ctx.moveTo(x, y - s);
    ctx.lineTo(x + s, y);
    ctx.lineTo(x, y + s);
    ctx.lineTo(x - s, y);
    ctx.closePath();
  } else {
    ctx.moveTo(x - s, y - s);
    ctx.lineTo(x + s, y + s);
    ctx.moveTo(x + s, y - s);
    ctx.lineTo(x - s, y + s);
  }
}

/** Fills and strokes the current path as `shape` asks. */
export function paintShape(ctx: CanvasRenderingContext2D, shape: Shape, w: number): void {
  if (shape.fill) {
    ctx.fillStyle = shape.fill;
    ctx.fill();
  }
  if (shape.stroke) {
    ctx.lineWidth = (shape.width ?? 1) * w;
    ctx.strokeStyle = shape.stroke;
    if (shape.dash) ctx.setLineDash(shape.dash.map((d) => d * w));
    ctx.stroke();
    if (shape.dash) ctx.setLineDash([]);
  }
}

/** Draws a mark on a 2D canvas at (x, y). */
export function drawMark(
  ctx: CanvasRenderingContext2D,
  mark: Mark,
  x: number,
  y: number,
  r: number,
  w: number,
  reach = 0,
): void {
  for (const shape of mark) {
    ctx.beginPath();
    traceShape(ctx, shape.kind, x, y, shapeRadius(shape, r, w, reach));
    paintShape(ctx, shape, w);
  }
}

/** One shape as SVG attributes: the element name and its attributes (numbers rounded to 0.1). */
export function shapeSvg(
  shape: Shape,
  x: number,
  y: number,
  r: number,
  w: number,
  reach = 0,
): { tag: 'circle' | 'path'; attrs: Record<string, string> } {
  const s = shapeRadius(shape, r, w, reach);
  const n = (v: number) => String(Math.round(v * 10) / 10);
  const paint: Record<string, string> = {
    fill: shape.fill ?? 'none',
    ...(shape.stroke ? { stroke: shape.stroke, 'stroke-width': n((shape.width ?? 1) * w) } : {}),
    ...(shape.stroke && shape.dash
      ? { 'stroke-dasharray': shape.dash.map((d) => n(d * w)).join(' ') }
      : {}),
  };
  if (shape.kind === 'circle')
    return { tag: 'circle', attrs: { cx: n(x), cy: n(y), r: n(s), ...paint } };
  const d =
    shape.kind === 'diamond'
      ? `M${n(x)},${n(y - s)}L${n(x + s)},${n(y)}L${n(x)},${n(y + s)}L${n(x - s)},${n(y)}Z`
      : `M${n(x - s)},${n(y - s)}L${n(x + s)},${n(y + s)}M${n(x + s)},${n(y - s)}L${n(x - s)},${n(y + s)}`;
  return { tag: 'path', attrs: { d, ...paint } };
}

/** A mark as SVG markup (every value comes from the palette or from numbers: nothing to escape). */
export function markSvg(mark: Mark, x: number, y: number, r: number, w: number, reach = 0): string {
  return mark
    .map((shape) => {
      const { tag, attrs } = shapeSvg(shape, x, y, r, w, reach);
      const text = Object.entries(attrs)
        .map(([k, v]) => `${k}="${v}"`)
        .join(' ');
      return `<${tag} ${text}/>`;
    })
    .join('');
}

/** One line of the legend: what it means and the marks that show it, bottom first. */
export interface LegendEntry {
  label: string;
  layers: Mark[];
  /** Queue reach to draw a growing mark with, in legend pixels. */
  reach?: number;
  /** Drawn at this share of a person's radius (message dots are small). */
  scale?: number;
  /** Whether the SVG export draws this (it shows people and ties, not queues or messages in flight). */
  inSvg: boolean;
  /**
   * A tie rather than a person: drawn as a short line, dashed if `dash` is given (in tie widths),
   * `width` times as wide as a tie at rest.
   */
  tie?: { stroke: string; dash?: readonly number[]; width?: number };
}

/** Which marks a legend needs beyond the ones every run shows. */
export interface LegendNeeds {
  /** The hierarchy has informal ties (drawn dashed). */
  informalTies?: boolean;
  /** Ties form and fade (new ones highlighted, fading ones thinner). */
  adapt?: boolean;
  /** Vacant posts are filled by promotion after a delay. */
  reorg?: boolean;
}

/**
 * Every mark on the graphs, with its meaning: the page's legend and the exports' use this list.
 * Marks that only some runs show (informal ties, adapting ties, vacant posts) are listed only
 * when `needs` says the run has them.
 */
export function legendEntries(m: Marks, needs: LegendNeeds = {}): LegendEntry[] {
  const extra: LegendEntry[] = [];
  if (needs.informalTies)
    extra.push({
      label: t('legend.informal'),
      layers: [],
      tie: { stroke: m.tie, dash: m.informalDash },
      inSvg: true,
    });
  if (needs.adapt)
    extra.push(
      {
        label: t('legend.newTie'),
        layers: [],
        tie: { stroke: m.newTie, width: 2 },
        inSvg: false,
      },
      {
        label: t('legend.fading'),
        layers: [],
        tie: { stroke: m.tie, width: 0.5 },
        inSvg: false,
      },
    );
  if (needs.reorg)
    extra.push({
      label: t('legend.vacant'),
      layers: [m.person.out, m.vacant],
      inSvg: false,
    });
  return [
    { label: t('legend.waiting'), layers: [m.person.waiting], inSvg: true },
    { label: t('legend.informed'), layers: [m.person.informed], inSvg: true },
    { label: t('legend.distorted'), layers: [m.person.distorted], inSvg: true },
    { label: t('legend.out'), layers: [m.person.out], inSvg: true },
    { label: t('legend.source'), layers: [m.person.informed, m.source], inSvg: true },
    {
      label: t('legend.queue'),
      layers: [m.queue, m.person.waiting],
      reach: 3,
      inSvg: false,
    },
    {
      label: t('legend.bottleneck'),
      layers: [m.person.waiting, m.bottleneck],
      reach: 2,
      inSvg: false,
    },
    {
      label: t('legend.message'),
      layers: [m.message[0], m.lost],
      scale: 0.45,
      inSvg: false,
    },
    ...extra,
  ];
}
