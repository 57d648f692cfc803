import { expect, test, type Page } from '@playwright/test';

const status = (page: Page) => page.getByRole('status');

/** Collects console errors and uncaught exceptions for the whole test. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test('the page loads both organizations with no console errors', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
  const p2p = page.getByRole('region', { name: 'Peer-to-peer' });
  await expect(hierarchy).toBeVisible();
  await expect(p2p).toBeVisible();
  await expect(hierarchy.locator('canvas')).toHaveAttribute('data-people', '40');
  await expect(p2p.locator('canvas')).toHaveAttribute('data-people', '40');
  await expect(status(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 40 informed, Peer-to-peer 1 of 40 informed',
  );
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('Step, Play, Pause and Reset drive both sides', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(status(page)).toHaveText(
    'Tick 1 — Hierarchy 2 of 40 informed, Peer-to-peer 2 of 40 informed',
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(status(page)).toContainText('Tick 3');
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await status(page).textContent();
  await page.waitForTimeout(1200);
  await expect(status(page)).toHaveText(paused!);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(status(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 40 informed, Peer-to-peer 1 of 40 informed',
  );
  // Run to the end at full speed: everyone hears on both sides.
  await page.getByLabel('Speed').selectOption('8');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toContainText('Hierarchy 40 of 40 informed, Peer-to-peer 40 of 40', {
    timeout: 15_000,
  });
  expect(errors).toEqual([]);
});

test('a click on a person starts the message there', async ({ page }) => {
  await page.goto('./');
  const canvas = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  const box = (await canvas.boundingBox())!;
  // The top of a full org chart is drawn at the top centre of its panel.
  await canvas.click({ position: { x: box.width / 2, y: 28 } });
  await expect(page.getByLabel('Who starts', { exact: true })).toHaveValue('0');
  await page.getByRole('button', { name: 'Step' }).click();
  // From the top, capacity 1: one report hears per tick.
  await expect(status(page)).toContainText('Tick 1 — Hierarchy 2 of 40 informed');
  // Mid-run, a click starts a second message rather than moving the first.
  await page.getByRole('button', { name: 'Step' }).click();
  await canvas.click({ position: { x: box.width / 2, y: 28 } });
  await expect(page.getByRole('button', { name: 'Clear changes' })).toBeVisible();
});

test('knocking out a manager changes the outcome', async ({ page }) => {
  await page.goto('./?cap=inf');
  const canvas = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  await canvas.focus();
  await page.keyboard.press('End'); // person 39, who starts
  for (let i = 0; i < 27; i++) await page.keyboard.press('ArrowLeft'); // person 12, their manager
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText('Person 12');
  await page.keyboard.press('k');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText('knocked out');
  for (let i = 0; i < 8; i++) await page.getByRole('button', { name: 'Step' }).click();
  // The hierarchy's only way out runs through the manager; the peers route around them.
  await expect(status(page)).toContainText(
    'Hierarchy 1 of 40 informed, Peer-to-peer 39 of 40 informed',
  );
});

test('settings in the URL are applied', async ({ page }) => {
  await page.goto('./?n=25&span=4&seed=3&p2p=communities&src=top');
  await expect(page.getByRole('region', { name: 'Hierarchy' }).locator('canvas')).toHaveAttribute(
    'data-people',
    '25',
  );
  await expect(page.getByLabel('People', { exact: true })).toHaveValue('25');
  await expect(page.getByLabel('Peer network', { exact: true })).toHaveValue('communities');
  await expect(status(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 25 informed, Peer-to-peer 1 of 25 informed',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an invalid URL value is named in a notice and the page still works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('./?n=abc&p2p=mesh&seed=5');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('n="abc" is not a whole number from 2 to 100000; using 40');
  await expect(alert).toContainText('p2p="mesh"');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('5');
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(status(page)).toContainText('Tick 1');
  await expect(status(page)).toContainText('of 40 informed');
  expect(errors).toEqual([]);
});

test('a bad value typed into a setting is refused by name and the run is kept', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Step' }).click();
  const people = page.getByLabel('People', { exact: true });
  await people.fill('1');
  await people.press('Enter');
  await expect(page.getByText('People must be a whole number from 2 to 100000.')).toBeVisible();
  await expect(status(page)).toContainText('Tick 1');
});

test('a large organization settles in a worker while the page stays responsive', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?n=4000&degree=6');
  await expect(page.getByText('Arranging 4,000 people…').first()).toBeVisible();
  // The page answers while the layout settles.
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(status(page)).toContainText('Tick 1 —');
  await expect(page.getByText(/Arranging 4,000 people/)).toHaveCount(0, { timeout: 30_000 });
  expect(errors).toEqual([]);
});
