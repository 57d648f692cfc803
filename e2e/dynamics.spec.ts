import type { Page } from '@playwright/test';
import { Lab } from '../src/model/lab.ts';
import { sceneSetup } from '../src/store/slices/scenes.ts';
import { SCENES, sceneById } from '../src/scenes/scenes.ts';
import { expect, statusLine, step, test } from './fixtures.ts';

// Organizations that change while you watch: the scenes of relational dynamics opened, played
// and held to their words, against the same runs computed in Node.

/** One of a side's live numbers, as the panel shows it (e.g. `Ties` → "129 +63 formed · −94 faded"). */
const stat = (page: Page, side: 'Hierarchy' | 'Peer-to-peer', term: string) =>
  page
    .getByRole('region', { name: side, exact: true })
    .locator('.stats > div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition');

/** The scene's run in Node, through `tick`. */
function nodeRun(id: string, tick: number): Lab {
  const { settings, events } = sceneSetup(id)!;
  const lab = new Lab(settings, events);
  while (lab.tick <= tick) lab.step();
  return lab;
}

const connected = (page: Page) =>
  page.getByRole('figure', { name: 'Still connected' }).getByRole('img');

test('relational-dynamics: ties form where the work goes and fade where it does not', async ({
  page,
  errors,
}) => {
  const scene = sceneById('relational-dynamics')!;
  await page.goto('./?scene=relational-dynamics');
  const card = page.getByRole('region', { name: `Scene: ${scene.title}` });
  await expect(card).toContainText('denser or sparser?');
  // The card offers the settings the scene is about.
  await expect(card.getByRole('combobox', { name: 'Ties adapt' })).toHaveValue('on');
  await expect(card.getByRole('slider', { name: /Bonding/ })).toHaveValue('0.05');
  await step(page, 3);
  await expect(card).toContainText(scene.text.slice(0, 40));
  // Jump ahead by link (the same run, replayed), then play on by hand.
  await page.goto('./?scene=relational-dynamics&t=150');
  await expect(statusLine(page)).toContainText('Tick 150 —');
  await step(page, 2);
  const lab = nodeRun('relational-dynamics', 152);
  const totals = lab.sides.map((side) => {
    const rows = side.series.slice(0, 153);
    const formed = rows.reduce((sum, r) => sum + r.tiesFormed, 0);
    const faded = rows.reduce((sum, r) => sum + r.tiesFaded, 0);
    return { ties: rows[152].ties, formed, faded };
  });
  for (const [i, name] of [
    [0, 'Hierarchy'],
    [1, 'Peer-to-peer'],
  ] as const) {
    const { ties, formed, faded } = totals[i];
    await expect(stat(page, name, 'Ties')).toHaveText(
      `${ties} +${formed} formed · −${faded} faded`,
    );
    expect(formed).toBeGreaterThan(0);
  }
  // The peers shed more ties than they formed; the org chart gained some beside its 79 lines.
  expect(totals[1].faded).toBeGreaterThan(totals[1].formed);
  expect(totals[1].ties).toBeLessThan(160);
  expect(totals[0].ties).toBeGreaterThan(79);
  expect(errors).toEqual([]);
});

test('survival: the peers re-knit by the repair delay, the hierarchy waits for its promotions', async ({
  page,
  errors,
}) => {
  test.slow();
  const scene = sceneById('survival')!;
  await page.goto('./?scene=survival');
  const card = page.getByRole('region', { name: `Scene: ${scene.title}` });
  await expect(card).toContainText(scene.question);
  await expect(card.getByRole('textbox', { name: 'Reorg delay' })).toHaveValue('12');
  await expect(connected(page)).toHaveAttribute('aria-label', /Peer-to-peer \d+% together/);
  await step(page, 2);
  // Tick 2 = the repair delay: every working peer can reach every other.
  await expect(statusLine(page)).toContainText('Tick 2 —');
  await expect(connected(page)).toHaveAttribute('aria-label', /Peer-to-peer 100% together/);
  await expect(connected(page)).not.toHaveAttribute('aria-label', /Hierarchy 100% together/);
  await step(page, 9);
  await expect(statusLine(page)).toContainText('Tick 11 —');
  await expect(stat(page, 'Hierarchy', 'Promotions')).toHaveText('0');
  // Tick 12 = the reorg delay: the vacant posts are filled, and the hierarchy is whole again.
  await step(page);
  const lab = nodeRun('survival', 12);
  const promotions = lab.sides[0].series[12].promotions;
  expect(promotions).toBeGreaterThan(0);
  await expect(stat(page, 'Hierarchy', 'Promotions')).toHaveText(String(promotions));
  await expect(connected(page)).toHaveAttribute('aria-label', /Hierarchy 100% together/);
  // Played to the end, everyone still working has heard on both sides.
  await page.goto('./?scene=survival&t=30');
  await expect(statusLine(page)).toContainText(/Tick \d+ —/);
  await expect(connected(page)).toHaveAttribute(
    'aria-label',
    /Hierarchy 100% together, 100% heard; Peer-to-peer 100% together, 100% heard/,
  );
  expect(errors).toEqual([]);
});

test('a scene control changes the run: no informal ties, and the hierarchy is a pure tree again', async ({
  page,
}) => {
  await page.goto('./?scene=hybrid');
  const card = page.getByRole('region', { name: /^Scene: / });
  const cross = card.getByRole('textbox', { name: 'Informal ties (hierarchy)' });
  await expect(cross).toHaveValue('20');
  // By keyboard, as a presenter would: type the new value and press Enter.
  await cross.fill('0');
  await cross.press('Enter');
  await expect(page.getByRole('region', { name: 'Hierarchy', exact: true })).toContainText(
    'reporting lines only',
  );
  await expect(page).toHaveURL(/cross=0/);
  await expect(card.getByRole('textbox', { name: 'Informal ties (hierarchy)' })).toHaveValue('0');
});

test('every scene that offers controls shows them on its card', async ({ page }) => {
  for (const scene of SCENES.filter((s) => s.controls)) {
    await page.goto(`./?scene=${scene.id}`);
    const form = page.getByRole('form', { name: 'Try another value' });
    await expect(form).toBeVisible();
    expect(await form.locator('.control').count()).toBe(scene.controls!.length);
  }
});
