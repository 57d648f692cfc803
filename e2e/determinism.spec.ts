import type { Browser, Page } from '@playwright/test';
import { Lab } from '../src/model/lab.ts';
import { parseSettings } from '../src/model/settingsText.ts';
import { expect, statusLine, step, test } from './fixtures.ts';

// The same link gives the same run everywhere: in two fresh browsers, tick for tick, and as
// the engine computes it in Node. A different seed is a different run.
const QUERY = 'n=60&proto=gossip&fanout=2&loss=0.2&distort=0.1&fail=0.1&seed=11&src=random';
const TICKS = 8;

/** What a fresh browser shows at each tick: the status line and the comparison table. */
async function watchRun(browser: Browser, query: string): Promise<string[]> {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  await page.goto(`./?${query}`);
  const seen: string[] = [];
  for (let tick = 0; tick <= TICKS; tick++) {
    if (tick > 0) await step(page);
    await expect(statusLine(page)).toContainText(`Tick ${tick} —`);
    const table = page.getByRole('region', { name: 'Comparison' }).getByRole('table');
    seen.push(`${await statusLine(page).textContent()} | ${await table.innerText()}`);
  }
  await context.close();
  return seen;
}

test('two fresh browsers show the same run, tick for tick, as Node computes it', async ({
  browser,
}) => {
  // Three fresh browsers stepping nine ticks each: more than the default half minute on a busy machine.
  test.setTimeout(120_000);
  const first = await watchRun(browser, QUERY);
  const second = await watchRun(browser, QUERY);
  expect(second).toEqual(first);

  const lab = new Lab(parseSettings(new URLSearchParams(QUERY), 'url').settings);
  for (let tick = 0; tick <= TICKS; tick++) {
    lab.step();
    const [h, p] = lab.sides.map((s) => s.series[tick].informed);
    expect(first[tick]).toContain(
      `Tick ${tick} — Hierarchy ${h} of 60 informed, Peer-to-peer ${p} of 60 informed`,
    );
  }

  const otherSeed = await watchRun(browser, QUERY.replace('seed=11', 'seed=12'));
  expect(otherSeed[TICKS]).not.toBe(first[TICKS]);
});
