import AxeBuilder from '@axe-core/playwright';
import { Lab } from '../src/model/lab.ts';
import { parseSettings } from '../src/model/settingsText.ts';
import { spreadOf } from '../src/model/spread.ts';
import { extremeness } from '../src/store/runManyView.ts';
import { expect, statusLine, step, test } from './fixtures.ts';

// "Run many": the run on show among many seeds, in Web Workers, with progress and Cancel, and the
// page answering while it works.

const QUERY = 'n=60&span=3&degree=6&rewire=0.3&cap=inf&distort=0.1&src=top&seed=4';

test('Run many completes, and says where this run sits among the others', async ({
  page,
  errors,
}) => {
  await page.goto(`./?${QUERY}`);
  await expect(statusLine(page)).toContainText('Tick 0 —');
  await page.keyboard.press('m');
  const region = page.getByRole('region', { name: 'Run many' });
  await expect(region).toBeVisible();
  await region.getByRole('spinbutton', { name: 'Seeds' }).fill('40');
  await region.getByRole('button', { name: 'Run 40 seeds' }).click();
  await expect(region.getByText('40 of 40 runs (done)')).toBeVisible();
  // The garbled beliefs, as Node computes them for the same 40 seeds.
  const settings = parseSettings(new URLSearchParams(QUERY), 'url').settings;
  const garbled = Array.from(
    { length: 40 },
    (_, i) => new Lab({ ...settings, seed: 4 + i }).run().summary('hierarchy').believingDistorted,
  );
  const mine = garbled[0];
  const figure = region.getByRole('figure').filter({ hasText: 'Believe a garbled version' });
  const extreme = Math.round(100 * extremeness(garbled, mine, spreadOf(garbled)!.median));
  await expect(figure).toContainText(`this run ${mine},`);
  await expect(figure).toContainText(`more extreme than ${extreme}% of runs`);
  await expect(figure).toContainText(/In 40 runs the peer network left fewer people believing/);
  // Export of the runs.
  const download = page.waitForEvent('download');
  await region.getByRole('button', { name: 'Export runs CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/-runs\.csv$/);
  expect(errors).toEqual([]);
});

test('Cancel stops a sweep, and the page answers clicks while it runs', async ({ page }) => {
  await page.goto(`./?${QUERY}`);
  await expect(statusLine(page)).toContainText('Tick 0 —');
  await page.getByRole('button', { name: 'Run many' }).click();
  const region = page.getByRole('region', { name: 'Run many' });
  await region.getByRole('spinbutton', { name: 'Seeds' }).fill('200');
  await region.getByRole('button', { name: 'Resilience sweep' }).click();
  const progress = region.getByRole('progressbar', { name: 'Sweep runs done' });
  await expect(progress).toBeVisible();
  // While 11,400 runs are under way, the lab still steps.
  await step(page, 2);
  await expect(statusLine(page)).toContainText('Tick 2 —');
  await region.getByRole('button', { name: 'Cancel' }).click();
  await expect(region.getByText(/of 11400 runs \(cancelled\)/)).toBeVisible();
  const stopped = await region.getByText(/of 11400 runs/).textContent();
  // Nothing more arrives after Cancel.
  await page.evaluate(() => new Promise((done) => setTimeout(done, 600)));
  await expect(region.getByText(/of 11400 runs/)).toHaveText(stopped!);
  await expect(region.getByRole('button', { name: 'Run 200 seeds' })).toBeEnabled();
});

test('a sweep point opens that share knocked out', async ({ page }) => {
  test.slow();
  await page.goto('./?n=30');
  await page.getByRole('button', { name: 'Run many' }).click();
  const region = page.getByRole('region', { name: 'Run many' });
  await region.getByRole('spinbutton', { name: 'Seeds' }).fill('3');
  await region.getByRole('button', { name: 'Resilience sweep' }).click();
  await expect(region.getByText('171 of 171 runs (done)')).toBeVisible();
  await region
    .getByRole('button', { name: 'Open 35% knocked out, targeted' })
    .first()
    .press('Enter');
  await expect(page).toHaveURL(/fail=0\.35/);
  await expect(page).toHaveURL(/failure=targeted/);
});

test('the results and the sweep pass axe, and the who-starts contrast is one click there and back', async ({
  browser,
}) => {
  test.slow();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./?n=30');
  await page.getByRole('button', { name: 'Run many' }).click();
  const region = page.getByRole('region', { name: 'Run many' });
  await region.getByRole('spinbutton', { name: 'Seeds' }).fill('5');
  await region.getByRole('button', { name: 'Run 5 seeds' }).click();
  await expect(region.getByText('5 of 5 runs (done)')).toBeVisible();
  await region.getByRole('button', { name: 'Resilience sweep' }).click();
  await expect(region.getByText('285 of 285 runs (done)')).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).include('.run-many').analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  await page.goto('./?scene=who-starts');
  const card = page.getByRole('region', { name: /^Scene: / });
  await card.getByRole('button', { name: 'Try capacity 1' }).click();
  await expect(page).toHaveURL(/cap=1(&|$)/);
  await card.getByRole('button', { name: 'Back to the scene’s settings' }).click();
  await expect(page).not.toHaveURL(/cap=1(&|$)/);
  await expect(card.getByRole('button', { name: 'Try capacity 1' })).toBeVisible();
  await context.close();
});
