import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import type { ViewTransform } from './sideRenderer.ts';

export interface ZoomController {
  destroy(): void;
}

/** How long a finger rests on a person before it counts as a long press (ms). */
export const LONG_PRESS_MS = 550;
/** A finger that moves further than this (px) is not pressing, and not tapping. */
const STILL_PX = 10;

export interface TouchHandlers {
  /** A finger held still on the canvas for `LONG_PRESS_MS`, at (x, y) in canvas pixels. */
  onLongPress(x: number, y: number): void;
}

/**
 * Pan and zoom on a canvas. With a mouse: drag to pan, wheel to zoom; a press that moves less
 * than a few pixels stays a click, so picking a person never fights a pan. With fingers: two
 * fingers pinch and pan; one finger never pans the graph (it taps, presses, or scrolls the page),
 * and a finger held still is a long press.
 */
export function attachZoom(
  canvas: HTMLCanvasElement,
  onChange: (transform: ViewTransform) => void,
  touch?: TouchHandlers,
): ZoomController {
  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.5, 12])
    .clickDistance(5)
    // Touch is handled below with pointer events, so d3's own touch panning stays out of it.
    .touchable(false)
    .filter((event: Event) => {
      if (event.type.startsWith('touch')) return false;
      const e = event as MouseEvent;
      return (!e.ctrlKey || e.type === 'wheel') && !e.button;
    })
    .on('zoom', (event: { transform: ViewTransform }) => onChange(event.transform));
  const selection = select(canvas);
  selection.call(behaviour).on('dblclick.zoom', null);

  const fingers = new Map<number, { x: number; y: number }>();
  let pinch: { distance: number; mid: { x: number; y: number }; start: ViewTransform } | null =
    null;
  let press: { id: number; x: number; y: number; timer: ReturnType<typeof setTimeout> } | null =
    null;
  const local = (e: PointerEvent) => {
    const box = canvas.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  };
  const cancelPress = () => {
    if (press) clearTimeout(press.timer);
    press = null;
  };
  const current = (): ViewTransform => {
    const t = (canvas as unknown as { __zoom?: ViewTransform }).__zoom;
    return t ? { x: t.x, y: t.y, k: t.k } : { x: 0, y: 0, k: 1 };
  };
  const startPinch = () => {
    const [a, b] = [...fingers.values()];
    pinch = {
      distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
      mid: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
      start: current(),
    };
  };

  const down = (e: PointerEvent) => {
    if (e.pointerType !== 'touch') return;
    fingers.set(e.pointerId, local(e));
    if (fingers.size === 1 && touch) {
      const at = local(e);
      press = {
        id: e.pointerId,
        ...at,
        timer: setTimeout(() => {
          press = null;
          touch.onLongPress(at.x, at.y);
        }, LONG_PRESS_MS),
      };
    } else {
      cancelPress();
      if (fingers.size === 2) startPinch();
    }
  };
  const move = (e: PointerEvent) => {
    if (!fingers.has(e.pointerId)) return;
    const at = local(e);
    fingers.set(e.pointerId, at);
    if (press && press.id === e.pointerId && Math.hypot(at.x - press.x, at.y - press.y) > STILL_PX)
      cancelPress();
    if (!pinch || fingers.size < 2) return;
    e.preventDefault();
    const [a, b] = [...fingers.values()];
    const distance = Math.max(1, Math.hypot(a.x - b.x, a.y - b.y));
    const mid = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    const { start } = pinch;
    const [min, max] = behaviour.scaleExtent();
    const k = Math.min(max, Math.max(min, (start.k * distance) / pinch.distance));
    // The point of the drawing under the fingers' midpoint at the start stays under it.
    const wx = (pinch.mid.x - start.x) / start.k;
    const wy = (pinch.mid.y - start.y) / start.k;
    behaviour.transform(selection, zoomIdentity.translate(mid.x - wx * k, mid.y - wy * k).scale(k));
  };
  const up = (e: PointerEvent) => {
    if (press && press.id === e.pointerId) cancelPress();
    fingers.delete(e.pointerId);
    pinch = null;
    // One finger left of a pinch: lifting the other starts nothing.
    if (fingers.size >= 2) startPinch();
  };
  // A long press must not also open the browser's menu (a right click still does).
  const noMenu = (e: Event) => {
    if (fingers.size > 0) e.preventDefault();
  };
  canvas.addEventListener('pointerdown', down);
  canvas.addEventListener('pointermove', move);
  canvas.addEventListener('pointerup', up);
  canvas.addEventListener('pointercancel', up);
  canvas.addEventListener('contextmenu', noMenu);
  return {
    destroy() {
      cancelPress();
      selection.on('.zoom', null);
      canvas.removeEventListener('pointerdown', down);
      canvas.removeEventListener('pointermove', move);
      canvas.removeEventListener('pointerup', up);
      canvas.removeEventListener('pointercancel', up);
      canvas.removeEventListener('contextmenu', noMenu);
    },
  };
}
