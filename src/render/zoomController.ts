import { select } from 'd3-selection';
import { zoom, type ZoomBehavior } from 'd3-zoom';
import type { ViewTransform } from './sideRenderer.ts';

export interface ZoomController {
  destroy(): void;
}

/**
 * Pan (drag) and zoom (wheel, pinch) on a canvas. A press that moves less
 * than a few pixels stays a click, so picking a person never fights a pan.
 */
export function attachZoom(
  canvas: HTMLCanvasElement,
  onChange: (transform: ViewTransform) => void,
): ZoomController {
  const behaviour: ZoomBehavior<HTMLCanvasElement, unknown> = zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([0.5, 12])
    .clickDistance(5)
    .on('zoom', (event: { transform: ViewTransform }) => onChange(event.transform));
  const selection = select(canvas);
  selection.call(behaviour).on('dblclick.zoom', null);
  return {
    destroy() {
      selection.on('.zoom', null);
    },
  };
}
