import type { Page } from '@playwright/test';
import { expect, statusLine, test } from './fixtures.ts';

// Fingers on a tablet and a phone (touch emulated in Chromium): a tap starts a message, a long
// press knocks someone out, two fingers zoom, nothing a finger needs is under 44 px, and the
// page never scrolls sideways.

const DEVICES = {
  tablet: { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2 },
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 },
};

/** Where the top of the org chart (person 0) is drawn, in page pixels. */
async function topOfHierarchy(page: Page): Promise<{ x: number; y: number }> {
  const canvas = page.getByRole('region', { name: 'Hierarchy', exact: true }).locator('canvas');
  await canvas.scrollIntoViewIfNeeded();
  await expect(canvas).toHaveAttribute('data-drawn', /\d/);
  const box = (await canvas.boundingBox())!;
  const [left, top, width, , radius] = (await canvas.getAttribute('data-drawn'))!
    .split(' ')
    .map(Number);
  return { x: box.x + left + width / 2, y: box.y + top + radius };
}

for (const [name, device] of Object.entries(DEVICES)) {
  test.describe(`on a ${name}`, () => {
    test.use({ ...device, hasTouch: true, isMobile: true });

    test('tap starts a message, a long press knocks out, two fingers zoom; no sideways scroll', async ({
      page,
      errors,
    }) => {
      await page.goto('./?n=40');
      await expect(statusLine(page)).toContainText('Tick 0 —');
      expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);

      // The help leads with what fingers do.
      await page.getByRole('button', { name: 'Keyboard shortcuts' }).tap();
      const help = page.getByRole('dialog');
      await expect(help.getByRole('heading', { level: 2 })).toHaveText('Touch and keys');
      await expect(help).toContainText('Press and hold a person');
      await help.getByRole('button', { name: 'Close' }).tap();
      await expect(help).toBeHidden();

      // A tap on the top of the org chart: before the run moves, that chooses who starts.
      const top = await topOfHierarchy(page);
      await page.touchscreen.tap(top.x, top.y);
      await expect(page).toHaveURL(/src=0/);
      await expect(page).not.toHaveURL(/ev=/);

      // A long press on the same person knocks them out from the next tick (the finger stays down
      // until it has).
      const cdp = await page.context().newCDPSession(page);
      const point = { x: top.x, y: top.y };
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
      await expect(page).toHaveURL(/ev=1-f-0/);
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      // Lifting the finger was not also a tap.
      await expect(page).toHaveURL(/src=0/);
      await expect(page.getByRole('button', { name: 'Clear changes' })).toBeVisible();

      // Two fingers moving apart zoom in on the peers' graph; a tap never panned it.
      const peers = page
        .getByRole('region', { name: 'Peer-to-peer', exact: true })
        .locator('canvas');
      await peers.scrollIntoViewIfNeeded();
      await expect(peers).not.toHaveAttribute('data-zoom', /./);
      const box = (await peers.boundingBox())!;
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      const pair = (d: number) => [
        { x: cx - d, y: cy, id: 1 },
        { x: cx + d, y: cy, id: 2 },
      ];
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: pair(20) });
      for (const d of [30, 45, 60, 80])
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: pair(d) });
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      await expect
        .poll(async () => Number(await peers.getAttribute('data-zoom')))
        .toBeGreaterThan(2);

      // Every control a finger needs is at least 44 px each way.
      const small = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('button, select, input, a[href]')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            const hidden = r.width === 0 || getComputedStyle(el).visibility === 'hidden';
            if (hidden || el.closest('dialog:not([open])')) return false;
            // A checkbox's target is its whole label.
            const target = el.matches('input[type=checkbox]') ? (el.closest('label') ?? el) : el;
            const t = target.getBoundingClientRect();
            // Inline links in running text are exempt (WCAG 2.5.8); the lab's own links are not.
            return t.height < 44 || (el.matches('button') && t.width < 44);
          })
          .map(
            (el) =>
              `${el.tagName} ${el.getAttribute('type') ?? ''} “${el.textContent?.trim() || el.getAttribute('aria-label') || el.id}”`,
          ),
      );
      expect(small).toEqual([]);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
      ).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  });
}
