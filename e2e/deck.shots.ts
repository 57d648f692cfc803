import { useDeck } from './deckServer.ts';
import { expect, test } from './fixtures.ts';

// Pictures of the lab on a reveal.js slide, at the laptop and the projector size (`npm run shots`).
const origins = useDeck();

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the lab on a reveal.js slide at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(`${origins.deck}/`);
    await page.keyboard.press('PageDown');
    const frame = page.frameLocator('iframe[title="P2P Org Lab"]');
    await expect(frame.locator('.live-status')).toContainText(/Tick ([4-9]|\d\d) —/);
    await page.screenshot({ path: `screenshots/deck-${width}x${height}.png` });
  });
}
