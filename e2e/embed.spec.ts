import { embedCode } from '../src/ui/share/embedCode.ts';
import { serve, serveDist, servers } from './deckServer.ts';
import { expect, statusLine, step, test } from './fixtures.ts';

// The lab inside someone else's page (issue 12): it sleeps when nothing moves, follows its host.

/** Counts animation-frame callbacks from the page's start (a stand-in wraps requestAnimationFrame). */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const original = window.requestAnimationFrame.bind(window);
    (window as unknown as { rafCalls: number }).rafCalls = 0;
    window.requestAnimationFrame = (callback) =>
      original((t) => {
        (window as unknown as { rafCalls: number }).rafCalls++;
        callback(t);
      });
  });
});

/** Animation-frame callbacks during the next `ms` milliseconds (a measurement over time, not a wait for state). */
const framesDuring = (page: import('@playwright/test').Page, ms: number) =>
  page.evaluate(async (ms) => {
    const w = window as unknown as { rafCalls: number };
    const before = w.rafCalls;
    await new Promise((done) => setTimeout(done, ms));
    return w.rafCalls - before;
  }, ms);

test('a paused lab asks for no animation frames; a step or Play wakes it, then it sleeps again', async ({
  page,
}) => {
  await page.goto('./?n=40');
  await expect(statusLine(page)).toContainText('Tick 0 —');
  // Settled and paused: nothing moves, so nothing is drawn.
  await expect.poll(() => framesDuring(page, 500)).toBe(0);
  expect(await framesDuring(page, 2000)).toBe(0);
  await step(page);
  await expect(statusLine(page)).toContainText('Tick 1 —');
  await expect.poll(() => framesDuring(page, 500)).toBe(0);
  // Playing asks for frames; pausing again lets it sleep.
  await page.getByRole('button', { name: 'Play' }).click();
  expect(await framesDuring(page, 500)).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => framesDuring(page, 500)).toBe(0);
});

// The lab served as a plain static host serves it (no CORS headers), and a "deck" on another
// origin that embeds it with exactly the code "Copy embed code" produces, and records what the
// frame posts to it.
let lab = '';
let deck = '';

test.beforeAll(async () => {
  lab = await serve(serveDist);
  deck = await serve((url, res) => {
    const src = `${lab}/?${url.searchParams.get('q') ?? 'embed=1&autoplay=1&scene=bottlenecks'}`;
    res.setHeader('content-type', 'text/html');
    res.end(
      `<!doctype html><title>Deck</title><h1>Bottlenecks</h1>${embedCode(src, 960, 540)}` +
        `<script>window.got = []; addEventListener('message', (e) => got.push(e.data));</script>`,
    );
  });
});

test.afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));

test('the copied embed code loads from a host that sends no CORS headers, and hands the clicker back to the deck', async ({
  page,
}) => {
  await page.goto(`${deck}/`);
  const frame = page.frameLocator('iframe[title="P2P Org Lab"]');
  const status = frame.locator('.live-status');
  await expect(status).toContainText(/Tick \d+ —/);
  // A click inside the frame, then the clicker's keys: they go to the deck, and the scene stays.
  await expect(frame.locator('.app.embed')).not.toHaveClass(/has-keyboard/);
  await status.click();
  // The frame shows it has the keyboard.
  await expect(frame.locator('.app.embed')).toHaveClass(/has-keyboard/);
  for (const key of ['PageDown', 'PageUp', 'b']) await page.keyboard.press(key);
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { got: string[] }).got))
    .toEqual([
      JSON.stringify({ method: 'next', args: [] }),
      JSON.stringify({ method: 'prev', args: [] }),
      JSON.stringify({ method: 'togglePause', args: [] }),
    ]);
  await expect(frame.getByRole('link', { name: 'open in the lab' })).toHaveAttribute(
    'href',
    /scene=bottlenecks/,
  );
});

test('the host drives the embed: reveal’s slide:stop pauses it, and the postMessage API steps and seeks', async ({
  page,
}) => {
  await page.goto(`${deck}/`);
  const frame = page.frameLocator('iframe[title="P2P Org Lab"]');
  const status = frame.locator('.live-status');
  await expect(status).toContainText(/Tick [1-9]/);
  const post = (message: unknown) =>
    page.evaluate(
      (m) => document.querySelector('iframe')!.contentWindow!.postMessage(m, '*'),
      message,
    );
  await post('slide:stop');
  const labFrame = page.frames().find((f) => f.url().startsWith(lab))!;
  // Paused: the frame asks for no animation frames at all.
  await expect
    .poll(() =>
      labFrame.evaluate(async () => {
        const w = window as unknown as { rafCalls: number };
        const before = w.rafCalls;
        await new Promise((done) => setTimeout(done, 500));
        return w.rafCalls - before;
      }),
    )
    .toBe(0);
  await post({ lab: 'seek', tick: 0 });
  await expect(status).toContainText('Tick 0 —');
  await post({ lab: 'step' });
  await expect(status).toContainText('Tick 1 —');
  await post({ lab: 'play' });
  await expect(status).toContainText(/Tick [2-9]/);
  await post('slide:stop');
});

test('"open in the lab" lands in a normal tab where exports download', async ({
  page,
  context,
}) => {
  await page.goto(`${deck}/`);
  const frame = page.frameLocator('iframe[title="P2P Org Lab"]');
  await expect(frame.locator('.live-status')).toContainText(/Tick \d+ —/);
  const [opened] = await Promise.all([
    context.waitForEvent('page'),
    frame.getByRole('link', { name: 'open in the lab' }).click(),
  ]);
  // The lab opens first; its share bar is a part fetched after the first paint, while the deck's
  // embed goes on playing in the other tab (two browsers share two cores under CI): wait for
  // each in turn, the bar with room for a slow fetch.
  await expect(opened.locator('.live-status')).toContainText(/Tick \d+ —/, { timeout: 20_000 });
  await expect(opened.getByRole('button', { name: 'Export CSV' })).toBeVisible({ timeout: 20_000 });
  const [download] = await Promise.all([
    opened.waitForEvent('download'),
    opened.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

test('at 480×270, 960×540 and 1600×900 both sides show without scrolling; presenter text is never under 12 px', async ({
  page,
}) => {
  for (const [width, height] of [
    [480, 270],
    [960, 540],
    [1600, 900],
  ]) {
    await page.setViewportSize({ width, height });
    await page.goto('./?embed=1&presenter=1&scene=bottlenecks&t=20');
    await expect(page.locator('.live-status')).toContainText('Tick 20 —');
    await expect(page.locator('.embed-scene')).toHaveText('Bottlenecks');
    for (const name of ['Hierarchy', 'Peer-to-peer']) {
      const box = (await page
        .getByRole('region', { name, exact: true })
        .locator('canvas')
        .boundingBox())!;
      expect(box.height, `${name} at ${width}×${height}`).toBeGreaterThan(60);
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      expect(box.y + box.height).toBeLessThanOrEqual(height);
    }
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      height,
    );
    const smallest = await page.evaluate(() =>
      Math.min(
        ...[...document.querySelectorAll('body *')]
          .filter(
            (e) =>
              e.getBoundingClientRect().width > 0 &&
              [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ''),
          )
          .map((e) => parseFloat(getComputedStyle(e).fontSize)),
      ),
    );
    expect(smallest, `smallest text at ${width}×${height}`).toBeGreaterThanOrEqual(12);
  }
});
