import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { expect, statusLine, step, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import { computeEquipotency } from '../src/model/equipotency.ts';
import { orgHierarchy, orgPeers, parseOrgChart } from '../src/model/networks/orgChart/index.ts';
import { DEFAULT_SETTINGS } from '../src/model/params.ts';
import { createStream } from '../src/model/random.ts';

/** Every starter's reach time in the imported example, computed here in Node, as the dots' tooltips say it. */
function exampleStarters(side: 'hierarchy' | 'p2p'): string[] {
  const parsed = parseOrgChart(readFileSync('public/example-org.csv', 'utf8'));
  if (!parsed.ok) throw new Error('example');
  const settings = { ...DEFAULT_SETTINGS, nodes: 45 };
  const networks = {
    hierarchy: orgHierarchy(parsed.value),
    p2p: orgPeers(parsed.value, settings.degree, createStream(settings.seed, 'p2p-network')),
  };
  const times = computeEquipotency(settings, networks)[side].to100;
  return [...times].map((t, v) => `Person ${v}: ${t} ticks`);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Import org chart' });
const people = (page: Page) =>
  page.getByRole('region', { name: 'Hierarchy' }).locator('canvas').getAttribute('data-people');

async function openImport(page: Page) {
  await page.getByRole('button', { name: 'Import org chart' }).click();
  await expect(dialog(page)).toBeVisible();
}

async function chooseFile(
  page: Page,
  name: string,
  data: string | Buffer,
  label = /^Org chart file/,
) {
  await dialog(page)
    .getByLabel(label)
    .setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'),
    });
}

test('the example org chart loads, shows names, and travels in the link', async ({ page }) => {
  await page.goto('./');
  await openImport(page);
  await dialog(page).getByRole('button', { name: 'Load the example' }).click();
  await expect(dialog(page)).toContainText('example-org.csv: 45 rows');
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog(page)).toBeHidden();
  await expect(page.getByRole('alert')).toContainText('Imported 45 people from example-org.csv.');
  expect(await people(page)).toBe('45');
  await expect(page.getByText('Peers: generated from your teams.')).toBeVisible();

  const canvas = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  await canvas.focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText(
    'Ada Okafor (p01) · the top',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText(
    'reports to Ada Okafor (p01)',
  );

  // "Who starts it" tries the imported people, not a generated org of the same size.
  await page.getByRole('button', { name: 'Who starts it?' }).click();
  const whoStarts = page.getByRole('region', { name: 'Who starts it', exact: true });
  await expect(whoStarts).toContainText('Hierarchy:');
  await expect(
    whoStarts.locator('svg[aria-label="Hierarchy: reach time by starter"] circle'),
  ).toHaveCount(45);
  // Starter by starter, the same numbers Node computes for the imported people.
  for (const [side, label] of [
    ['hierarchy', 'Hierarchy'],
    ['p2p', 'Peer-to-peer'],
  ] as const) {
    const titles = whoStarts.locator(
      `svg[aria-label="${label}: reach time by starter"] circle title`,
    );
    expect(await titles.allTextContents()).toEqual(exampleStarters(side));
  }

  await expect.poll(() => new URL(page.url()).searchParams.has('org')).toBe(true);
  await page.reload();
  expect(await people(page)).toBe('45');
  await page.getByRole('button', { name: 'Back to generated people' }).click();
  expect(await people(page)).toBe('45');
  await expect(page.getByText('Peers: generated from your teams.')).toHaveCount(0);
});

const BAD: Array<[string, string | Buffer, string]> = [
  ['empty.csv', '', 'empty.csv: The file is empty.'],
  [
    'dupes.csv',
    'id,name,manager\na,A,\nb,B,a\na,C,b\n',
    'dupes.csv: Line 4: the id “a” is already used on line 2.',
  ],
  [
    'unknown.csv',
    'id,name,manager\na,A,\nb,B,zz\n',
    'unknown.csv: Line 3: the manager “zz” is not an id in the file.',
  ],
  ['self.csv', 'id,name,manager\na,A,\nb,B,b\n', 'self.csv: Line 3: “b” is their own manager.'],
  ['tops.csv', 'id,name,manager\na,A,\nb,B,\n', 'tops.csv: 2 people have no manager (lines 2, 3)'],
  [
    'cycle.csv',
    'id,name,manager\na,A,\nb,B,c\nc,C,b\n',
    'cycle.csv: Lines 3, 4: the reporting lines go round in a circle',
  ],
  [
    'latin1.csv',
    Buffer.from([0x69, 0x64, 0x2c, 0x6e, 0x0a, 0x4a, 0xf6, 0x72, 0x67, 0x2c]),
    'latin1.csv: The file is not UTF-8 text.',
  ],
  [
    'huge.csv',
    ['id,name,manager', 'x0,X,', ...Array.from({ length: 5000 }, (_, i) => `x${i + 1},X,x0`)].join(
      '\n',
    ),
    'huge.csv: The file has 5,001 people; the lab takes at most 5,000.',
  ],
];

test('every bad input is named, and the lab keeps its state', async ({ page }) => {
  await page.goto('./?n=30');
  await step(page, 3);
  const before = await statusLine(page).textContent();
  await openImport(page);
  for (const [name, data, message] of BAD) {
    await chooseFile(page, name, data);
    const needsMapping = !/empty|latin1/.test(name);
    if (needsMapping)
      await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog(page).getByRole('alert')).toContainText(message);
  }
  await dialog(page).getByRole('button', { name: 'Cancel' }).click();
  expect(await people(page)).toBe('30');
  await expect(statusLine(page)).toHaveText(before!);
});

test('columns are mapped from the header, and informal ties become the peer side', async ({
  page,
}) => {
  await page.goto('./');
  await openImport(page);
  await chooseFile(
    page,
    'hr.csv',
    'Manager ID,Full name,Employee_ID\n,Top,t\nt,Ann,a\nt,Bo,b\na,Cy,c\n',
  );
  await expect(dialog(page).getByLabel('Id column')).toHaveValue('2');
  await expect(dialog(page).getByLabel('Manager column')).toHaveValue('0');
  await chooseFile(page, 'ties.csv', 'a,b\nc,b\na,b\n', /^Informal ties/);
  await expect(dialog(page)).toContainText('ties.csv: 2 ties.');
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('Peers: your informal ties.')).toBeVisible();
  expect(await people(page)).toBe('4');

  await openImport(page);
  await chooseFile(page, 'hr.csv', 'Manager ID,Full name,Employee_ID\n,Top,t\nt,Ann,a\n');
  await chooseFile(page, 'bad-ties.csv', 'a,b\na,a\n', /^Informal ties/);
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog(page).getByRole('alert')).toContainText(
    'bad-ties.csv: Line 2: a tie from “a” to themselves.',
  );
});

test('an exported JSON file imports back the whole state', async ({ page }) => {
  await page.goto('./');
  await openImport(page);
  await dialog(page).getByRole('button', { name: 'Load the example' }).click();
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  await step(page, 4);
  const status = await statusLine(page).textContent();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const json = readFileSync((await download.path())!);
  await page.goto('./');
  expect(await people(page)).toBe('40');
  await openImport(page);
  await dialog(page)
    .getByLabel(/^Org chart file/)
    .setInputFiles({ name: 'state.json', mimeType: 'application/json', buffer: json });
  await expect(dialog(page)).toBeHidden();
  expect(await people(page)).toBe('45');
  await expect(statusLine(page)).toHaveText(status!);
});

test('drag and drop works, hostile names stay text in the page and the SVG', async ({ page }) => {
  await page.goto('./');
  await openImport(page);
  const csv = 'id,name,manager\nt,"<img src=x onerror=alert(1)> & ""Boss""",\na,=cmd|calc,t\n';
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, csv);
  await dialog(page).locator('.drop').dispatchEvent('drop', { dataTransfer: transfer });
  await expect(dialog(page)).toContainText('dropped.csv: 2 rows');
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  expect(await people(page)).toBe('2');
  const canvas = page.getByRole('region', { name: 'Hierarchy' }).locator('canvas');
  await canvas.focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('region', { name: 'Hierarchy' })).toContainText(
    '<img src=x onerror=alert(1)> & "Boss" (t) · the top',
  );
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export SVG' }).click(),
  ]);
  const svg = readFileSync((await download.path())!, 'utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return {
      error: doc.querySelector('parsererror') !== null,
      images: doc.querySelectorAll('img, image, script').length,
      titles: [...doc.querySelectorAll('g > g > title')].map((t) => t.textContent),
    };
  }, svg);
  expect(parsed.error).toBe(false);
  expect(parsed.images).toBe(0);
  expect(parsed.titles).toContain('<img src=x onerror=alert(1)> & "Boss" (#0): not yet informed');
});

test('a large org chart stays out of the link, and the page says how to share it', async ({
  page,
}) => {
  await page.goto('./');
  await openImport(page);
  const rows = ['id,name,manager', 'p0,Person 0,'];
  for (let i = 1; i < 600; i++) rows.push(`p${i},Person ${i},p${Math.floor((i - 1) / 4)}`);
  await chooseFile(page, 'big.csv', rows.join('\n'));
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').first()).toContainText('too large to travel in a link');
  expect(await people(page)).toBe('600');
  await step(page);
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).toBe('1');
  expect(new URL(page.url()).searchParams.has('org')).toBe(false);
});

test('axe finds no serious problems in the import dialog or in embed mode', async ({ browser }) => {
  // Full axe scans of a large page: slow on a busy machine, and not a race.
  test.slow();
  const context = await browser.newContext();
  const page = await context.newPage();
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await page.goto('./');
  await openImport(page);
  await dialog(page).getByRole('button', { name: 'Load the example' }).click();
  await chooseFile(page, 'dupes.csv', 'id,name,manager\na,A,\na,B,a\n');
  await dialog(page).getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog(page).getByRole('alert')).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.goto('./?embed=1&summary=1&autoplay=1');
  await expect(statusLine(page)).toContainText(/Tick [1-9]/);
  expect(await serious()).toEqual([]);
  await context.close();
});
