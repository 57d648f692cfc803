import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { DEFAULT_SETTINGS, PARAMS } from '../src/model/params.ts';
import { stateFromUrl } from '../src/store/url.ts';
import { expect, statusLine, test } from './fixtures.ts';

// Heavy links and settings are prepared off the critical path: big networks in a worker,
// replays in short slices, with progress and a Cancel on the page. A probe measures how long the
// page goes without answering while that happens: a chain of MessageChannel pings (each sent
// 16 ms after the last arrived), whose gaps are the longest the page kept an input waiting.

/** Installs the probe; gaps count from the second frame the progress card shows until the lab shows. */
async function probe(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __gaps: number[]; __seenJob: number; __jobs: string[] };
    w.__gaps = [];
    w.__seenJob = 0;
    w.__jobs = [];
    let last = performance.now();
    const channel = new MessageChannel();
    const preparing = () =>
      !document.querySelector('.live-status') && document.querySelector('.job') !== null;
    channel.port1.onmessage = () => {
      const now = performance.now();
      if (w.__seenJob > 1 && preparing()) w.__gaps.push(now - last);
      last = now;
      setTimeout(() => channel.port2.postMessage(0), 16);
    };
    channel.port2.postMessage(0);
    const watch = () => {
      if (preparing()) w.__seenJob++;
      // What the progress card said, each frame it showed (it may come and go between polls).
      const said = document.querySelector('.job span')?.textContent;
      if (said && w.__jobs[w.__jobs.length - 1] !== said) w.__jobs.push(said);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

const gaps = (page: Page) =>
  page.evaluate(() => (window as unknown as { __gaps: number[] }).__gaps);
/** Everything the progress card said while the page was watched. */
const cardSaid = (page: Page) =>
  page.evaluate(() => (window as unknown as { __jobs: string[] }).__jobs.join('\n'));
const longest = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);

/**
 * Heavy to build (a worker does it): each shows progress, and the page is never held for
 * seconds as it was (8–85 s before). The goal is 200 ms; measured here on shared cores, the
 * longest pause is 64–420 ms (one browser at a time; more with two) — the page's first render,
 * or opening the prepared lab (React's first render of it at 100,000 people). This bound is what
 * holds now, not the goal; the README says so and issue 14 stays open.
 */
const BUILDS = [
  '?p2p=complete&n=100000',
  '?p2p=communities&comm=1&degree=100&n=30000',
  '?n=30000',
  '?n=100000',
  '?traffic=requests&load=1&n=100000',
];
// Under CI two browsers share the two cores, which doubles or triples every pause measured here
// (up to 2.7 s seen): the bound catches freezing for many seconds, as before, not the goal.
const HOLDS_MS = 5000;

for (const url of BUILDS) {
  test(`a heavy link is built in the background, the page never held for seconds: ${url}`, async ({
    page,
    errors,
  }) => {
    test.slow();
    await probe(page);
    await page.goto(`./${url}`);
    await expect(statusLine(page)).toContainText(/^Tick \d+ —/, { timeout: 60_000 });
    expect(await cardSaid(page)).toMatch(/^Building the networks of [\d,]+ people/);
    const measured = await gaps(page);
    expect(measured.length).toBeGreaterThan(0);
    expect(longest(measured)).toBeLessThanOrEqual(HOLDS_MS);
    expect(errors).toEqual([]);
  });
}

test('a long replay runs in slices with progress (the page never held for seconds)', async ({
  page,
  errors,
}) => {
  test.slow();
  await probe(page);
  await page.goto('./?n=5000&traffic=requests&load=0.05&t=300');
  await expect(statusLine(page)).toContainText(/^Tick \d+ —/, { timeout: 60_000 });
  expect(await cardSaid(page)).toMatch(/^Replaying to tick \d+: tick \d+…$/m);
  await expect(page.getByRole('alert')).toContainText(/load=0\.05 with n=5,000 would take about/);
  // A replay runs each tick in parts, 12 ms slices of them (136 ms longest measured in one
  // browser). The goal is 200 ms; HOLDS_MS is what holds under CI's two browsers on two cores.
  expect(longest(await gaps(page))).toBeLessThanOrEqual(HOLDS_MS);
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

/** A value for a setting from anywhere in its range (or, now and then, something it is not). */
function valueArb(name: string): fc.Arbitrary<string> {
  const spec = PARAMS.find((p) => p.url === name)!;
  const junk = fc.constantFrom('', 'NaN', '-1', '1e9', 'x');
  let good: fc.Arbitrary<string>;
  if (spec.type === 'enum') good = fc.constantFrom(...spec.options);
  else if (spec.type === 'source')
    good = fc.oneof(
      fc.constantFrom(...spec.options),
      fc.integer({ min: 0, max: 100000 }).map(String),
    );
  else {
    const { min, max } = spec;
    const inRange =
      spec.type === 'int'
        ? fc.integer({ min, max }).map(String)
        : fc.double({ min, max, noNaN: true }).map((v) => String(Math.round(v * 1000) / 1000));
    good = spec.unlimited ? fc.oneof(inRange, fc.constant('inf')) : inRange;
  }
  return fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: junk });
}

test('generated links across every setting: no error, a notice for what was trimmed, the page answering', async ({
  page,
  errors,
}) => {
  test.setTimeout(300_000);
  const keys = PARAMS.map((p) => p.url);
  const queries = fc.sample(
    fc
      .array(fc.constantFrom(...keys), { minLength: 1, maxLength: 10 })
      .chain((chosen) => fc.tuple(...chosen.map((k) => valueArb(k).map((v) => [k, v] as const))))
      .chain((pairs) =>
        fc.tuple(fc.constant(pairs), fc.integer({ min: 0, max: 400 }), fc.boolean()),
      )
      .map(([pairs, t, withT]) => {
        const q = new URLSearchParams(pairs.map(([k, v]) => [k, v]));
        if (withT) q.append('t', String(t));
        return q.toString();
      }),
    { numRuns: 10 },
  );
  await probe(page);
  for (const query of queries) {
    await page.goto(`./?${query}`);
    await expect(statusLine(page), query).toContainText(/^Tick \d+ —/, { timeout: 60_000 });
    // The page's notices come from the same reading of the link as here.
    const expected = stateFromUrl(query).notices.length;
    if (expected > 0) await expect(page.getByRole('alert'), query).toBeVisible();
    else await expect(page.getByRole('alert'), query).toHaveCount(0);
    expect(longest(await gaps(page)), query).toBeLessThanOrEqual(HOLDS_MS);
  }
  expect(errors).toEqual([]);
});
