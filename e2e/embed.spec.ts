import { expect, statusLine, step, test } from './fixtures.ts';

// The lab inside someone else's page (issue 12): it sleeps when nothing moves, follows its host.

/** Counts animation-frame callbacks from the page's start (a stand-in wraps requestAnimationFrame). */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const original = window.requestAnimationFrame.bind(window);
    (window as unknown as { rafCalls: number }).rafCalls = 0;
    window.requestAnimationFrame = (callback) =>
      original((t) => {
        (window as unknown as { rafCalls: number }).rafCalls++;
        callback(t);
      });
  });
});

/** Animation-frame callbacks during the next `ms` milliseconds (a measurement over time, not a wait for state). */
const framesDuring = (page: import('@playwright/test').Page, ms: number) =>
  page.evaluate(async (ms) => {
    const w = window as unknown as { rafCalls: number };
    const before = w.rafCalls;
    await new Promise((done) => setTimeout(done, ms));
    return w.rafCalls - before;
  }, ms);

test('a paused lab asks for no animation frames; a step or Play wakes it, then it sleeps again', async ({
  page,
}) => {
  await page.goto('./?n=40');
  await expect(statusLine(page)).toContainText('Tick 0 —');
  // Settled and paused: nothing moves, so nothing is drawn.
  await expect.poll(() => framesDuring(page, 500)).toBe(0);
  expect(await framesDuring(page, 2000)).toBe(0);
  await step(page);
  await expect(statusLine(page)).toContainText('Tick 1 —');
  await expect.poll(() => framesDuring(page, 500)).toBe(0);
  // Playing asks for frames; pausing again lets it sleep.
  await page.getByRole('button', { name: 'Play' }).click();
  expect(await framesDuring(page, 500)).toBeGreaterThan(5);
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect.poll(() => framesDuring(page, 500)).toBe(0);
});
