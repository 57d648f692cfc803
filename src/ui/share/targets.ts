import type { SideName } from '../../model/lab.ts';
import type { SideRenderer } from '../../render/sideRenderer.ts';

/** The renderers on the page, by side, so exports draw exactly what is shown. */
export const renderers = new Map<SideName, SideRenderer>();
