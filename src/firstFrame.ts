import { pickLanguage } from './i18n/languages.ts';
import { bakedLayout } from './layout/baked.ts';
import { Lab } from './model/lab.ts';
import { DEFAULT_SETTINGS } from './model/params.ts';
import { marksFor } from './render/marks.ts';
import { lightPalette } from './render/palette.ts';
import { SideRenderer } from './render/sideRenderer.ts';

/**
 * Whether the page the build prerendered (`src/prerender.tsx`: the default lab, in English, on a
 * light screen) is the page this visit shows. Anything else — a link with settings, a scene, an
 * embed, another language, a dark screen — is rendered by the app from scratch.
 */
export function asPrerendered(root: HTMLElement, win: Window): boolean {
  return (
    root.dataset.prerendered === '' &&
    win.location.search === '' &&
    pickLanguage(null, win.navigator.languages ?? []) === 'en' &&
    !win.matchMedia('(prefers-color-scheme: dark)').matches
  );
}

/**
 * Draws both panels of the prerendered default page onto its canvases — the same run, layouts
 * and renderer the app uses — before the app's own scripts have loaded. The app then takes the
 * page over as it is (hydration) and draws the same picture again. Returns false, having drawn
 * nothing, where the layouts were not baked in.
 */
export function paintFirstFrame(root: HTMLElement): boolean {
  const canvases = root.querySelectorAll<HTMLCanvasElement>('canvas.graph');
  const lab = new Lab(DEFAULT_SETTINGS);
  // The page opens at tick 0, run: the first message started and on its way.
  lab.step();
  const kinds = ['hierarchy', 'peers'] as const;
  const positions = lab.sides.map((side, i) => bakedLayout(side.network, kinds[i]));
  if (canvases.length !== 2 || positions.some((p) => p === null)) return false;
  lab.sides.forEach(({ network, engine }, i) => {
    const canvas = canvases[i];
    const renderer = new SideRenderer(i === 0);
    renderer.attach(canvas);
    const box = canvas.getBoundingClientRect();
    renderer.resize(box.width, box.height, window.devicePixelRatio || 1);
    renderer.setNetwork(network, positions[i]);
    renderer.setStyle(marksFor(lightPalette), 1);
    renderer.draw({
      network,
      engine,
      tick: lab.tick - 1,
      progress: 1,
      source: lab.source,
      hovered: null,
      isOut: (v) => engine.working[v] === 0,
    });
  });
  return true;
}
