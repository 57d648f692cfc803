import { test } from '@playwright/test';

// Pictures of the lab for people to look at (not compared pixel by pixel):
// the laptop size and the projector size, mid-run and under request load.
for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
]) {
  test(`screenshots at ${width}×${height}`, async ({ page }, info) => {
    await page.setViewportSize({ width, height });
    await page.goto('./?distort=0.1');
    for (let i = 0; i < 6; i++) await page.getByRole('button', { name: 'Step' }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: info.outputPath(`broadcast-${width}x${height}.png`) });
    await page.goto('./?traffic=requests&load=0.06&n=60');
    for (let i = 0; i < 12; i++) await page.getByRole('button', { name: 'Step' }).click();
    await page.waitForTimeout(1500);
    await page.screenshot({ path: info.outputPath(`requests-${width}x${height}.png`) });
  });
}

test('screenshot of communities with people knocked out', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?n=80&p2p=communities&comm=5&degree=6&fail=0.15&failure=targeted&cap=2');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Step' }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: info.outputPath('communities-knocked-out-1920x1080.png') });
});

test('screenshots of presenter mode, light and dark, on the projector', async ({ page }, info) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto('./?scene=bottlenecks');
  await page.keyboard.press('p');
  // In a scene the first → starts the run (a second would move to the next scene).
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  for (let i = 0; i < 25; i++)
    await page.getByRole('button', { name: 'Step', exact: true }).click();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: info.outputPath('presenter-light-1920x1080.png') });
  await page.getByLabel('Theme').selectOption('dark');
  await page.waitForTimeout(1000);
  await page.screenshot({ path: info.outputPath('presenter-dark-1920x1080.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.waitForTimeout(1000);
  await page.screenshot({ path: info.outputPath('presenter-dark-1280x720.png') });
});
