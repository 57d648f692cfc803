import type { Page } from '@playwright/test';
import de from '../src/i18n/locales/de.json' with { type: 'json' };
import en from '../src/i18n/locales/en.json' with { type: 'json' };
import { drawn, expect, statusLine, step, test } from './fixtures.ts';

// The stage: graphs that fill their panels in every mode, and a presenter mode a room can read.

const SIDES = ['Hierarchy', 'Peer-to-peer'] as const;

/** A panel's canvas, and the box its people are drawn in (from the renderer, before pan and zoom). */
async function fill(page: Page, side: string) {
  const canvas = page.getByRole('region', { name: side, exact: true }).locator('canvas');
  const box = (await canvas.boundingBox())!;
  const [, , width, height] = ((await canvas.getAttribute('data-drawn')) ?? '0 0 0 0')
    .split(' ')
    .map(Number);
  const shorter = Math.min(box.width, box.height);
  const along = box.width <= box.height ? width : height;
  return { canvas: box, drawn: { width, height }, shorterShare: along / shorter };
}

/** Every piece of visible text smaller than `min` px: tag, size and the text itself. */
function smallText(page: Page, min: number): Promise<string[]> {
  return page.evaluate((min) => {
    const small: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>('*')) {
      const own = [...el.childNodes].some((c) => c.nodeType === 3 && c.textContent!.trim());
      if (!own || el.closest('.analysis, [hidden]')) continue;
      const rect = el.getBoundingClientRect();
      // Hidden, visually hidden (1 px), or off the screen: not text anyone reads on the stage.
      if (rect.width <= 1 || rect.height <= 1 || rect.bottom < 0 || rect.top > innerHeight)
        continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min)
        small.push(`${el.tagName} ${size}px “${el.textContent!.trim().slice(0, 30)}”`);
    }
    return small;
  }, min);
}

async function expectFilled(
  page: Page,
  where: string,
  sides: readonly string[] = SIDES,
): Promise<void> {
  for (const side of sides)
    await expect
      .poll(async () => (await fill(page, side)).shorterShare, { message: `${side}, ${where}` })
      .toBeGreaterThanOrEqual(0.8);
}

// The third scene in German: longer words must not push the graphs off the stage.
for (const [scene, lang] of [
  ['rumours', 'en'],
  ['bottlenecks', 'en'],
  ['survival', 'de'],
] as const) {
  const cat = lang === 'de' ? de : en;
  const sides = [cat.side.hierarchy, cat.side.p2p];
  test(`presenter mode is a stage (${scene}, ${lang}): big graphs, large type, nothing scrolls, charts beside it`, async ({
    page,
  }) => {
    for (const [width, height] of [
      [1280, 720],
      [1920, 1080],
    ]) {
      await page.setViewportSize({ width, height });
      await page.goto(`./?scene=${scene}&t=4&lang=${lang}`);
      await expect(statusLine(page)).toContainText(lang === 'de' ? 'Takt 4 —' : 'Tick 4 —');
      await page.keyboard.press('p');
      await expect(page.locator('html')).toHaveAttribute('data-presenter', 'true');
      // The scene's title and question stay on the stage.
      await expect(
        page.getByRole('region', {
          name: new RegExp(`^${cat.scenes.region.replace('{{title}}', '')}`),
        }),
      ).toContainText(cat.scenes.predict);
      for (const side of sides) {
        const where = `${side} at ${width}×${height}`;
        await expect
          .poll(async () => (await fill(page, side)).canvas.height / height, { message: where })
          .toBeGreaterThanOrEqual(0.55);
      }
      await expectFilled(page, `${width}×${height}`, sides);
      expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        height,
      );
      if (width === 1920) expect(await smallText(page, 20)).toEqual([]);
      // Charts open beside the stage (C or the button) and close again.
      const charts = page.getByRole('region', { name: cat.app.analysis });
      await expect(charts).toBeHidden();
      await page.keyboard.press('c');
      await expect(charts.getByRole('figure', { name: cat.charts.reach.title })).toBeVisible();
      await page.getByRole('button', { name: cat.view.charts }).click();
      await expect(charts).toBeHidden();
      // So do the settings (S, or the button).
      const settings = page.getByRole('form', { name: cat.controls.name });
      await expect(settings).toBeHidden();
      await page.keyboard.press('s');
      await expect(settings).toBeVisible();
      await page.getByRole('button', { name: cat.view.settings, exact: true }).click();
      await expect(settings).toBeHidden();
      await page.keyboard.press('p');
    }
  });
}

test('the graphs stay fitted to their panels as the window, the people and the ties change', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?traffic=requests&load=0.06&n=60');
  await step(page, 8);
  await expectFilled(page, 'normal mode, 1280×720, tick 8');
  // Narrow and tall (panels stacked), then wide again.
  await page.setViewportSize({ width: 700, height: 1000 });
  await drawn(page);
  await expectFilled(page, 'at 700×1000');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await drawn(page);
  await expectFilled(page, 'at 1920×1080');
  // Different people.
  await page.getByLabel('People', { exact: true }).fill('150');
  await page.getByLabel('People', { exact: true }).press('Enter');
  await expect(page.locator('canvas').first()).toHaveAttribute('data-people', '150');
  await expectFilled(page, 'with 150 people');
  // Ties forming and fading, a top manager knocked out and replaced.
  await page.goto('./?scene=relational-dynamics&t=120');
  await expect(statusLine(page)).toContainText('Tick 120 —');
  await expectFilled(page, 'relational dynamics at tick 120');
  await page.goto('./?scene=survival&t=12');
  await expect(statusLine(page)).toContainText('Tick 12 —');
  await expectFilled(page, 'survival at tick 12');
});
