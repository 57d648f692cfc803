import type { Page } from '@playwright/test';
import { drawn, expect, statusLine, test } from './fixtures.ts';

// The stage for people to look at (`npm run shots`): presenter mode in three scenes, light and
// dark, in English and German, at the laptop and the projector size; and the page on a tablet
// and a phone. Written to screenshots/stage-*.png.
test.use({ reducedMotion: 'reduce' });

const SCENES = [
  ['bottlenecks', 12],
  ['rumours', 6],
  ['survival', 6],
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await drawn(page);
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: `screenshots/stage-${name}-${width}x${height}.png` });
}

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  for (const lang of ['en', 'de']) {
    test(`presenter mode in three scenes, light and dark, ${lang}, ${width}×${height}`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      for (const [scene, tick] of SCENES) {
        for (const theme of ['light', 'dark']) {
          await page.goto(`./?scene=${scene}&t=${tick}&lang=${lang}&presenter=1`);
          await expect(page.locator('html')).toHaveAttribute('data-presenter', 'true');
          await expect(statusLine(page)).toContainText(String(tick));
          // Headless Chromium's system theme is light; on the stage T switches it.
          if (theme === 'dark') await page.keyboard.press('t');
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
          await shoot(page, `${scene}-${lang}-${theme}`);
        }
      }
    });
  }
}

for (const [name, width, height] of [
  ['tablet', 820, 1180],
  ['phone', 390, 844],
] as const) {
  test.describe(`on a ${name}`, () => {
    test.use({ viewport: { width, height }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    test(`the page and presenter mode on a ${name}`, async ({ page }) => {
      await page.goto('./?scene=bottlenecks&t=12');
      await expect(statusLine(page)).toContainText('Tick 12 —');
      await shoot(page, `${name}`);
      await page.goto('./?scene=bottlenecks&t=12&presenter=1&lang=fr');
      await expect(page.locator('html')).toHaveAttribute('data-presenter', 'true');
      await shoot(page, `${name}-presenter-fr`);
    });
  });
}
