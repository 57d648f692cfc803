import { drawMark, shapeRadius, type Mark } from './marks.ts';

// A canvas fills thousands of small circles slowly (measured here, 8,000 dots of radius 3 in
// Chromium's software raster: one path with fill and stroke ~90 ms, as rectangles ~24 ms). So
// where marks are many, each mark is drawn once, by the canvas, into a small sprite at the size
// on screen, and stamped into a pixel buffer at each place (rounded to the nearest device pixel):
// the same picture, anti-aliased edges and all, in a millisecond or two.

/** A mark drawn once at one size: its pixels (RGBA, not premultiplied) around its centre. */
interface Sprite {
  size: number;
  /** Where the mark's centre is in the sprite, in whole pixels from its top left corner. */
  half: number;
  pixels: Uint32Array;
}

/** Marks stamped rather than filled from this many on (below, a path is as quick and exact). */
export const SPLAT_FROM = 400;

/** How a drawing's units map to device pixels: x' = a·x + e, y' = d·y + f. */
export interface Scale {
  a: number;
  d: number;
  e: number;
  f: number;
}

/** A pixel buffer the size of a canvas that marks are stamped into, then put onto a canvas. */
export class Splats {
  private image: ImageData | null = null;
  private pixels = new Uint32Array(0);
  private width = 0;
  private height = 0;
  private readonly sprites = new Map<Mark, Map<string, Sprite>>();
  private spriteCount = 0;

  /** Starts an empty buffer the size of `canvas` (device pixels). */
  begin(canvas: HTMLCanvasElement): boolean {
    const { width, height } = canvas;
    if (!this.image || this.width !== width || this.height !== height) {
      const ctx = canvas.getContext('2d');
      if (!ctx) return false;
      this.image = ctx.createImageData(width, height);
      this.pixels = new Uint32Array(this.image.data.buffer);
      this.width = width;
      this.height = height;
    } else this.pixels.fill(0);
    return true;
  }

  /**
   * Stamps `mark` centred at device pixel (x, y); `r`, `w` and `reach` are the person's radius,
   * line width and queue reach in device pixels, as `drawMark` takes them.
   */
  stamp(mark: Mark, x: number, y: number, r: number, w: number, reach = 0): void {
    const sprite = this.sprite(mark, r, w, reach);
    const { size, half, pixels: src } = sprite;
    const left = Math.round(x) - half;
    const top = Math.round(y) - half;
    const { width, height, pixels: dst } = this;
    if (left >= width || top >= height || left + size <= 0 || top + size <= 0) return;
    const x0 = Math.max(0, -left);
    const x1 = Math.min(size, width - left);
    const y0 = Math.max(0, -top);
    const y1 = Math.min(size, height - top);
    for (let sy = y0; sy < y1; sy++) {
      let d = (top + sy) * width + left + x0;
      for (let s = sy * size + x0, end = sy * size + x1; s < end; s++, d++) {
        const c = src[s];
        const sa = c >>> 24;
        if (sa === 0) continue;
        const under = dst[d];
        const da = under >>> 24;
        if (sa === 255 || da === 0) dst[d] = c;
        else dst[d] = over(c, sa, under, da);
      }
    }
  }

  /** Puts the buffer onto `ctx`'s canvas, replacing what was there. */
  put(ctx: CanvasRenderingContext2D): void {
    if (this.image) ctx.putImageData(this.image, 0, 0);
  }

  private sprite(mark: Mark, r: number, w: number, reach: number): Sprite {
    let sized = this.sprites.get(mark);
    if (!sized) this.sprites.set(mark, (sized = new Map()));
    const key = `${r.toFixed(2)} ${w.toFixed(2)} ${reach.toFixed(1)}`;
    let sprite = sized.get(key);
    if (sprite) return sprite;
    // Zooming makes new sizes: forget them all now and then rather than keep every one.
    if (this.spriteCount > 200) {
      this.sprites.clear();
      this.sprites.set(mark, sized);
      sized.clear();
      this.spriteCount = 0;
    }
    const outer = mark.reduce((most, shape) => Math.max(most, shapeRadius(shape, r, w, reach)), 0);
    const half = Math.ceil(outer + 2 * w + 1);
    const size = 2 * half;
    sprite = { size, half, pixels: new Uint32Array(size * size) };
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = size;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (ctx) {
      drawMark(ctx, mark, half, half, r, w, reach);
      sprite.pixels = new Uint32Array(ctx.getImageData(0, 0, size, size).data.buffer);
    }
    sized.set(key, sprite);
    this.spriteCount++;
    return sprite;
  }
}

/** `c` (alpha `sa`) over `under` (alpha `da`), both RGBA packed little-endian, not premultiplied. */
function over(c: number, sa: number, under: number, da: number): number {
  const keep = (da * (255 - sa)) / 255;
  const a = sa + keep;
  const mix = (shift: number) =>
    Math.round((((c >>> shift) & 255) * sa + ((under >>> shift) & 255) * keep) / a);
  return ((Math.round(a) << 24) | (mix(16) << 16) | (mix(8) << 8) | mix(0)) >>> 0;
}
