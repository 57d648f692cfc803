import { expect, statusLine, test } from './fixtures.ts';

// Workshop Wi-Fi drops. The parts fetched after the first paint (charts, Run many, the share bar)
// may fail to load: the page must not go blank, must say what is missing, and must be able to try again.

test('a part that cannot be fetched says so; the lab goes on; Try again brings it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  let blocked = 0;
  await page.route(/\/assets\/Analysis-[^/]*\.js$/, (route) => {
    blocked++;
    return route.abort('internetdisconnected');
  });
  await page.goto('./');
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  const failed = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(failed).toBeVisible();
  expect(blocked).toBeGreaterThan(0);
  // The graphs, the controls and the run are all still there.
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toBeVisible();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(statusLine(page)).toHaveText(/^Tick 1 /);
  // The connection is back: Try again loads the charts.
  await page.unroute(/\/assets\/Analysis-[^/]*\.js$/);
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByRole('heading', { name: 'Reach over time' })).toBeVisible();
  await expect(failed).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a language that cannot be fetched says so; the page stays as it was; choosing it again brings it', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const german = /\/assets\/de-[^/]*\.js$/;
  await page.route(german, (route) => route.abort('internetdisconnected'));
  await page.goto('./?n=30');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(statusLine(page)).toHaveText(/^Tick 1 /);
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('de');
  await expect(
    page.getByRole('alert').filter({ hasText: '“Deutsch” could not be loaded' }),
  ).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('combobox', { name: /^Language/ })).toHaveValue('en');
  await expect(statusLine(page)).toHaveText(/^Tick 1 /);
  await page.unroute(german);
  await page.getByRole('combobox', { name: /^Language/ }).selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await expect(statusLine(page)).toContainText('Takt 1 —');
  expect(errors).toEqual([]);
});
