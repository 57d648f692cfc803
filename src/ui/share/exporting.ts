import type { Palette } from '../../render/palette.ts';
import { marksFor } from '../../render/marks.ts';
import { composeCanvas, graphsSvg, type PictureInput } from '../../render/pictures.ts';
import { csvText, exportName, jsonText } from '../../store/exports.ts';
import type { LabStore } from '../../store/labStore.ts';
import { isOut, selectTieMarks } from '../../store/selectors.ts';
import type { LabPage } from '../labPage.tsx';
import { t } from '../../i18n/i18n.ts';
import { sideLabel, SIDES } from '../sides.ts';

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

/** Both sides as the page shows them now, for a picture: the renderers' placement and canvases. */
export function pictureOf(
  page: Pick<LabPage, 'store' | 'renderers'>,
  colors: Palette,
): PictureInput {
  const state = page.store.getState();
  const { lab, tick, org } = state;
  const n = lab.settings.nodes;
  const [h, p] = lab.sides.map((s) => s.series[tick]?.informed ?? 0);
  const sides = SIDES.flatMap((name, i) => {
    const renderer = page.renderers.get(name);
    const surface = renderer?.surface;
    if (!renderer || !surface) return [];
    const side = lab.sides[i];
    return [
      {
        label: sideLabel(name),
        graph: side.engine.graph,
        manager: side.engine.dynamics.org?.manager,
        engine: state.onShow(i as 0 | 1),
        placement: renderer.placement(),
        surface,
        isOut: (v: number) => isOut(state, i as 0 | 1, v),
      },
    ];
  });
  return {
    sides,
    caption: t('share.caption', { title: t('app.title'), tick, hierarchy: h, p2p: p, n }),
    tick,
    source: lab.source,
    names: org?.names,
    marks: marksFor(colors),
    legend: selectTieMarks(state),
  };
}

export function exportPng(page: LabPage, colors: Palette): void {
  const name = exportName(page.store.getState());
  composeCanvas(pictureOf(page, colors)).toBlob(
    (blob) => blob && download(blob, `${name}.png`),
    'image/png',
  );
}

export function exportSvg(page: LabPage, colors: Palette): void {
  download(
    new Blob([graphsSvg(pictureOf(page, colors))], { type: 'image/svg+xml' }),
    `${exportName(page.store.getState())}.svg`,
  );
}

export function exportCsv(store: LabStore): void {
  store.getState().settle();
  const state = store.getState();
  download(new Blob([csvText(state)], { type: 'text/csv' }), `${exportName(state)}.csv`);
}

export function exportJson(store: LabStore): void {
  store.getState().settle();
  const state = store.getState();
  download(new Blob([jsonText(state)], { type: 'application/json' }), `${exportName(state)}.json`);
}
