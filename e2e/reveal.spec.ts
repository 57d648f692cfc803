import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Frame, Page } from '@playwright/test';
import { embedCode } from '../src/ui/share/embedCode.ts';
import { expect, test } from './fixtures.ts';

// A real reveal.js 6 deck on one origin embedding the lab (served like `npm run preview`, from
// dist/) on another, with exactly the code "Copy embed code" produces; a presenter's clicker
// keys, a click inside the frame, and slides coming and going.
const DIST = resolve('dist');
const REVEAL = resolve('node_modules/reveal.js/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
const servers: Server[] = [];
let lab = '';
let deck = '';

function file(res: ServerResponse, path: string): void {
  res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
  createReadStream(path).pipe(res);
}

async function serve(handler: (url: URL, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => handler(new URL(req.url ?? '/', 'http://x'), res));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

test.beforeAll(async () => {
  lab = await serve((url, res) => {
    const path = join(DIST, decodeURIComponent(url.pathname));
    file(
      res,
      path.startsWith(DIST) && existsSync(path) && !statSync(path).isDirectory()
        ? path
        : join(DIST, 'index.html'),
    );
  });
  deck = await serve((url, res) => {
    if (url.pathname.startsWith('/reveal/')) {
      file(res, join(REVEAL, url.pathname.slice('/reveal/'.length)));
      return;
    }
    const frame = embedCode(`${lab}/?v=1&scene=bottlenecks&embed=1&autoplay=1`, 960, 540);
    res.setHeader('content-type', 'text/html');
    res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Deck</title>
<link rel="stylesheet" href="/reveal/reveal.css"></head><body>
<div class="reveal"><div class="slides">
<section><h1>Why peers?</h1></section>
<section><h2>Bottlenecks</h2>${frame}</section>
<section><h1>Questions</h1></section>
</div></div>
<script src="/reveal/reveal.js"></script>
<script>Reveal.initialize({ width: 1280, height: 720, transition: 'none' });</script>
</body></html>`);
  });
});

test.afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

const slide = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
  );
const labFrame = (page: Page): Frame => page.frames().find((f) => f.url().startsWith(lab))!;
const tickOf = async (page: Page) =>
  Number(
    /Tick (\d+)/.exec((await labFrame(page).locator('.live-status').textContent()) ?? '')?.[1],
  );

test('a reveal.js deck keeps the clicker: the embed plays on its slide, pauses off it, and never changes scene', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${deck}/`);
  await expect.poll(() => slide(page)).toBe(0);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(lab))).toBe(true);
  const frame = labFrame(page);
  await expect(frame.locator('.live-status')).toContainText(/Tick \d+ —/);
  // PageDown from the deck reaches the embed's slide, and the embed plays there.
  await page.keyboard.press('PageDown');
  await expect.poll(() => slide(page)).toBe(1);
  const start = await tickOf(page);
  await expect.poll(() => tickOf(page)).toBeGreaterThan(start + 1);
  // A click inside the frame; the clicker's PageDown still advances the deck.
  await frame.locator('.live-status').click();
  await page.keyboard.press('PageDown');
  await expect.poll(() => slide(page)).toBe(2);
  // The embed kept its scene, and off its slide it is paused: its ticks stop moving.
  await expect(frame.getByRole('link', { name: 'open in the lab' })).toHaveAttribute(
    'href',
    /scene=bottlenecks/,
  );
  await expect(frame.locator('.embed-scene')).toHaveText('Bottlenecks');
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await tickOf(page);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [700] },
    )
    .toBe(true);
  // Back with PageUp: it plays on.
  await page.keyboard.press('PageUp');
  await expect.poll(() => slide(page)).toBe(1);
  const paused = await tickOf(page);
  await expect.poll(() => tickOf(page)).toBeGreaterThan(paused);
});
