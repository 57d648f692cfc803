import { expect, test } from '@playwright/test';
import { Lab } from '../src/model/lab.ts';
import { parseSettings } from '../src/model/params.ts';

// The browser bundle and Node run the same engine: the same settings and seed
// must give the same run in both, tick for tick.
const QUERY = 'n=60&proto=gossip&fanout=2&loss=0.2&distort=0.1&fail=0.1&seed=11&src=random';

test('the browser replays exactly the run Node computes', async ({ page }) => {
  const { settings } = parseSettings(new URLSearchParams(QUERY), 'url');
  const lab = new Lab(settings);
  const expected: string[] = [];
  for (let tick = 0; tick <= 8; tick++) {
    lab.step();
    const [h, p] = lab.sides.map((s) => s.series[tick].informed);
    expected.push(`Tick ${tick} — Hierarchy ${h} of 60 informed, Peer-to-peer ${p} of 60 informed`);
  }
  await page.goto(`./?${QUERY}`);
  const status = page.getByRole('status');
  for (let tick = 0; tick <= 8; tick++) {
    if (tick > 0) await page.getByRole('button', { name: 'Step' }).click();
    await expect(status).toHaveText(expected[tick]);
  }
  // A different seed is a different run.
  expect(expected[8]).not.toBe(
    (() => {
      const other = new Lab({ ...settings, seed: 12 });
      for (let t = 0; t <= 8; t++) other.step();
      const [h, p] = other.sides.map((s) => s.series[8].informed);
      return `Tick 8 — Hierarchy ${h} of 60 informed, Peer-to-peer ${p} of 60 informed`;
    })(),
  );
});
