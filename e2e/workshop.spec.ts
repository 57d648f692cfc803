import AxeBuilder from '@axe-core/playwright';
import { expect, statusLine, step, stepToEnd, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { SCENES } from '../src/scenes/scenes.ts';

const timeline = (page: Page) => page.getByRole('slider', { name: 'Timeline' });

/** The screen-reader description of a chart: "At tick N: …". */
const chartText = (page: Page, name: string) =>
  page.getByRole('figure', { name }).getByRole('img').first();

test('the three charts and the comparison render and follow the timeline', async ({
  page,
  errors,
}) => {
  await page.goto('./');
  for (const name of ['Reach over time', 'Queues', 'Cost']) {
    await expect(page.getByRole('figure', { name })).toBeVisible();
  }
  const comparison = page.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toBeVisible();
  await step(page, 6);
  await expect(chartText(page, 'Reach over time')).toHaveAttribute('aria-label', /^At tick 6:/);
  await expect(comparison).toContainText('Comparison at tick 6');
  const sentAt6 = await comparison.getByRole('row', { name: /Messages sent/ }).textContent();

  // Scrub back with the keyboard: everything shows tick 3.
  await timeline(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  await expect(timeline(page)).toHaveAttribute('aria-valuetext', 'Tick 3 of 6');
  await expect(chartText(page, 'Reach over time')).toHaveAttribute('aria-label', /^At tick 3:/);
  await expect(chartText(page, 'Cost')).toHaveAttribute('aria-label', /^By tick 3:/);
  await expect(comparison).toContainText('Comparison at tick 3');
  expect(await comparison.getByRole('row', { name: /Messages sent/ }).textContent()).not.toBe(
    sentAt6,
  );
  expect(errors).toEqual([]);
});

test('scrubbing back shows exactly the earlier state', async ({ page }) => {
  await page.goto('./?distort=0.1&seed=3');
  const seen: string[] = [];
  for (let t = 0; t <= 7; t++) {
    seen.push((await statusLine(page).textContent())!);
    if (t < 7) await step(page, 1);
  }
  for (const t of [2, 5, 0, 7]) {
    await timeline(page).fill(String(t));
    await expect(statusLine(page)).toHaveText(
      t === 7 ? seen[t] : `${seen[t]} (looking back; the run has reached tick 7)`,
    );
  }
});

test('fork from here: a knock-out at an earlier tick changes the future', async ({ page }) => {
  // Some thirty steps, each waited for.
  test.slow();
  await page.goto('./');
  await stepToEnd(page);
  await expect(statusLine(page)).toContainText('Hierarchy 40 of 40 informed');
  const finishedAt = Number(await timeline(page).getAttribute('max'));

  await timeline(page).fill('2');
  await expect(page.getByRole('button', { name: 'Fork from here' })).toBeVisible();
  // Knock out the top (person 0) with the keyboard, at tick 2.
  const canvas = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  await canvas.focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('k');
  await expect(timeline(page)).toHaveAttribute('max', '2');
  await expect(page.getByText('Forked at tick 2')).toBeVisible();
  await stepToEnd(page);
  // With the top gone the news never crosses branches in the hierarchy; the peers route around.
  await expect(statusLine(page)).toContainText('Hierarchy 13 of 40 informed');
  await expect(statusLine(page)).toContainText('Peer-to-peer 40 of 40 informed');
  expect(finishedAt).toBeGreaterThan(2);
});

test('a live setting changed mid-run forks the run at the tick on show', async ({ page }) => {
  await page.goto('./?traffic=requests&load=0.06&maxt=40');
  await step(page, 10);
  await timeline(page).fill('5');
  const capacity = page.getByLabel('Capacity', { exact: true });
  await capacity.fill('4');
  await capacity.press('Enter');
  await expect(timeline(page)).toHaveAttribute('max', '5');
  await expect(page.getByText('Forked at tick 5')).toBeVisible();
  await expect(capacity).toHaveValue('4');
});

for (const scene of SCENES) {
  test(`scene ${scene.id} loads, asks first and plays`, async ({ page, errors }) => {
    await page.goto(`./?scene=${scene.id}`);
    const card = page.getByRole('region', { name: `Scene: ${scene.title}` });
    await expect(card).toContainText(scene.question);
    await expect(page.getByRole('combobox', { name: 'Scene', exact: true })).toHaveValue(scene.id);
    // Space starts the run and the card turns from the question to what to look for.
    await page.keyboard.press('Space');
    await expect(card).toContainText(scene.text.slice(0, 40));
    await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
    // Paused — unless a short run (the hydra's ends at tick 5) finished before the click landed.
    await page
      .getByRole('button', { name: 'Pause' })
      .click({ timeout: 3000 })
      .catch(() => undefined);
    await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
    // On from there by Step, tick by tick, to tick 12 or the end of the run.
    for (let i = 0; i < 12 && !(await statusLine(page).textContent())?.includes('finished'); i++)
      await step(page);
    await expect(statusLine(page)).toContainText(/Tick (1[2-9]|[2-9]\d)|run finished/);
    if (scene.equipotency) {
      await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
        'Hierarchy:',
      );
    }
    expect(errors).toEqual([]);
  });
}

test('scene buttons and clicker keys walk through the story', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Next scene' }).click();
  await expect(page.getByRole('region', { name: `Scene: ${SCENES[0].title}` })).toBeVisible();
  await page.getByRole('button', { name: 'Next scene' }).click();
  await expect(page.getByRole('region', { name: `Scene: ${SCENES[1].title}` })).toBeVisible();
  await page.getByRole('button', { name: 'Previous scene' }).click();
  await expect(page.getByRole('region', { name: `Scene: ${SCENES[0].title}` })).toBeVisible();
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  // A clicker: the first Page Down starts the run, the next one moves on.
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(page.getByRole('region', { name: `Scene: ${SCENES[1].title}` })).toBeVisible();
  await page.keyboard.press('PageUp');
  await expect(page.getByRole('region', { name: `Scene: ${SCENES[0].title}` })).toBeVisible();
  await page.getByRole('button', { name: 'Explore freely' }).click();
  await expect(page.getByRole('region', { name: /^Scene:/ })).toHaveCount(0);
  await expect(page.getByRole('combobox', { name: 'Scene', exact: true })).toHaveValue('');
});

test('the whole lab runs from the keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();

  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(statusLine(page)).toContainText('Tick 2 —');
  await page.keyboard.press('ArrowLeft');
  await expect(statusLine(page)).toContainText('Tick 1 —');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('r');
  await expect(statusLine(page)).toContainText('Tick 0 —');

  await page.keyboard.press('p');
  await expect(page.getByRole('form', { name: 'Settings' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await page.keyboard.press('t');
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
    .not.toBe(before);
  await page.keyboard.press('w');
  await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
    'Hierarchy:',
  );

  // Tab reaches the buttons, and Enter on a focused button presses it (not a shortcut).
  await page.keyboard.press('p');
  await page.getByRole('button', { name: 'Next scene' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: `Scene: ${SCENES[0].title}` })).toBeVisible();
});

test('clicking a starter in "Who starts it" runs from that person', async ({ page }) => {
  await page.goto('./?scene=who-starts');
  const region = page.getByRole('region', { name: 'Who starts it', exact: true });
  await expect(region).toContainText('Hierarchy: 3 to 6 ticks');
  await region
    .locator('circle', { has: page.locator('title', { hasText: /^Person 39:/ }) })
    .first()
    .click();
  await expect(page.getByLabel('Who starts', { exact: true })).toHaveValue('39');
  // From the keyboard: the slowest starter in the hierarchy is on the front line.
  await region
    .getByRole('button', { name: /^Run from the slowest starter in the hierarchy/ })
    .focus();
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Who starts', { exact: true })).toHaveValue(/^(1[3-9]|[23]\d)$/);
  await page.getByRole('button', { name: '90% reached' }).click();
  await expect(page.getByRole('button', { name: '90% reached' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

const seriousViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
};

test('axe finds no serious or critical problems: sandbox, scene, presenter mode, dark', async ({
  browser,
}) => {
  // Several full axe scans of a large page: slow on a busy machine, and not a race.
  test.slow();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('./');
  await step(page, 3);
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('./?scene=who-starts');
  await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
    'Hierarchy:',
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('p');
  await page.keyboard.press('Space');
  await expect(statusLine(page)).toContainText(/Tick [2-9]/);
  expect(await seriousViolations(page)).toEqual([]);
  // On the stage the theme is the T key.
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test('"Who starts it" on a large org waits for a click, shows progress and can be cancelled', async ({
  page,
}) => {
  await page.goto('./?n=3000');
  await page.getByRole('button', { name: 'Who starts it?' }).click();
  const region = page.getByRole('region', { name: 'Who starts it', exact: true });
  await expect(region).toContainText('3000 people: press “Try every starter”');
  await region.getByRole('button', { name: 'Try every starter' }).click();
  await expect(region.getByRole('progressbar')).toBeVisible();
  await expect(region).toContainText(/Trying starter \d+ of 3000/);
  await region.getByRole('button', { name: 'Cancel' }).click();
  await expect(region).toContainText('Cancelled.');
  await expect(region.getByRole('progressbar')).toHaveCount(0);
  // The lab itself kept working meanwhile.
  await step(page);
  await expect(statusLine(page)).toContainText('Tick 1 —');
});

test('the legend follows the theme: dark marks in dark mode, shapes as well as colours', async ({
  page,
}) => {
  await page.goto('./');
  const legend = page.getByRole('list', { name: 'Legend' });
  const fillsOf = (label: string) =>
    legend
      .getByRole('listitem')
      .filter({ hasText: label })
      .locator('circle, path')
      .evaluateAll((shapes) => shapes.map((s) => s.getAttribute('fill')));
  const light = { out: await fillsOf('Knocked out'), queue: await fillsOf('Queue') };
  await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = { out: await fillsOf('Knocked out'), queue: await fillsOf('Queue') };
  // The dark palette's knocked-out fill and queue halo (render/palette.ts), not the light ones.
  expect(dark.out).toContain('#3a3a42');
  expect(dark.out).not.toContain('#e4e4e8');
  expect(light.out).toContain('#e4e4e8');
  expect(dark.queue).toContain('rgba(204, 121, 167, 0.45)');
  expect(light.queue).toContain('rgba(204, 121, 167, 0.35)');
  // Knocked out is a circle with a cross: two shapes, not a colour alone.
  expect(dark.out).toHaveLength(2);
});

test('hybrid: the shortcuts keep the worst queue short, and taking them away brings it back', async ({
  page,
}) => {
  const worstQueue = async () => {
    const row = page
      .getByRole('region', { name: 'Comparison' })
      .getByRole('row', { name: /Worst queue/ });
    const hierarchy = (await row.getByRole('cell').first().textContent()) ?? '';
    return Number(/^\d+/.exec(hierarchy)?.[0]);
  };
  await page.goto('./?scene=hybrid&t=60');
  await expect(statusLine(page)).toContainText('Tick 60 —');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText(
    'Reporting lines plus 20 informal ties (dashed)',
  );
  const withShortcuts = await worstQueue();
  expect(withShortcuts).toBeLessThanOrEqual(6);
  await page.goto('./?scene=hybrid&cross=0&t=60');
  await expect(statusLine(page)).toContainText('Tick 60 —');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText(
    'reporting lines only',
  );
  expect(await worstQueue()).toBeGreaterThanOrEqual(2 * withShortcuts);
});
