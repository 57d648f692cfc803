import type { Page } from '@playwright/test';
import { drawn, expect, statusLine, step, test } from './fixtures.ts';

// The default page arrives prerendered (the build renders the app's markup into index.html) and
// its graphs are drawn by a small first script, before the app's own script is even fetched;
// the app then takes the page over as it stands. Everything else is rendered from scratch.

const MAIN = /\/assets\/main-[^/]*\.js$/;
/** Both graphs as pixels (data URLs). */
const pictures = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('canvas.graph')].map((c) => c.toDataURL()),
  );

/**
 * Holds the app's script back until `release()` is called; `requested()` says whether the page has
 * asked for it yet.
 */
async function holdApp(page: Page) {
  let release = () => undefined as void;
  const held = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(MAIN, async (route) => {
    requested = true;
    await held;
    await route.continue();
  });
  return { release, requested: () => requested };
}

test('the default page is on screen, graphs drawn, before the app loads; the app takes it over unchanged', async ({
  page,
  errors,
}) => {
  const warnings: string[] = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // Hold the app's script back until the first frame has been checked.
  const app = await holdApp(page);
  await page.goto('./');
  const root = page.locator('#root');
  await expect(root).toHaveAttribute('data-prerendered', 'shown');
  await expect(statusLine(page)).toHaveText(/^Tick 0 — Hierarchy 1 of 40 informed/);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const canvases = page.locator('canvas.graph');
  await expect(canvases).toHaveCount(2);
  for (const canvas of await canvases.all()) await expect(canvas).toHaveAttribute('data-painted');
  const before = await pictures(page);
  // Drawn, not blank: a blank canvas of the same size gives another picture.
  const blank = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.graph')!;
    const empty = document.createElement('canvas');
    empty.width = c.width;
    empty.height = c.height;
    return empty.toDataURL();
  });
  expect(before[0]).not.toBe(blank);
  expect(app.requested()).toBe(true);
  app.release();
  // The app has taken over: its effects ran (the theme is set), and the charts came after.
  await expect(page.getByRole('heading', { name: 'Reach over time' })).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  await drawn(page);
  // The same picture the app draws, and markup it did not have to redo.
  expect(await pictures(page)).toEqual(before);
  await expect(root).not.toHaveAttribute('data-hydration');
  await step(page);
  await expect(statusLine(page)).toHaveText(/^Tick 1 /);
  expect(warnings.filter((w) => /prerender|hydrat/i.test(w))).toEqual([]);
  expect(errors).toEqual([]);
});

test('a link with settings, another language or a dark screen is rendered from scratch', async ({
  page,
  errors,
}) => {
  await page.goto('./?n=60');
  await expect(statusLine(page)).toHaveText(/of 60 informed/);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  await expect(statusLine(page)).toHaveText(/of 40 informed/);
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./?lang=de');
  await expect(page.getByRole('button', { name: 'Abspielen' })).toBeVisible();
  await expect(page.locator('#root')).not.toHaveAttribute('data-prerendered');
  expect(errors).toEqual([]);
});

test('a click and a key made before the app arrives are answered, once each, when it does', async ({
  page,
  errors,
}) => {
  const app = await holdApp(page);
  await page.goto('./');
  await expect(page.locator('#root')).toHaveAttribute('data-prerendered', 'shown');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.keyboard.press('?');
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  app.release();
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await expect(statusLine(page)).toHaveText(/^Tick 1 /);
  await page.keyboard.press('Escape');
  await drawn(page);
  await expect(statusLine(page)).toHaveText(/^Tick 1 /);
  expect(errors).toEqual([]);
});
