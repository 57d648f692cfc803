import { readFileSync } from 'node:fs';
import { expect, statusLine, step, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

test('the URL is the state: change, reload, same tick and same counts', async ({ page }) => {
  await page.goto('./?traffic=requests&load=0.05');
  await step(page, 4);
  const hierarchy = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  await hierarchy.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('k'); // the top is knocked out at tick 5
  await step(page, 3);
  const capacity = page.getByLabel('Capacity', { exact: true });
  await capacity.fill('3');
  await capacity.press('Enter');
  await step(page, 2);
  const before = await statusLine(page).textContent();
  const sent = await page.getByRole('region', { name: 'Comparison' }).textContent();
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('9');
  const url = new URL(page.url());
  expect(url.searchParams.get('v')).toBe('1');
  expect(url.searchParams.get('ev')).toBe('5-f-0_8-cap-3');
  expect(url.searchParams.get('traffic')).toBe('requests');

  await page.reload();
  await expect(statusLine(page)).toHaveText(before!);
  await expect(page.getByRole('region', { name: 'Comparison' })).toHaveText(sent!);
  // Another machine, the same link: a fresh context replays it too.
  const other = await page.context().browser()!.newContext();
  const second = await other.newPage();
  await second.goto(url.toString());
  await expect(statusLine(second)).toHaveText(before!);
  await other.close();
});

test('changes rewrite the address without adding history entries', async ({ page }) => {
  await page.goto('./');
  const length = await page.evaluate(() => history.length);
  await step(page, 3);
  await page.getByLabel('People', { exact: true }).fill('50');
  await page.getByLabel('People', { exact: true }).press('Enter');
  await expect.poll(() => new URL(page.url()).searchParams.get('n')).toBe('50');
  expect(await page.evaluate(() => history.length)).toBe(length);
});

test('embed=1 hides the chrome and autoplays; the link opens the full lab', async ({ page }) => {
  await page.goto('./?embed=1&autoplay=1&summary=1&n=30');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Comparison' })).toBeVisible();
  await expect(page.getByRole('button')).toHaveCount(0);
  await expect(statusLine(page)).toContainText(/Tick [2-9]/);
  const href = await page.getByRole('link', { name: 'open in the lab' }).getAttribute('href');
  expect(href).toContain('n=30');
  expect(href).not.toContain('embed');
  await page.goto(href!);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
});

test('loop=1 plays the run again after it ends', async ({ page }) => {
  await page.goto('./?embed=1&autoplay=1&loop=1&n=7&cap=inf&src=top');
  await expect(statusLine(page)).toContainText('(run finished)');
  // The same run starts again by itself, and finishes again.
  await expect(statusLine(page)).not.toContainText('(run finished)', { timeout: 10_000 });
  await expect(statusLine(page)).toContainText('(run finished)', { timeout: 10_000 });
});

test('copy buttons put the link and the embed code on the clipboard', async ({ browser }) => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto('./?n=30&seed=4');
  await step(page, 2);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied.')).toBeVisible();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(link).search).toBe('?v=1&n=30&seed=4&t=2');

  await page.getByLabel('Width', { exact: true }).fill('800');
  await page.getByLabel('Height', { exact: true }).fill('450');
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  expect(code).toMatch(
    /^<iframe src="[^"]+\?v=1&amp;n=30&amp;seed=4&amp;t=2&amp;embed=1&amp;autoplay=1"/,
  );
  expect(code).toContain('width="800" height="450"');
  expect(code).toContain(
    'sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads" allow="fullscreen"',
  );
  // With presenter text asked for, the frame starts in presenter mode.
  await page.getByRole('checkbox', { name: 'Presenter text in the frame' }).check();
  await page.getByRole('button', { name: 'Copy embed code' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
    /embed=1&amp;autoplay=1&amp;presenter=1"/,
  );
  await context.close();
});

async function downloadOf(page: Page, button: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  return { name: download.suggestedFilename(), data: readFileSync((await download.path())!) };
}

test('PNG, SVG, CSV and JSON downloads are produced and valid', async ({ page }) => {
  await page.goto('./?distort=0.1&seed=2');
  await step(page, 5);
  const png = await downloadOf(page, 'Export PNG');
  expect(png.name).toBe('p2p-org-lab-tick-5.png');
  expect([...png.data.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  expect(png.data.length).toBeGreaterThan(5000);

  const svg = await downloadOf(page, 'Export SVG');
  const text = svg.data.toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      people: doc.querySelectorAll('g > g > title').length,
      title: doc.querySelector('svg > title')?.textContent,
    };
  }, text);
  expect(parsed.error).toBeNull();
  expect(parsed.people).toBe(80);
  expect(parsed.title).toMatch(/^P2P Org Lab — tick 5: Hierarchy \d+ of 40 informed/);

  const csv = (await downloadOf(page, 'Export CSV')).data.toString('utf8').trim().split('\n');
  expect(csv[0].startsWith('run,seed,side,tick,informed')).toBe(true);
  expect(csv).toHaveLength(1 + 2 * 6);

  const json = JSON.parse((await downloadOf(page, 'Export JSON')).data.toString('utf8'));
  expect(json.tick).toBe(5);
  expect(json.runs[0].hierarchy.ticks).toHaveLength(6);
  expect(json.runs[0].p2p.summary.sends).toBeGreaterThan(0);
  expect(json.url).toContain('distort=0.1');
});

test('Record video produces a non-empty WebM of the run', async ({ page }) => {
  // It records in real time and waits for the encoder, which a busy machine starts slowly.
  test.slow();
  await page.goto('./?n=20&cap=inf&src=top');
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 30_000 }),
    page.getByRole('button', { name: 'Record video' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('p2p-org-lab-run.webm');
  const data = readFileSync((await download.path())!);
  // WebM is Matroska: it opens with the EBML magic number.
  expect([...data.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
  expect(data.length).toBeGreaterThan(2000);
});
