import { describe, expect, it } from 'vitest';
import { Lab } from '../model/lab.ts';
import { DEFAULT_SETTINGS } from '../model/params.ts';
import { marksFor } from './marks.ts';
import { lightPalette } from './palette.ts';
import { drawTies } from './tieStrokes.ts';

/** A stand-in canvas that counts the lines it is asked to draw. */
function counting() {
  let lines = 0;
  const ctx = {
    beginPath() {},
    moveTo() {},
    lineTo: () => lines++,
    stroke() {},
    setLineDash() {},
  } as unknown as CanvasRenderingContext2D;
  return { ctx, lines: () => lines };
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
