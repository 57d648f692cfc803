import { countRenders, expect, renderCount, shownTick, statusLine, test } from './fixtures.ts';

// A tick re-renders only what shows per-tick numbers; drawing goes through the renderers.
// Played as a user sees it: messages glide between ticks.
test.use({ reducedMotion: 'no-preference' });

test('playing the default run re-renders few components per tick', async ({ page, errors }) => {
  await countRenders(page);
  await page.goto('./');
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  // The prerendered page shows tick 0 before the app has taken over: count from once it has (its
  // effects ran, the charts arrived), or its own first renders are counted as the run's. On a
  // busy machine they came late enough to be (25.6 renders a tick instead of ~17, once in CI).
  await page.waitForFunction(() => document.documentElement.dataset.theme !== undefined);
  await expect(page.getByRole('heading', { name: 'Reach over time' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('8');
  const before = await renderCount(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(statusLine(page)).toContainText('(run finished)', { timeout: 20_000 });
  const after = await renderCount(page);
  const ticks = await shownTick(page);
  const perTick = (after.total - before.total) / ticks;
  const byName = Object.entries(after.byName)
    .map(([name, n]) => [name, (n - (before.byName[name] ?? 0)) / ticks] as const)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  console.log(
    `renders per tick over ${ticks} ticks: ${perTick.toFixed(1)} (${((after.commits - before.commits) / ticks).toFixed(1)} commits); ` +
      byName.map(([name, n]) => `${name} ${n.toFixed(1)}`).join(', '),
  );
  expect(ticks).toBeGreaterThan(5);
  // Before the store published a version and memoised selectors this was 38.6 (every control re-rendered each tick).
  expect(perTick).toBeLessThan(20);
  expect(errors).toEqual([]);
});
