import type { Frame, Page } from '@playwright/test';
import { useDeck } from './deckServer.ts';
import { expect, test } from './fixtures.ts';

// A real reveal.js deck embedding the lab from another origin: a presenter's clicker keys, a
// click inside the frame, and slides coming and going.
const origins = useDeck();

const slide = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h,
  );
const labFrame = (page: Page): Frame => page.frames().find((f) => f.url().startsWith(origins.lab))!;
const tickOf = async (page: Page) =>
  Number(
    /Tick (\d+)/.exec((await labFrame(page).locator('.live-status').textContent()) ?? '')?.[1],
  );

test('a reveal.js deck keeps the clicker: the embed plays on its slide, pauses off it, and never changes scene', async ({
  page,
}) => {
  test.slow();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${origins.deck}/`);
  await expect.poll(() => slide(page)).toBe(0);
  await expect.poll(() => page.frames().some((f) => f.url().startsWith(origins.lab))).toBe(true);
  const frame = labFrame(page);
  await expect(frame.locator('.live-status')).toContainText(/Tick \d+ —/);
  // PageDown from the deck reaches the embed's slide, and the embed plays there.
  await page.keyboard.press('PageDown');
  await expect.poll(() => slide(page)).toBe(1);
  const start = await tickOf(page);
  await expect.poll(() => tickOf(page)).toBeGreaterThan(start + 1);
  // A click inside the frame; the clicker's PageDown still advances the deck.
  await frame.locator('.live-status').click();
  await page.keyboard.press('PageDown');
  await expect.poll(() => slide(page)).toBe(2);
  // The embed kept its scene, and off its slide it is paused: its ticks stop moving.
  await expect(frame.getByRole('link', { name: 'open in the lab' })).toHaveAttribute(
    'href',
    /scene=bottlenecks/,
  );
  await expect(frame.locator('.embed-scene')).toHaveText('Bottlenecks');
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await tickOf(page);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [700] },
    )
    .toBe(true);
  // Back with PageUp: it plays on.
  await page.keyboard.press('PageUp');
  await expect.poll(() => slide(page)).toBe(1);
  const paused = await tickOf(page);
  await expect.poll(() => tickOf(page)).toBeGreaterThan(paused);
});
