import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { marksFor } from './marks.ts';
import { lightPalette } from './palette.ts';
import { INFORMAL } from '../model/ties.ts';
import { CROWDED_TIES, drawTies, MAX_GROWING, MOST_TIES, tieSample } from './tieStrokes.ts';

/** A stand-in canvas that counts the lines it is asked to draw, and the widest stroke of many. */
function counting(scale = 1) {
  let lines = 0;
  let path = 0;
  let widestOfMany = 0;
  const ctx = {
    lineWidth: 1,
    beginPath: () => void (path = 0),
    moveTo() {},
    lineTo: () => void (lines++, path++),
    stroke() {
      if (path > 1000) widestOfMany = Math.max(widestOfMany, ctx.lineWidth * scale);
    },
    setLineDash() {},
    getTransform: () => ({ a: scale, b: 0, c: 0, d: scale, e: 0, f: 0 }),
  };
  return {
    ctx: ctx as unknown as CanvasRenderingContext2D,
    lines: () => lines,
    widestOfMany: () => widestOfMany,
  };
}

describe('ties of an org chart at scale', () => {
  // One manager (0) and ten reports.
  const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 11, span: 10, hierarchy: 'balanced' });
  const engine = lab.sides[0].engine;
  const at = (spacing: number) => {
    const x = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 50 : v * spacing));
    const y = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 0 : 40));
    return { x, y, width: 1, marks: marksFor(lightPalette), tick: 0, crowdedBelow: 3 };
  };

  it('a team standing apart gets a line to each report', () => {
    const c = counting();
    drawTies(c.ctx, engine, at(10));
    expect(c.lines()).toBe(10);
  });

  it('a team closer together than the threshold gets none (its band below shows it)', () => {
    const c = counting();
    drawTies(c.ctx, engine, at(1));
    expect(c.lines()).toBe(0);
  });
});

describe('ties where they cannot all be seen', () => {
  // A ring of 8 peers, each tied to its two neighbours: 8 ties.
  const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 8, degree: 2, rewire: 0, p2p: 'small-world' });
  const engine = lab.sides[1].engine;
  const ring = {
    x: Float32Array.from({ length: 8 }, (_, v) => 100 + 50 * Math.cos((v * Math.PI) / 4)),
    y: Float32Array.from({ length: 8 }, (_, v) => 100 + 50 * Math.sin((v * Math.PI) / 4)),
    width: 1,
    marks: marksFor(lightPalette),
    tick: 0,
  };

  it('draws every tie when the whole drawing is on screen', () => {
    const c = counting();
    drawTies(c.ctx, engine, { ...ring, visible: { x: 0, y: 0, w: 200, h: 200 } });
    expect(c.lines()).toBe(8);
  });

  it('skips ties wholly to one side of the screen, keeps those that cross it', () => {
    const c = counting();
    // Only the right-hand part (x ≥ 130) is on screen: the ties with an end there, and none else.
    drawTies(c.ctx, engine, { ...ring, visible: { x: 130, y: 0, w: 100, h: 200 } });
    const right = [...ring.x].map((x) => x >= 130);
    const crossing = [...Array(8).keys()].filter((v) => right[v] || right[(v + 1) % 8]).length;
    expect(c.lines()).toBe(crossing);
    expect(crossing).toBeLessThan(8);
  });

  it('draws one in `sample` where people cannot be told apart, the same ones every time', () => {
    const c = counting();
    drawTies(c.ctx, engine, { ...ring, sample: 3 });
    expect(c.lines()).toBe(3);
    const peers = (ties: number, crowded: boolean) => tieSample(ties, 0, crowded);
    const chart = (n: number, informal: number) => tieSample(n - 1 + informal, n - 1, true);
    expect(peers(MOST_TIES, false)).toBe(1);
    expect(peers(2 * MOST_TIES + 1, false)).toBe(3);
    expect(peers(10 * CROWDED_TIES, true)).toBe(10);
    expect(peers(CROWDED_TIES, true)).toBe(1);
    // An org chart's reporting lines do not count: 100,000 people, no informal ties, none sampled.
    expect(chart(100_000, 0)).toBe(1);
    expect(chart(100_000, 4 * CROWDED_TIES)).toBe(4);
  });
});

describe('a hierarchy’s informal ties', () => {
  const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 40, cross: 20 });
  const engine = lab.sides[0].engine;
  const x = Float32Array.from({ length: 40 }, (_, v) => v * 10);
  const y = Float32Array.from({ length: 40 }, (_, v) => (v % 7) * 10);
  const dashes = (crowded: boolean) => {
    const asked: number[][] = [];
    const ctx = {
      beginPath() {},
      moveTo() {},
      lineTo() {},
      stroke() {},
      setLineDash: (dash: number[]) => asked.push(dash),
    } as unknown as CanvasRenderingContext2D;
    drawTies(ctx, engine, { x, y, width: 1, marks: marksFor(lightPalette), tick: 0, crowded });
    return asked.filter((dash) => dash.length > 0).length;
  };

  it('are dashed where people can be told apart, and drawn fainter, not dashed, where they cannot', () => {
    expect(dashes(false)).toBeGreaterThan(0);
    expect(dashes(true)).toBe(0);
  });
});

describe('ties formed at the end of the tick on show', () => {
  const withNew = (count: number) => {
    const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 3000, degree: 2, rewire: 0 });
    const { ties } = lab.sides[1].engine;
    ties.prepare();
    for (let v = 0; v < count; v++) ties.add(v, v + 3, INFORMAL, 5);
    return lab.sides[1].engine;
  };
  const view = {
    x: Float32Array.from({ length: 3000 }, (_, v) => v),
    y: Float32Array.from({ length: 3000 }, (_, v) => v % 17),
    width: 1,
    marks: marksFor(lightPalette),
    tick: 5,
  };

  it('are grown frame by frame while there are a few', () => {
    const c = counting();
    const growing = drawTies(c.ctx, withNew(100), view);
    expect(growing).toHaveLength(200);
    expect(c.lines()).toBe(3000); // the ring; the new ones wait for their frames
  });

  it('are drawn at once when there are thousands (grown, each frame would take as long as the layer)', () => {
    const c = counting();
    const growing = drawTies(c.ctx, withNew(MAX_GROWING + 1), view);
    expect(growing).toEqual([]);
    expect(c.lines()).toBe(3000 + MAX_GROWING + 1);
  });

  it('are drawn at most a device pixel wide when there are thousands in one stroke', () => {
    // Three device pixels a canvas unit: wide lines raster far slower than hairlines.
    const zoomed = counting(3);
    drawTies(zoomed.ctx, withNew(100), view);
    expect(zoomed.widestOfMany()).toBeCloseTo(1);
    const plain = counting(0.5);
    drawTies(plain.ctx, withNew(100), view);
    expect(plain.widestOfMany()).toBeCloseTo(0.5);
  });
});
