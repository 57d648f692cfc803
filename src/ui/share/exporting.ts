import type { Lab, SideName } from '../../model/lab.ts';
import { encodeOrg } from '../../model/networks/orgChart/index.ts';
import { reportOf, runReport, toCsv } from '../../model/report.ts';
import type { Palette } from '../../render/palette.ts';
import type { LabStore } from '../../store/labStore.ts';
import { SIDE_LABEL } from '../sides.ts';
import { renderers } from './targets.ts';

const SIDES: SideName[] = ['hierarchy', 'p2p'];

/** Saves `blob` as a download named `name`. */
export function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const baseName = (tick: number) => `p2p-org-lab-tick-${tick}`;

/** Escapes text for SVG and HTML: every label goes through this. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What a person is at the tick on show, for pictures that are not the live canvas. */
function personState(
  lab: Lab,
  side: 0 | 1,
  v: number,
): 'out' | 'distorted' | 'informed' | 'waiting' {
  const { engine } = lab.sides[side];
  if (!engine.working[v]) return 'out';
  if (engine.first.heardTick[v] < 0) return 'waiting';
  return engine.first.believesDistorted(v) ? 'distorted' : 'informed';
}

const LEGEND: Array<[string, keyof Palette]> = [
  ['not yet informed (hollow circle)', 'uninformedStroke'],
  ['informed (filled circle)', 'informed'],
  ['believes a distorted version (diamond)', 'distorted'],
  ['knocked out (×)', 'failed'],
  ['started the message (green ring)', 'source'],
];

function caption(lab: Lab, tick: number): string {
  const [h, p] = lab.sides.map((s) => s.series[tick]?.informed ?? 0);
  const n = lab.settings.nodes;
  return `P2P Org Lab — tick ${tick}: Hierarchy ${h} of ${n} informed, Peer-to-peer ${p} of ${n} informed`;
}

/**
 * Both graphs at the tick on show as a standalone SVG: ties, people by state
 * (shape and colour), the starter, titles and a legend. Every text is escaped.
 */
export function graphsSvg(
  lab: Lab,
  tick: number,
  colors: Palette,
  names?: readonly string[],
): string {
  const parts: string[] = [];
  let offset = 0;
  let height = 0;
  const panels: string[] = [];
  SIDES.forEach((name, i) => {
    const renderer = renderers.get(name);
    if (!renderer) return;
    const { width, height: h, x, y, radius: r } = renderer.placement();
    const { graph } = lab.sides[i].network;
    const out: string[] = [];
    out.push(
      `<g transform="translate(${offset},40)"><title>${escapeXml(SIDE_LABEL[name])}</title>`,
    );
    out.push(
      `<text x="12" y="-12" font-size="20" font-weight="700" fill="${colors.ink}">${escapeXml(SIDE_LABEL[name])}</text>`,
    );
    out.push(`<g stroke="${colors.edge}" stroke-width="1.2">`);
    for (let u = 0; u < graph.n; u++) {
      for (let e = graph.offsets[u]; e < graph.offsets[u + 1]; e++) {
        const v = graph.neighbors[e];
        if (u < v)
          out.push(
            `<line x1="${x[u].toFixed(1)}" y1="${y[u].toFixed(1)}" x2="${x[v].toFixed(1)}" y2="${y[v].toFixed(1)}"/>`,
          );
      }
    }
    out.push('</g>');
    for (let v = 0; v < graph.n; v++) {
      const cx = x[v].toFixed(1);
      const cy = y[v].toFixed(1);
      const label = escapeXml(names?.[v] ? `${names[v]} (#${v})` : `Person ${v}`);
      const state = personState(lab, i as 0 | 1, v);
      let shape: string;
      if (state === 'out') {
        const d = r * 0.6;
        shape = `<circle cx="${cx}" cy="${cy}" r="${(r * 0.8).toFixed(1)}" fill="${colors.failedFill}" stroke="${colors.failed}"/><path d="M${x[v] - d},${y[v] - d}L${x[v] + d},${y[v] + d}M${x[v] + d},${y[v] - d}L${x[v] - d},${y[v] + d}" stroke="${colors.failedCross}" stroke-width="2"/>`;
      } else if (state === 'distorted') {
        const k = r * 1.25;
        shape = `<path d="M${x[v]},${y[v] - k}L${x[v] + k},${y[v]}L${x[v]},${y[v] + k}L${x[v] - k},${y[v]}Z" fill="${colors.distorted}" stroke="${colors.ink}" stroke-width="1.5"/>`;
      } else {
        const informed = state === 'informed';
        shape = `<circle cx="${cx}" cy="${cy}" r="${r.toFixed(1)}" fill="${informed ? colors.informed : colors.uninformedFill}" stroke="${informed ? colors.ink : colors.uninformedStroke}" stroke-width="1.5"/>`;
      }
      const ring =
        v === lab.source
          ? `<circle cx="${cx}" cy="${cy}" r="${(r + 3).toFixed(1)}" fill="none" stroke="${colors.source}" stroke-width="2.5"/>`
          : '';
      out.push(
        `<g><title>${label}: ${state === 'waiting' ? 'not yet informed' : state === 'out' ? 'knocked out' : state}</title>${shape}${ring}</g>`,
      );
    }
    out.push('</g>');
    panels.push(out.join(''));
    offset += width + 16;
    height = Math.max(height, h);
  });
  const width = Math.max(1, offset - 16);
  const legendY = height + 100;
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${legendY + 24}" viewBox="0 0 ${width} ${legendY + 24}" font-family="system-ui, sans-serif">`,
  );
  parts.push(`<title>${escapeXml(caption(lab, tick))}</title>`);
  parts.push(`<rect width="100%" height="100%" fill="${colors.background}"/>`);
  parts.push(
    `<text x="12" y="20" font-size="16" fill="${colors.ink}">${escapeXml(caption(lab, tick))}</text>`,
  );
  parts.push(...panels);
  let lx = 12;
  for (const [text, key] of LEGEND) {
    parts.push(
      `<circle cx="${lx + 6}" cy="${legendY - 5}" r="6" fill="${colors[key]}"/><text x="${lx + 16}" y="${legendY}" font-size="13" fill="${colors.ink}">${escapeXml(text)}</text>`,
    );
    lx += 24 + text.length * 7;
  }
  parts.push('</svg>');
  return parts.join('\n');
}

/** The two live canvases side by side with a title line and the legend, as one canvas. */
export function compositeCanvas(
  lab: Lab,
  tick: number,
  colors: Palette,
  target?: HTMLCanvasElement,
): HTMLCanvasElement {
  const surfaces = SIDES.map((s) => renderers.get(s)?.surface).filter(
    (c): c is HTMLCanvasElement => !!c,
  );
  const ratio = surfaces[0] ? surfaces[0].width / Math.max(1, surfaces[0].clientWidth) : 1;
  const gap = 16 * ratio;
  const top = 64 * ratio;
  const bottom = 36 * ratio;
  const canvas = target ?? document.createElement('canvas');
  // Wide enough for the graphs, the title line and the legend line.
  const measure = canvas.getContext('2d')!;
  measure.font = `700 ${22 * ratio}px system-ui, sans-serif`;
  const titleWidth = measure.measureText(caption(lab, tick)).width + 24 * ratio;
  measure.font = `${14 * ratio}px system-ui, sans-serif`;
  const legendWidth = LEGEND.reduce(
    (w, [text]) => w + measure.measureText(text).width + 36 * ratio,
    12 * ratio,
  );
  const width = Math.ceil(
    Math.max(surfaces.reduce((w, c) => w + c.width, 0) + gap, titleWidth, legendWidth),
  );
  const height = Math.max(1, ...surfaces.map((c) => c.height)) + top + bottom;
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = colors.background;
  ctx.fillRect(0, 0, width, height);
  ctx.fillStyle = colors.ink;
  ctx.textBaseline = 'alphabetic';
  ctx.font = `700 ${22 * ratio}px system-ui, sans-serif`;
  ctx.fillText(caption(lab, tick), 12 * ratio, 28 * ratio);
  let x = 0;
  SIDES.forEach((side, i) => {
    const c = surfaces[i];
    if (!c) return;
    ctx.font = `700 ${18 * ratio}px system-ui, sans-serif`;
    ctx.fillText(SIDE_LABEL[side], x + 12 * ratio, top - 10 * ratio);
    ctx.drawImage(c, x, top);
    x += c.width + gap;
  });
  ctx.font = `${14 * ratio}px system-ui, sans-serif`;
  let lx = 12 * ratio;
  for (const [text, key] of LEGEND) {
    ctx.fillStyle = colors[key];
    ctx.beginPath();
    ctx.arc(lx + 6 * ratio, height - 16 * ratio, 6 * ratio, 0, 2 * Math.PI);
    ctx.fill();
    ctx.fillStyle = colors.ink;
    ctx.fillText(text, lx + 16 * ratio, height - 11 * ratio);
    lx += ctx.measureText(text).width + 36 * ratio;
  }
  return canvas;
}

export function exportPng(store: LabStore, colors: Palette): void {
  const { lab, tick } = store.getState();
  compositeCanvas(lab, tick, colors).toBlob(
    (blob) => blob && download(blob, `${baseName(tick)}.png`),
    'image/png',
  );
}

export function exportSvg(store: LabStore, colors: Palette): void {
  const { lab, tick, org } = store.getState();
  download(
    new Blob([graphsSvg(lab, tick, colors, org?.names)], { type: 'image/svg+xml' }),
    `${baseName(tick)}.svg`,
  );
}

function currentReport(store: LabStore) {
  const { lab, settings } = store.getState();
  return reportOf(settings, [runReport(lab, false)]);
}

export function exportCsv(store: LabStore): void {
  download(
    new Blob([toCsv(currentReport(store))], { type: 'text/csv' }),
    `${baseName(store.getState().tick)}.csv`,
  );
}

/** The metric series and summary, plus what it takes to rebuild the run: settings, events, the shown tick. */
export function exportJson(store: LabStore, query: string): void {
  const { events, scene, tick, org } = store.getState();
  const report = currentReport(store);
  // JSON has no Infinity: an unlimited capacity is written "inf", as in the URL and the CLI.
  const json = JSON.stringify(
    // The org chart rides along (as the link would carry it), so Import org chart can take the file back.
    { ...report, scene, events, tick, url: `?${query}`, org: org ? encodeOrg(org) : null },
    (_, value: unknown) => (value === Infinity ? 'inf' : value),
    2,
  );
  download(new Blob([json], { type: 'application/json' }), `${baseName(tick)}.json`);
}
