import type { Page } from '@playwright/test';
import { SCENES } from '../src/scenes/scenes.ts';
import { drawn, expect, statusLine, step, test } from './fixtures.ts';

// Pictures of the lab for people to look at (`npm run shots`; not part of `npm test`): the
// laptop and the projector size, mid-run, under load, every scene, presenter mode light and
// dark. Motion is reduced so each picture is the settled state at its tick, taken once the
// canvases have drawn it. They land in screenshots/.
test.use({ reducedMotion: 'reduce' });

const SIZES = [
  [1280, 720],
  [1920, 1080],
] as const;

async function shoot(page: Page, name: string): Promise<void> {
  await drawn(page);
  const { width, height } = page.viewportSize()!;
  await page.screenshot({ path: `screenshots/${name}-${width}x${height}.png` });
}

for (const [width, height] of SIZES) {
  test(`the sandbox at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?distort=0.1');
    await step(page, 6);
    await expect(statusLine(page)).toContainText('Tick 6 —');
    await shoot(page, 'broadcast');
    await page.goto('./?traffic=requests&load=0.06&n=60');
    await step(page, 12);
    await expect(statusLine(page)).toContainText('Tick 12 —');
    await shoot(page, 'requests');
    await page.goto('./?n=80&p2p=communities&comm=5&degree=6&fail=0.15&failure=targeted&cap=2');
    await step(page, 5);
    await shoot(page, 'communities-knocked-out');
    await page.goto('./?n=60&cross=30&traffic=requests&load=0.05');
    await step(page, 10);
    await shoot(page, 'hybrid-cross-ties');
    // Relational dynamics late in the run, and the hierarchy waiting for its promotions.
    await page.goto('./?scene=relational-dynamics&t=200');
    await expect(statusLine(page)).toContainText('Tick 200 —');
    await shoot(page, 'scene-relational-dynamics-late');
    await page.goto('./?scene=survival&t=6');
    await expect(statusLine(page)).toContainText('Tick 6 —');
    await shoot(page, 'scene-survival-waiting');
  });

  test(`every scene at ${width}×${height}`, async ({ page }) => {
    // Eleven scenes, a dozen steps each.
    test.slow();
    await page.setViewportSize({ width, height });
    for (const scene of SCENES) {
      await page.goto(`./?scene=${scene.id}`);
      await shoot(page, `scene-${scene.id}-question`);
      await page.keyboard.press('Space');
      await page.getByRole('button', { name: 'Pause' }).click();
      for (let i = 0; i < 12 && !(await statusLine(page).textContent())?.includes('finished'); i++)
        await step(page);
      if (scene.equipotency)
        await expect(
          page.getByRole('region', { name: 'Who starts it', exact: true }),
        ).toContainText('Hierarchy:');
      await shoot(page, `scene-${scene.id}`);
    }
  });

  test(`Run many and the sweep at ${width}×${height}`, async ({ page }) => {
    test.slow();
    await page.setViewportSize({ width, height });
    await page.goto('./?scene=rumours');
    await expect(statusLine(page)).toContainText('Tick 0 —');
    await page.keyboard.press('m');
    const region = page.getByRole('region', { name: 'Run many' });
    await region.getByRole('button', { name: 'Run 100 seeds' }).click();
    await expect(region.getByText('100 of 100 runs (done)')).toBeVisible();
    await region.scrollIntoViewIfNeeded();
    await shoot(page, 'run-many');
    await region.getByRole('button', { name: 'Resilience sweep' }).click();
    // 5,700 runs on one worker (this machine has two cores): a progress bar, not a race.
    await expect(region.getByText('5700 of 5700 runs (done)')).toBeVisible({ timeout: 90_000 });
    await region.getByRole('heading', { name: /Resilience sweep/ }).scrollIntoViewIfNeeded();
    await shoot(page, 'run-many-sweep');
  });

  test(`presenter mode, light and dark, at ${width}×${height}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?scene=bottlenecks');
    await page.keyboard.press('p');
    await step(page, 25);
    await expect(statusLine(page)).toContainText('Tick 25 —');
    await shoot(page, 'presenter-light');
    await page.keyboard.press('t');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await shoot(page, 'presenter-dark');
    await page.getByRole('button', { name: 'Presenter mode' }).click();
    await shoot(page, 'sandbox-dark');
  });
}
