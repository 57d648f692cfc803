import { Lab } from '../src/model/lab.ts';
import { parseSettings } from '../src/model/settingsText.ts';
import { expect, narration, shownTick, statusLine, step, stepToEnd, test } from './fixtures.ts';

test('the page loads both organizations with no console errors', async ({ page, errors }) => {
  await page.goto('./');
  const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
  const p2p = page.getByRole('region', { name: 'Peer-to-peer' });
  await expect(hierarchy).toBeVisible();
  await expect(p2p).toBeVisible();
  await expect(hierarchy.locator('canvas')).toHaveAttribute('data-people', '40');
  await expect(p2p.locator('canvas')).toHaveAttribute('data-people', '40');
  await expect(statusLine(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 40 informed, Peer-to-peer 1 of 40 informed',
  );
  // The screen reader's copy says the same.
  await expect(narration(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 40 informed, Peer-to-peer 1 of 40 informed',
  );
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('Step, Play, Pause and Reset drive both sides', async ({ page, errors }) => {
  // A whole run step by step, each step waited for.
  test.slow();
  await page.goto('./');
  await step(page);
  await expect(statusLine(page)).toHaveText(
    'Tick 1 — Hierarchy 2 of 40 informed, Peer-to-peer 2 of 40 informed',
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(statusLine(page)).toContainText(/^Tick [3-9]/);
  await page.getByRole('button', { name: 'Pause' }).click();
  // Paused: Step is offered again and moves exactly one tick on from where the run stopped.
  await expect(page.getByRole('button', { name: 'Step' })).toBeEnabled();
  const paused = await shownTick(page);
  await step(page);
  expect(await shownTick(page)).toBe(paused + 1);
  // Once paused, the screen reader's copy catches up with what the eye reads.
  await expect(narration(page)).toHaveText((await statusLine(page).textContent())!);
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(statusLine(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 40 informed, Peer-to-peer 1 of 40 informed',
  );
  // Run to the end: everyone hears on both sides.
  await stepToEnd(page);
  await expect(statusLine(page)).toContainText(
    'Hierarchy 40 of 40 informed, Peer-to-peer 40 of 40',
  );
  expect(errors).toEqual([]);
});

test('a click on a person starts the message there', async ({ page }) => {
  await page.goto('./');
  const canvas = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  const box = (await canvas.boundingBox())!;
  // The top of a full org chart is drawn at the top centre of its panel.
  await canvas.click({ position: { x: box.width / 2, y: 28 } });
  await expect(page.getByLabel('Who starts', { exact: true })).toHaveValue('0');
  await step(page);
  // From the top, capacity 1: one report hears per tick.
  await expect(statusLine(page)).toContainText('Tick 1 — Hierarchy 2 of 40 informed');
  // Mid-run, a click starts a second message rather than moving the first.
  await step(page);
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
  await step(page, 8);
  // The hierarchy's only way out runs through the manager; the peers route around them.
  await expect(statusLine(page)).toContainText(
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
  await expect(statusLine(page)).toHaveText(
    'Tick 0 — Hierarchy 1 of 25 informed, Peer-to-peer 1 of 25 informed',
  );
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an invalid URL value is named in a notice and the page still works', async ({
  page,
  errors,
}) => {
  await page.goto('./?n=abc&p2p=mesh&seed=5');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('n="abc" is not a whole number from 2 to 100000; using 40');
  await expect(alert).toContainText('p2p="mesh"');
  await expect(page.getByLabel('Seed', { exact: true })).toHaveValue('5');
  await step(page);
  await expect(statusLine(page)).toContainText('Tick 1');
  await expect(statusLine(page)).toContainText('of 40 informed');
  expect(errors).toEqual([]);
});

test('a bad value typed into a setting is refused by name and the run is kept', async ({
  page,
}) => {
  await page.goto('./');
  await step(page);
  const people = page.getByLabel('People', { exact: true });
  await people.fill('1');
  await people.press('Enter');
  await expect(page.getByText('People must be a whole number from 2 to 100000.')).toBeVisible();
  await expect(statusLine(page)).toContainText('Tick 1');
});

test('a large organization settles in a worker while the page stays responsive', async ({
  page,
  errors,
}) => {
  await page.goto('./?n=4000&degree=6');
  await expect(page.getByText('Arranging 4,000 people…').first()).toBeVisible();
  // The page answers while the layout settles.
  await step(page);
  await expect(statusLine(page)).toContainText('Tick 1 —');
  await expect(page.getByText(/Arranging 4,000 people/)).toHaveCount(0, { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('informal ties in the hierarchy (cross) are drawn, used, listed and checked', async ({
  page,
  errors,
}) => {
  const query = 'n=60&cross=30&cap=inf&src=leaf&seed=4';
  const lab = new Lab(parseSettings(new URLSearchParams(query), 'url').settings).run();
  const [h, p] = lab.sides.map((s) => s.series[s.series.length - 1].informed);
  await page.goto(`./?${query}`);
  const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
  await expect(hierarchy).toContainText('Reporting lines plus 30 informal ties (dashed)');
  await expect(page.getByLabel('Informal ties (hierarchy)', { exact: true })).toHaveValue('30');
  await expect(page.getByRole('list', { name: 'Legend' })).toContainText(
    'Informal tie in the hierarchy (dashed; paler where people are summarized)',
  );
  await stepToEnd(page);
  // The browser runs exactly what the engine computes with the informal ties.
  await expect(statusLine(page)).toContainText(
    `Hierarchy ${h} of 60 informed, Peer-to-peer ${p} of 60 informed`,
  );
  // More ties than five per person (or than there are free pairs) are named and capped.
  await page.goto('./?n=6&cross=40');
  await expect(page.getByRole('alert')).toContainText('cross=40 is more than 10');
  expect(errors).toEqual([]);
});
