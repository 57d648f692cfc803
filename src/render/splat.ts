import { drawMark, shapeRadius, type Mark } from './marks.ts';

// A canvas fills thousands of small circles slowly (measured here, 8,000 dots of radius 3 in
// Chromium's software raster: one path with fill and stroke ~90 ms, as rectangles ~24 ms). So
// where marks are many, each mark is drawn once, by the canvas, into a small sprite at the size
// on screen, and stamped into a pixel buffer at each place (rounded to the nearest device pixel):
// the same picture, anti-aliased edges and all, in a millisecond or two.

/** A mark drawn once at one size: its pixels (RGBA, not premultiplied) around its centre. */
export interface Sprite {
  size: number;
  /** Where the mark's centre is in the sprite, in whole pixels from its top left corner. */
  half: number;
  pixels: Uint32Array;
  /** Per row, the first and one past the last pixel that is not transparent. */
  spans: Int16Array;
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
  private readonly sprites = new Map<
    Mark,
    { r: number; w: number; byReach: Map<number, Sprite> }
  >();
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
    this.stampSprite(this.sprite(mark, r, w, reach), x, y);
  }

  /** Stamps a sprite (from `sprite`) centred at device pixel (x, y). */
  stampSprite(sprite: Sprite, x: number, y: number): void {
    const { size, half, pixels: src, spans } = sprite;
    const left = Math.round(x) - half;
    const top = Math.round(y) - half;
    const { width, height, pixels: dst } = this;
    if (left >= width || top >= height || left + size <= 0 || top + size <= 0) return;
    const x0 = Math.max(0, -left);
    const x1 = Math.min(size, width - left);
    const y0 = Math.max(0, -top);
    const y1 = Math.min(size, height - top);
    for (let sy = y0; sy < y1; sy++) {
      const from = Math.max(x0, spans[2 * sy]);
      const to = Math.min(x1, spans[2 * sy + 1]);
      let d = (top + sy) * width + left + from;
      for (let s = sy * size + from, end = sy * size + to; s < end; s++, d++) {
        const c = src[s];
        const sa = c >>> 24;
        if (sa === 0) continue;
        const under = dst[d];
        if (sa === 255 || under >>> 24 === 0) dst[d] = c;
        else dst[d] = over(c, sa, under);
      }
    }
  }

  /**
   * Fills `size` device pixels across and `tall` down (a square unless told) from (left, top)
   * with `colour` (RGBA packed little-endian).
   */
  block(left: number, top: number, size: number, colour: number, tall = size): void {
    const { width, height, pixels } = this;
    const x0 = Math.max(0, left);
    const x1 = Math.min(width, left + size);
    if (x1 <= x0) return;
    // Blocks are a few pixels wide: a plain loop beats a call to fill per row.
    for (let y = Math.max(0, top), end = Math.min(height, top + tall); y < end; y++)
      for (let i = y * width + x0, stop = y * width + x1; i < stop; i++) pixels[i] = colour;
  }

  /** Puts the buffer onto `ctx`'s canvas, replacing what was there. */
  put(ctx: CanvasRenderingContext2D): void {
    if (this.image) ctx.putImageData(this.image, 0, 0);
  }

  /** `mark` drawn at radius `r`, line `w` and queue reach `reach` (device pixels; reach to ½ px). */
  sprite(mark: Mark, r: number, w: number, reach = 0): Sprite {
    let sized = this.sprites.get(mark);
    if (!sized || sized.r !== r || sized.w !== w) {
      // Zooming makes new sizes: forget them all now and then rather than keep every one.
      if (this.spriteCount > 200) {
        this.sprites.clear();
        this.spriteCount = 0;
      }
      sized = { r, w, byReach: new Map() };
      this.sprites.set(mark, sized);
    }
    const step = Math.round(reach * 2);
    let sprite = sized.byReach.get(step);
    if (!sprite) {
      sprite = drawSprite(mark, r, w, step / 2);
      sized.byReach.set(step, sprite);
      this.spriteCount++;
    }
    return sprite;
  }
}

/** A mark drawn by the canvas once, centred on a pixel corner of a small square. */
function drawSprite(mark: Mark, r: number, w: number, reach: number): Sprite {
  // A stroke reaches half its width beyond a circle, up to √½ of it beyond a diamond's mitred
  // corner (and a cross reaches its size along both axes); anti-aliasing, a pixel more.
  const outer = mark.reduce(
    (most, shape) =>
      Math.max(
        most,
        shapeRadius(shape, r, w, reach) +
          (shape.stroke ? ((shape.width ?? 1) * w) / (shape.kind === 'circle' ? 2 : 1) : 0),
      ),
    0,
  );
  const half = Math.ceil(outer + 1);
  const size = 2 * half;
  const sprite = {
    size,
    half,
    pixels: new Uint32Array(size * size),
    spans: new Int16Array(2 * size),
  };
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (ctx) {
    drawMark(ctx, mark, half, half, r, w, reach);
    sprite.pixels = new Uint32Array(ctx.getImageData(0, 0, size, size).data.buffer);
  }
  for (let y = 0; y < size; y++) {
    let first = size;
    let last = 0;
    for (let x = 0; x < size; x++)
      if (sprite.pixels[y * size + x] >>> 24 > 0) {
        first = Math.min(first, x);
        last = x + 1;
      }
    sprite.spans[2 * y] = first;
    sprite.spans[2 * y + 1] = last;
  }
  return sprite;
}

/** `c` (alpha `sa`) over `under`, both RGBA packed little-endian, not premultiplied. */
export function over(c: number, sa: number, under: number): number {
  // Alphas scaled by 255: keep = da·(255 − sa), out = sa·255 + keep.
  const keep = (under >>> 24) * (255 - sa);
  const a = sa * 255 + keep;
  const top = sa * 255;
  const r = ((c & 255) * top + (under & 255) * keep) / a;
  const g = (((c >>> 8) & 255) * top + ((under >>> 8) & 255) * keep) / a;
  const b = (((c >>> 16) & 255) * top + ((under >>> 16) & 255) * keep) / a;
  return (((a / 255 + 0.5) << 24) | ((b + 0.5) << 16) | ((g + 0.5) << 8) | (r + 0.5)) >>> 0;
}

/** A #rrggbb colour as [r, g, b] (grey for anything else). */
export function rgb(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{6})$/i.exec(colour);
  if (!m) return [136, 136, 136];
  const v = parseInt(m[1], 16);
  return [v >> 16, (v >> 8) & 255, v & 255];
}

/** A colour as the buffer holds it: RGBA packed little-endian, not premultiplied. */
export function pack(r: number, g: number, b: number, alpha = 255): number {
  return ((alpha << 24) | (b << 16) | (g << 8) | r) >>> 0;
}
