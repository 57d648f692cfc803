// `npm run bench:render`: the production build in Chromium, measured as a workshop sees it.
// For 200, 2,000, 10,000 and 50,000 people per side (both sides playing at the fastest speed,
// `cap=inf&load=0.02`, 1920×1080): frame-time median and p95, frames per second, how long clicks
// wait while it plays, and when the layout has settled; then the default page's first frame and
// the bytes loaded before it; then the layout of 2 × 1,000 people in Node against d3-force's 300
// default ticks. Medians, and ratios to a baseline measured in the same run (the machines are
// shared and noisy). Arguments: `--no-build` to use dist/ as it is; sizes to measure, e.g. `2000`.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from '@playwright/test';
import { build } from 'vite';
import { forceCenter, forceLink, forceManyBody, forceSimulation } from 'd3-force';
import { layoutNow } from '../src/layout/layoutNow.ts';
import { edgesOf } from '../src/model/graph.ts';
import { buildHierarchy, buildPeerNetwork } from '../src/model/networks/index.ts';
import { DEFAULT_SETTINGS } from '../src/model/params.ts';
import { CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium.js';

const PORT = 4179;
const BASE = `http://127.0.0.1:${PORT}/`;
const args = process.argv.slice(2);
const sizes = args.filter((a) => /^\d+$/.test(a)).map(Number);
const SIZES = sizes.length > 0 ? sizes : [200, 2000, 10000, 50000];
const PLAY_MS = 5000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))] ?? NaN;
const ms = (v: number) => `${v.toFixed(1)} ms`;

async function serve(): Promise<ChildProcess> {
  const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(BASE)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error(`vite preview did not start on port ${PORT}`);
}

/** What the page does while playing: frame gaps, clicks' waits, and the first notice if any. */
async function playing(browser: Browser, people: number) {
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  // Scripts for the page are strings: tsx would wrap named functions in a helper the page lacks.
  await page.addInitScript(`
    window.__events = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'click') window.__events.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 0 });
    const watch = () => {
      // The app's own page (its effects set the theme), not the prerendered default it replaces.
      const app = document.documentElement?.dataset.theme && document.querySelector('.live-status');
      if (app && !document.querySelector('.settling, .job')) window.__settled = performance.now();
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  `);
  await page.goto(`${BASE}?n=${people}&cap=inf&load=0.02`, { timeout: 180_000 });
  await page.waitForFunction(() => (window as unknown as { __settled?: number }).__settled, null, {
    timeout: 180_000,
    polling: 100,
  });
  const settled = await page.evaluate(() => (window as unknown as { __settled: number }).__settled);
  const notice = (await page.locator('[role=alert]').allTextContents()).join(' ').slice(0, 160);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption({ index: 4 });
  await page.keyboard.press('Space');
  const frames = page.evaluate(`new Promise((done) => {
    const gaps = [];
    let last = performance.now();
    const end = last + ${PLAY_MS};
    const frame = (now) => {
      gaps.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(frame);
      else done(gaps);
    };
    requestAnimationFrame(frame);
  })`) as Promise<number[]>;
  // Clicks on the title while it plays (they do nothing): how long each waits to be answered.
  for (let i = 0; i < 5; i++) {
    await page.waitForTimeout(PLAY_MS / 6);
    await page.locator('h1').click();
  }
  const gaps = (await frames).slice(1);
  const clicks = await page.evaluate(() => (window as unknown as { __events: number[] }).__events);
  const tick = await page.locator('.live-status').textContent();
  await page.close();
  return { gaps, clicks, settled, notice, tick: tick?.match(/\d[\d,]*/)?.[0] ?? '?' };
}

/** The default page: when its first frame is drawn, and what it loaded before. */
async function firstFrame(browser: Browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  // The first frame: when both panels' canvases have drawn their people (the renderer stamps
  // the time of that draw on its canvas).
  await page.addInitScript(`
    const watch = () => {
      const painted = [...document.querySelectorAll('canvas.graph')].map((c) => Number(c.dataset.painted));
      if (painted.length === 2 && painted.every((t) => t > 0)) window.__first = Math.max(...painted);
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
    // The app answering: its effects have run (they set the theme on the page).
    new MutationObserver((_, observer) => {
      window.__app = performance.now();
      observer.disconnect();
    }).observe(document, { attributeFilter: ['data-theme'], subtree: true });
  `);
  await page.goto(BASE);
  await page.waitForFunction(() => (window as unknown as { __first?: number }).__first);
  await page.waitForFunction(() => (window as unknown as { __app?: number }).__app);
  const { first, loaded, contentful, app } = await page.evaluate(() => {
    const first = (window as unknown as { __first: number }).__first;
    const loaded = performance
      .getEntriesByType('resource')
      .filter((e) => (e as PerformanceResourceTiming).responseEnd <= first)
      .map((e) => new URL(e.name).pathname);
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    const app = (window as unknown as { __app: number }).__app;
    return { first, loaded, contentful: paint?.startTime ?? NaN, app };
  });
  await page.close();
  const gz = (path: string) => gzipSync(readFileSync(`dist${path}`)).length;
  const js = loaded.filter((p) => p.endsWith('.js'));
  return { first, contentful, app, js, jsGzip: js.reduce((sum, p) => sum + gz(p), 0) };
}

/**
 * The least a React page loads: React and ReactDOM rendering one element, bundled and minified by
 * the same Vite as the lab, gzipped.
 */
async function reactBaseline(): Promise<number> {
  const dir = 'node_modules/.cache/bench-react';
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    `${dir}/entry.js`,
    "import { createElement } from 'react';\nimport { createRoot } from 'react-dom/client';\n" +
      "createRoot(document.body).render(createElement('p', null, 'hello'));\n",
  );
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, rollupOptions: { input: `${dir}/entry.js` } },
  });
  const outputs = (Array.isArray(built) ? built : [built]).flatMap((b) =>
    'output' in b ? b.output : [],
  );
  return outputs.reduce((sum, o) => sum + (o.type === 'chunk' ? gzipSync(o.code).length : 0), 0);
}

/** Both sides of 1,000 people laid out as the lab does, against d3-force's 300 default ticks. */
function layoutInNode() {
  const settings = { ...DEFAULT_SETTINGS, nodes: 1000 };
  const sides = [
    { network: buildHierarchy(settings), kind: 'hierarchy' as const },
    { network: buildPeerNetwork(settings), kind: 'peers' as const },
  ];
  const ours: number[] = [];
  const plain: number[] = [];
  for (let r = 0; r < 5; r++) {
    let start = performance.now();
    for (const { network, kind } of sides) layoutNow(network, kind);
    ours.push(performance.now() - start);
    start = performance.now();
    for (const { network } of sides) {
      const nodes = Array.from({ length: network.graph.n }, () => ({}));
      const links = edgesOf(network.graph).map(([source, target]) => ({ source, target }));
      forceSimulation(nodes)
        .force('link', forceLink(links))
        .force('charge', forceManyBody())
        .force('center', forceCenter())
        .stop()
        .tick(300);
    }
    plain.push(performance.now() - start);
  }
  return { ours: median(ours), plain: median(plain) };
}

async function main() {
  const found = findChromium();
  if (!found)
    throw new Error('bench:render needs a Chromium: see the README (npm test finds one).');
  if (
    !args.includes('--no-build') &&
    spawnSync('npx', ['vite', 'build'], { stdio: 'ignore' }).status !== 0
  )
    throw new Error('vite build failed');
  readdirSync('dist');
  const server = await serve();
  const browser = await chromium.launch({
    executablePath: found.executablePath,
    args: CHROMIUM_ARGS,
  });
  try {
    console.log(
      `bench:render — production build, Chromium (${found.source}), 1920×1080, both sides playing at 8 ticks/s, cap=inf&load=0.02, ${PLAY_MS / 1000} s each\n`,
    );
    const rows: Array<{ people: number; fps: number }> = [];
    for (const people of SIZES) {
      const r = await playing(browser, people);
      const fps = (1000 * r.gaps.length) / r.gaps.reduce((a, b) => a + b, 0);
      rows.push({ people, fps });
      const base = rows.find((row) => row.people === 200);
      console.log(
        `2 × ${String(people).padStart(6)}: frame median ${ms(median(r.gaps))}, p95 ${ms(quantile(r.gaps, 0.95))}, ` +
          `${fps.toFixed(1)} fps${base && people !== 200 ? ` (${(fps / base.fps).toFixed(2)}× the 2 × 200 page)` : ''}; ` +
          `clicks answered: median ${ms(median(r.clicks))}, max ${ms(Math.max(0, ...r.clicks))}; ` +
          `settled ${ms(r.settled)} after navigation; reached tick ${r.tick}` +
          (r.notice ? `\n            notice: ${r.notice}` : ''),
      );
    }
    const first = [];
    for (let i = 0; i < 5; i++) first.push(await firstFrame(browser));
    const react = await reactBaseline();
    const f = first[0];
    console.log(
      `\nfirst frame of the default page (1280×720): median ${ms(median(first.map((x) => x.first)))} of 5 loads ` +
        `(the browser's first contentful paint ${ms(median(first.map((x) => x.contentful)))}; the app answering by ${ms(median(first.map((x) => x.app)))}); ` +
        `JavaScript before it: ${(f.jsGzip / 1024).toFixed(1)} kB gzip in ${f.js.length} file(s) ` +
        `(${(f.jsGzip / react).toFixed(2)}× React + ReactDOM alone, ${(react / 1024).toFixed(1)} kB gzip)`,
    );
    const layout = layoutInNode();
    console.log(
      `layout of 2 × 1,000 people (Node, median of 5): ${ms(layout.ours)}; ` +
        `d3-force's 300 default ticks on the same ties: ${ms(layout.plain)} (${(layout.ours / layout.plain).toFixed(2)}×)`,
    );
  } finally {
    await browser.close();
    server.kill();
  }
}

await main();
