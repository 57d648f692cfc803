import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { PeopleLayer, type PeopleView } from './layers.ts';
import { marksFor } from './marks.ts';
import { lightPalette } from './palette.ts';
import { TieLayer, type TieLayerView } from './tieStrokes.ts';

/**
 * A stand-in panel canvas whose layers record every drawing call (Node has no canvas): `calls`
 * counts them, so a test can tell whether a layer was painted.
 */
function panel() {
  let calls = 0;
  const ctx: CanvasRenderingContext2D = new Proxy({} as CanvasRenderingContext2D, {
    get: (_, key) => (key === 'canvas' ? layer : () => void calls++),
    set: () => true,
  });
  const layer = { width: 100, height: 100, getContext: () => ctx };
  const like = {
    width: 100,
    height: 100,
    ownerDocument: { createElement: () => layer },
  } as unknown as HTMLCanvasElement;
  return { like, calls: () => calls };
}

const world = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 } as DOMMatrix;

describe('a big side is drawn in pieces: each layer may stop once its first part is done', () => {
  const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 11, span: 10, hierarchy: 'balanced' });
  const engine = lab.sides[0].engine;
  const x = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 50 : v));
  const y = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 0 : 40));
  const people = (geometry: number): PeopleView => ({
    x,
    y,
    n: 11,
    r: 3,
    line: 1,
    world,
    marks: marksFor(lightPalette),
    showIds: false,
    crowded: false,
    geometry,
  });
  const shown = (tick: number) => ({ engine, tick, progress: 1, isOut: () => false });

  it('the people: who shows what is found, then painting waits for the next call', () => {
    const { like, calls } = panel();
    const layer = new PeopleLayer();
    expect(layer.update(like, shown(0), () => true, people(1))).toBeUndefined();
    expect(calls()).toBe(0);
    expect(layer.update(like, shown(0), () => false, people(1))).not.toBeNull();
    const painted = calls();
    expect(painted).toBeGreaterThan(0);
    // Nothing changed since: nothing is painted again.
    layer.update(like, shown(0), () => false, people(1));
    expect(calls()).toBe(painted);
  });

  it('the people: a paint left waiting is done, even when the next call shows the same again', () => {
    const { like, calls } = panel();
    const layer = new PeopleLayer();
    const nobodyOut = { engine, tick: 0, progress: 1, isOut: () => false };
    layer.update(like, nobodyOut, () => false, people(1));
    const painted = calls();
    // Everyone knocked out: found, not painted; then again (the same picture, asked anew): painted.
    const allOut = () => ({ engine, tick: 0, progress: 1, isOut: () => true });
    expect(layer.update(like, allOut(), () => true, people(1))).toBeUndefined();
    expect(calls()).toBe(painted);
    layer.update(like, allOut(), () => false, people(1));
    expect(calls()).toBeGreaterThan(painted);
  });

  const ties = (k: number): TieLayerView => ({
    x,
    y,
    width: 1,
    marks: marksFor(lightPalette),
    tick: 0,
    crowdedBelow: 3 / k,
    geometry: k,
    world,
  });

  it('the ties: the crowded teams are found, then drawing them waits for the next call', () => {
    const { like, calls } = panel();
    const layer = new TieLayer();
    expect(layer.update(like, { engine, tick: 0 }, ties(1), () => true)).toBeUndefined();
    expect(calls()).toBe(0);
    expect(layer.update(like, { engine, tick: 0 }, ties(1), () => true)).not.toBeUndefined();
    expect(calls()).toBeGreaterThan(0);
  });
});

describe('the crowded teams, kept between drawings, follow the chain of command', () => {
  it('a promotion that breaks up a crowded team draws its lines again', () => {
    const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 11, span: 10, hierarchy: 'balanced' });
    const engine = lab.sides[0].engine;
    const manager = engine.dynamics.org!.manager;
    // Ten reports one unit apart: too close to draw a line to each.
    const x = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 50 : v));
    const y = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 0 : 40));
    let lines = 0;
    const ctx = new Proxy({} as CanvasRenderingContext2D, {
      get: (_, key) => (key === 'lineTo' ? () => lines++ : () => {}),
      set: () => true,
    });
    const view = { x, y, width: 1, marks: marksFor(lightPalette), tick: 0, crowdedBelow: 3 };
    const layer = new TieLayer();
    const draw = (geometry: number) => {
      lines = 0;
      const like = { width: 1, height: 1, ownerDocument: { createElement: () => canvas } };
      const canvas = { width: 1, height: 1, getContext: () => ctx };
      layer.update(
        like as unknown as HTMLCanvasElement,
        { engine, tick: 0 },
        { ...view, geometry, world },
        () => false,
      );
      return lines;
    };
    expect(draw(1)).toBe(0);
    // Report 1 now manages the others: the team under 0 is one person, and every tie from 0 is drawn.
    for (let v = 2; v <= 10; v++) manager[v] = 1;
    expect(draw(2)).toBe(10);
  });
});

describe('a crowded org chart’s summary', () => {
  const lab = new Lab({ ...DEFAULT_SETTINGS, nodes: 11, span: 10, hierarchy: 'balanced' });
  const engine = lab.sides[0].engine;
  /** A stand-in layer that keeps the pixels put on it; returns the rows drawn in column `x`. */
  function painted(levels: number) {
    let image: ImageData | null = null;
    const ctx = {
      createImageData: (width: number, height: number) =>
        ({ width, height, data: new Uint8ClampedArray(width * height * 4) }) as ImageData,
      putImageData: (put: ImageData) => void (image = put),
      setTransform() {},
    } as unknown as CanvasRenderingContext2D;
    const layer = { width: 100, height: 100, getContext: () => ctx };
    Object.assign(ctx, { canvas: layer });
    const like = {
      width: 100,
      height: 100,
      ownerDocument: { createElement: () => layer },
    } as unknown as HTMLCanvasElement;
    // The top manager alone at x 60; the ten reports all within one cell at x 10–11, y 40.
    const x = Float32Array.from({ length: 11 }, (_, v) => (v === 0 ? 60 : 10 + v / 10));
    const y = Float32Array.from({ length: 11 }, () => 40);
    new PeopleLayer().update(
      like,
      { engine, tick: 0, progress: 1, isOut: () => false },
      () => false,
      {
        ...{ x, y, n: 11, r: 1, line: 1, world, marks: marksFor(lightPalette) },
        ...{ showIds: false, crowded: true, levels, geometry: 1 },
      },
    );
    return (column: number) => {
      const rows: number[] = [];
      for (let row = 0; row < 100; row++)
        if (image!.data[(row * 100 + column) * 4 + 3] > 0) rows.push(row);
      return rows;
    };
  }

  it('draws a cell of many people as a band as tall as 40% of the gap between levels', () => {
    const banded = painted(30);
    // Ten people in one cell: 12 pixels (40% of 30) centred on their row (39–41), not 30.
    expect(banded(10)).toEqual(Array.from({ length: 12 }, (_, i) => 35 + i));
    // One person alone: one cell, three pixels.
    expect(banded(60)).toEqual([39, 40, 41]);
    // Peers (no levels): every cell is three pixels.
    expect(painted(0)(10)).toEqual([39, 40, 41]);
  });
});
