import { t } from '../i18n/i18n.ts';
import type { SideShow } from '../model/shown.ts';
import type { Graph } from '../model/graph.ts';
import { isReportingLine } from '../model/networks/crossTies.ts';
import { escapeXml } from './escape.ts';
import {
  drawMark,
  legendEntries,
  markSvg,
  personLine,
  personState,
  tieWidth,
  type LegendEntry,
  type LegendNeeds,
  type Marks,
} from './marks.ts';
import type { Placement } from './sideRenderer.ts';

// Still pictures of both sides at the tick on show, for the exports: a standalone SVG, and the
// two live canvases composed with a title and a legend (for PNG and video).

/** One side as a picture shows it. */
export interface PictureSide {
  label: string;
  graph: Graph;
  /** A hierarchy's managers: ties that are not reporting lines are drawn dashed. */
  manager?: Int32Array;
  engine: SideShow;
  placement: Placement;
  /** The live canvas, for the composed PNG/video. */
  surface: HTMLCanvasElement;
  isOut(person: number): boolean;
}

export interface PictureInput {
  sides: PictureSide[];
  /** The title line: tick and counts. */
  caption: string;
  tick: number;
  source: number;
  /** Imported names by person, if any. */
  names?: readonly string[];
  marks: Marks;
  /** The marks this run shows beyond the usual ones. */
  legend: LegendNeeds;
}

const STATE_WORDS = {
  waiting: 'not yet informed',
  informed: 'informed',
  distorted: 'believes a distorted version',
  out: 'knocked out',
} as const;

/** Both graphs as a standalone SVG: ties, people by state (shape and colour), the starter, titles and a legend. Every text is escaped. */
export function graphsSvg(input: PictureInput): string {
  const { marks, names } = input;
  const panels: string[] = [];
  let offset = 0;
  let height = 0;
  for (const side of input.sides) {
    const { width, height: h, x, y, radius: r } = side.placement;
    const { graph, engine } = side;
    const w = personLine(r);
    const out: string[] = [];
    out.push(`<g transform="translate(${offset},40)"><title>${escapeXml(side.label)}</title>`);
    out.push(
      `<text x="12" y="-12" font-size="20" font-weight="700" fill="${marks.ink}">${escapeXml(side.label)}</text>`,
    );
    const tie = tieWidth(graph.n);
    const dash = marks.informalDash.map((d) => d * tie * 2).join(' ');
    out.push(`<g stroke="${marks.tie}" stroke-width="${tie}">`);
    for (let u = 0; u < graph.n; u++) {
      for (let e = graph.offsets[u]; e < graph.ends[u]; e++) {
        const v = graph.neighbors[e];
        if (u >= v) continue;
        const informal = side.manager && !isReportingLine(side.manager, u, v);
        out.push(
          `<line x1="${x[u].toFixed(1)}" y1="${y[u].toFixed(1)}" x2="${x[v].toFixed(1)}" y2="${y[v].toFixed(1)}"${informal ? ` stroke-dasharray="${dash}"` : ''}/>`,
        );
      }
    }
    out.push('</g>');
    for (let v = 0; v < graph.n; v++) {
      const label = escapeXml(names?.[v] ? `${names[v]} (#${v})` : t('person.name', { person: v }));
      const state = personState(engine, v, input.tick, 1, side.isOut(v));
      const ring = v === input.source ? markSvg(marks.source, x[v], y[v], r, w) : '';
      out.push(
        `<g><title>${label}: ${STATE_WORDS[state]}</title>${markSvg(marks.person[state], x[v], y[v], r, w)}${ring}</g>`,
      );
    }
    out.push('</g>');
    panels.push(out.join(''));
    offset += width + 16;
    height = Math.max(height, h);
  }
  const width = Math.max(1, offset - 16);
  const legendY = height + 100;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${legendY + 24}" viewBox="0 0 ${width} ${legendY + 24}" font-family="system-ui, sans-serif">`,
    `<title>${escapeXml(input.caption)}</title>`,
    `<rect width="100%" height="100%" fill="${marks.background}"/>`,
    `<text x="12" y="20" font-size="16" fill="${marks.ink}">${escapeXml(input.caption)}</text>`,
    ...panels,
  ];
  let lx = 12;
  for (const entry of legendEntries(marks, input.legend).filter((e) => e.inSvg)) {
    parts.push(legendSvg(entry, lx + 7, legendY - 5));
    parts.push(
      `<text x="${lx + 18}" y="${legendY}" font-size="13" fill="${marks.ink}">${escapeXml(entry.label)}</text>`,
    );
    lx += 28 + entry.label.length * 7;
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** A legend entry's marks at (x, y), drawn at the size a legend uses. */
function legendSvg(entry: LegendEntry, x: number, y: number): string {
  if (entry.tie) {
    const dash = entry.tie.dash ? ` stroke-dasharray="${entry.tie.dash.join(' ')}"` : '';
    return `<line x1="${x - 7}" y1="${y}" x2="${x + 7}" y2="${y}" stroke="${entry.tie.stroke}" stroke-width="2"${dash}/>`;
  }
  const r = 5 * (entry.scale ?? 1);
  return entry.layers.map((layer) => markSvg(layer, x, y, r, 1.2, entry.reach)).join('');
}

/** The two live canvases side by side with a title line and the legend, as one canvas. */
export function composeCanvas(input: PictureInput, target?: HTMLCanvasElement): HTMLCanvasElement {
  const { marks } = input;
  const surfaces = input.sides.map((s) => s.surface);
  const ratio = surfaces[0] ? surfaces[0].width / Math.max(1, surfaces[0].clientWidth) : 1;
  const gap = 16 * ratio;
  const top = 64 * ratio;
  const bottom = 36 * ratio;
  const entries = legendEntries(marks, input.legend);
  const canvas = target ?? document.createElement('canvas');
  // Wide enough for the graphs, the title line and the legend line.
  const measure = canvas.getContext('2d')!;
  measure.font = `700 ${22 * ratio}px system-ui, sans-serif`;
  const titleWidth = measure.measureText(input.caption).width + 24 * ratio;
  measure.font = `${14 * ratio}px system-ui, sans-serif`;
  const legendWidth = entries.reduce(
    (w, e) => w + measure.measureText(e.label).width + 40 * ratio,
    12 * ratio,
  );
  const width = Math.ceil(
    Math.max(surfaces.reduce((w, c) => w + c.width, 0) + gap, titleWidth, legendWidth),
  );
  const height = surfaces.reduce((a, c) => Math.max(a, c.height), 1) + top + bottom;
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = marks.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = marks.ink;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${22 * ratio}px system-ui, sans-serif`;
  ctx.fillText(input.caption, 12 * ratio, 28 * ratio);
  let x = 0;
  input.sides.forEach((side, i) => {
    const c = surfaces[i];
    ctx.fillStyle = marks.ink;
    ctx.font = `700 ${18 * ratio}px system-ui, sans-serif`;
    ctx.fillText(side.label, x + 12 * ratio, top - 10 * ratio);
    ctx.drawImage(c, x, top);
    x += c.width + gap;
  });
  ctx.font = `${14 * ratio}px system-ui, sans-serif`;
  let lx = 12 * ratio;
  const ly = height - 16 * ratio;
  for (const entry of entries) {
    const r = 6 * ratio * (entry.scale ?? 1);
    if (entry.tie) {
      ctx.beginPath();
      ctx.setLineDash((entry.tie.dash ?? []).map((d) => d * ratio));
      ctx.moveTo(lx, ly);
      ctx.lineTo(lx + 16 * ratio, ly);
      ctx.strokeStyle = entry.tie.stroke;
      ctx.lineWidth = 2 * ratio;
      ctx.stroke();
      ctx.setLineDash([]);
    }
    for (const layer of entry.layers)
      drawMark(ctx, layer, lx + 8 * ratio, ly, r, 1.3 * ratio, (entry.reach ?? 0) * ratio);
    ctx.fillStyle = marks.ink;
    ctx.fillText(entry.label, lx + 20 * ratio, height - 11 * ratio);
    lx += ctx.measureText(entry.label).width + 40 * ratio;
  }
  return canvas;
}
