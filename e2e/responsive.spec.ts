import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS } from '../src/model/params.ts';
import { expect, statusLine, test } from './fixtures.ts';

// Heavy links and settings are prepared off the critical path: big networks in a worker,
// replays in short slices, with progress and a Cancel on the page meanwhile. (How long the page
// keeps an input waiting meanwhile is measured on its own, one browser at a time: answering.spec.ts.)

/** Records what the progress card says, each frame it shows (it may come and go between polls). */
async function watchCard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __jobs: string[] };
    w.__jobs = [];
    const watch = () => {
      const said = document.querySelector('.job span')?.textContent;
      if (said && w.__jobs[w.__jobs.length - 1] !== said) w.__jobs.push(said);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

/** Everything the progress card said while the page was watched. */
const cardSaid = (page: Page) =>
  page.evaluate(() => (window as unknown as { __jobs: string[] }).__jobs.join('\n'));

/** Heavy to build (a worker does it): each shows its progress while it is built. */
const BUILDS = [
  '?p2p=complete&n=100000',
  '?p2p=communities&comm=1&degree=100&n=30000',
  '?n=30000',
  '?n=100000',
  '?traffic=requests&load=1&n=100000',
];
for (const url of BUILDS) {
  test(`a heavy link is built in the background, with progress: ${url}`, async ({
    page,
    errors,
  }) => {
    test.slow();
    await watchCard(page);
    await page.goto(`./${url}`);
    await expect(statusLine(page)).toContainText(/^Tick \d+ —/, { timeout: 60_000 });
    expect(await cardSaid(page)).toMatch(/^Building the networks of [\d,]+ people/);
    expect(errors).toEqual([]);
  });
}

test('a long replay runs in slices with progress', async ({ page, errors }) => {
  test.slow();
  await watchCard(page);
  await page.goto('./?n=5000&traffic=requests&load=0.05&t=300');
  await expect(statusLine(page)).toContainText(/^Tick \d+ —/, { timeout: 60_000 });
  expect(await cardSaid(page)).toMatch(/^Replaying to tick \d+: tick \d+…$/m);
  await expect(page.getByRole('alert')).toContainText(/load=0\.05 with n=5,000 would take about/);
  expect(errors).toEqual([]);
});

test('Cancel on a heavy link opens the default lab instead, and says so', async ({
  page,
  errors,
}) => {
  // Hold the worker's script back until Cancel is pressed, so the build cannot finish first.
  let release = () => undefined as void;
  const held = new Promise<void>((done) => (release = done));
  let asked = false;
  await page.route(/networks\.worker-[^/]*\.js$/, async (route) => {
    asked = true;
    await held;
    await route.continue();
  });
  await page.goto('./?n=100000&seed=5');
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(asked).toBe(true);
  release();
  await expect(page.getByRole('alert')).toContainText('You stopped preparing the link’s run');
  await expect(statusLine(page)).toContainText(
    `Tick 0 — Hierarchy 1 of ${DEFAULT_SETTINGS.nodes} informed`,
  );
  expect(errors).toEqual([]);
});

test('a heavy setting is prepared while the run on show stays; Cancel keeps it', async ({
  page,
  errors,
}) => {
  test.slow();
  const n = DEFAULT_SETTINGS.nodes;
  // Hold the worker's script back until Cancel is pressed: the build of 100,000 people takes a
  // second or two, and a click under load could otherwise land after it has finished.
  let release = () => undefined as void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/networks\.worker-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./?seed=3');
  await expect(statusLine(page)).toContainText(`of ${n} informed`);
  const before = page.url();
  const people = page.getByLabel('People', { exact: true });
  await people.fill('100000');
  await people.press('Enter');
  const card = page
    .getByRole('status')
    .filter({ hasText: 'Building the networks of 100,000 people' });
  await expect(card).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  release();
  await expect(card).toBeHidden();
  await expect(statusLine(page)).toContainText(`of ${n} informed`);
  await expect(people).toHaveValue(String(n));
  expect(page.url()).toBe(before);
  // Let it through this time.
  await people.fill('100000');
  await people.press('Enter');
  await expect(statusLine(page)).toContainText('of 100000 informed', { timeout: 60_000 });
  await expect(page).toHaveURL(/n=100000/);
  expect(errors).toEqual([]);
});
