import { describe, expect, it } from 'vitest';
import { legendEntries, marksFor, markSvg, shapeRadius, type Mark } from './marks.ts';
import { darkPalette, lightPalette, type Palette } from './palette.ts';

/** Every colour a set of marks paints with. */
function coloursOf(palette: Palette): Set<string> {
  const marks = marksFor(palette);
  const colours = new Set<string>([marks.tie, marks.background, marks.ink]);
  const add = (mark: Mark) =>
    mark.forEach((s) => [s.fill, s.stroke].forEach((c) => c && colours.add(c)));
  Object.values(marks.person).forEach(add);
  [marks.source, marks.queue, marks.bottleneck, marks.focus, marks.dropped, marks.lost].forEach(
    add,
  );
  [...marks.message, ...marks.outgoing].forEach(add);
  legendEntries(marks).forEach((e) => e.layers.forEach(add));
  return colours;
}

describe('how people, ties and messages look', () => {
  it('paints each theme only with its own palette, legend included', () => {
    for (const palette of [lightPalette, darkPalette]) {
      const own = new Set(Object.values(palette));
      for (const colour of coloursOf(palette)) expect(own).toContain(colour);
    }
  });

  it('keeps a different shape for every state, so colour is never the only cue', () => {
    const { person } = marksFor(lightPalette);
    const outline = (m: Mark) => m.map((s) => `${s.kind}:${s.size}:${s.fill ? 'filled' : ''}`);
    expect(outline(person.distorted)).toEqual(['diamond:1.25:filled']);
    expect(outline(person.out)).toEqual(['circle:0.8:filled', 'cross:0.6:']);
    // Informed and waiting are both circles: the difference a colour-blind eye reads is filled vs hollow (white).
    expect(person.waiting[0].fill).toBe(lightPalette.uninformedFill);
    expect(person.informed[0].fill).toBe(lightPalette.informed);
  });

  it('sizes rings in person radii plus line widths, and lets a queue grow them', () => {
    const [ring] = marksFor(lightPalette).bottleneck;
    expect(shapeRadius(ring, 10, 2)).toBe(10 + 3.5 * 2);
    expect(shapeRadius(ring, 10, 2, 5)).toBe(10 + 3.5 * 2 + 5);
  });

  it('writes the same marks as SVG, with nothing left to escape', () => {
    const svg = markSvg(marksFor(darkPalette).person.out, 10, 20, 5, 1);
    expect(svg).toBe(
      '<circle cx="10" cy="20" r="4" fill="#3a3a42" stroke="#8a8a96" stroke-width="1"/>' +
        '<path d="M7,17L13,23M13,17L7,23" fill="none" stroke="#e4e4e8" stroke-width="1"/>',
    );
  });
});
