import type { Page } from '@playwright/test';
import { drawn, expect, statusLine, stepToEnd, test } from './fixtures.ts';

// Large organizations are drawn from layers and stamped sprites (src/render/layers.ts, splat.ts):
// the picture must still follow the run person by person.

/** Pixels of the peer panel's canvas within `tolerance` of each colour, by name. */
async function colourCounts(page: Page, colours: Record<string, string>, tolerance = 40) {
  await drawn(page);
  return page.locator('.panel-p2p canvas.graph').evaluate(
    (canvas: HTMLCanvasElement, { colours, tolerance }) => {
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      const targets = Object.entries(colours).map(([name, hex]) => {
        const v = parseInt(hex.slice(1), 16);
        return { name, r: v >> 16, g: (v >> 8) & 255, b: v & 255 };
      });
      const counts: Record<string, number> = Object.fromEntries(targets.map((t) => [t.name, 0]));
      for (let i = 0; i < data.length; i += 4)
        for (const t of targets)
          if (
            Math.abs(data[i] - t.r) + Math.abs(data[i + 1] - t.g) + Math.abs(data[i + 2] - t.b) <
            tolerance
          )
            counts[t.name]++;
      return counts;
    },
    { colours, tolerance },
  );
}

test('2,000 people: every mark follows the news as it spreads', async ({ browser }) => {
  // On a projector-sized page 2,000 people stand apart: each is stamped, not summarized.
  const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('./?n=2000&cap=inf&load=0');
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  await expect(page.locator('.panel-p2p .settling')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('.panel-p2p .crowded')).toHaveCount(0);
  const colours = { informed: '#0072B2' };
  const before = await colourCounts(page, colours);
  await stepToEnd(page, 60);
  const after = await colourCounts(page, colours);
  console.log(
    `peer panel pixels at tick 0 ${JSON.stringify(before)}, at the end ${JSON.stringify(after)}`,
  );
  // At the start one person (and their first sends) is blue; at the end all 2,000 are, each with
  // at least a pixel of blue.
  expect(after.informed).toBeGreaterThan(20 * Math.max(1, before.informed));
  expect(after.informed).toBeGreaterThan(2000);
  expect(errors).toEqual([]);
});

test('too many people to tell apart: drawn as a summary, the panel says so, zooming in shows each person', async ({
  page,
  errors,
}) => {
  await page.goto('./?n=10000&cross=500');
  // The page may still be loading the app when the browser says it has loaded: the lab first.
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  const crowded = { hasText: 'Too many people to draw one by one' };
  // Summarized, a hierarchy's informal ties are drawn paler, not dashed, and its panel says so —
  // once its 10,000 people are placed (a busy machine has taken more than 5 s for that).
  const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
  await expect(page.locator('.panel-hierarchy .settling')).toHaveCount(0, { timeout: 60_000 });
  await expect(hierarchy.getByRole('note').filter(crowded)).toBeVisible();
  await expect(hierarchy).toContainText('Reporting lines plus 500 informal ties (the paler lines)');
  const panel = page.locator('.panel-p2p');
  await expect(panel.locator('.settling')).toHaveCount(0, { timeout: 60_000 });
  const note = panel.getByRole('note').filter(crowded);
  await expect(note).toBeVisible();
  // The mouse wheel zooms in on the peers until they stand apart.
  const canvas = panel.locator('canvas.graph');
  const box = (await canvas.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 12 && (await note.count()) > 0; i++) {
    await page.mouse.wheel(0, -400);
    await expect(canvas).toHaveAttribute('data-zoom', /./);
  }
  await expect(note).toHaveCount(0);
  expect(Number(await canvas.getAttribute('data-zoom'))).toBeGreaterThan(1);
  expect(errors).toEqual([]);
});

test.describe('at 1920×1080', () => {
  test.use({ viewport: { width: 1920, height: 1080 } });

  test('ties too many to draw, where people stand apart: one in N is drawn, and the panel says so', async ({
    page,
    errors,
  }) => {
    // 1,000 peers of 80 ties each: 40,000 ties, more than the 30,000 drawn wherever people stand.
    await page.goto('./?n=1000&degree=80');
    await expect(statusLine(page)).toHaveText(/^Tick 0 /);
    const peers = page.getByRole('region', { name: 'Peer-to-peer' });
    await expect(peers.locator('.settling')).toHaveCount(0, { timeout: 60_000 });
    await expect(peers.getByRole('note')).toHaveText(
      'Too many ties to draw them all: one in 2 is drawn.',
    );
    // The people themselves can be told apart: not the summary's note.
    await expect(peers).not.toContainText('Too many people to draw one by one');
    // The default network's 2,000 ties are all drawn, with no note.
    await page.goto('./?n=1000');
    await expect(statusLine(page)).toHaveText(/^Tick 0 /);
    await expect(page.getByRole('region', { name: 'Peer-to-peer' }).getByRole('note')).toHaveCount(
      0,
    );
    expect(errors).toEqual([]);
  });
});

test('a crowded side says so before its first picture: people are never drawn at a size about to change', async ({
  page,
  errors,
}) => {
  // The org chart's canvas, as the page opens (on the plain lab's 40 people first): every picture
  // copied onto it, with the people on show and its size at that moment; and each placing of the
  // people (`data-drawn`), with whether the crowding note was there by then.
  await page.addInitScript(() => {
    const seen = { paints: [] as string[], placings: [] as string[] };
    (window as unknown as { __seen: typeof seen }).__seen = seen;
    const ours = (canvas: HTMLCanvasElement) =>
      canvas.isConnected && canvas.closest('.panel-hierarchy') !== null;
    const proto = CanvasRenderingContext2D.prototype;
    for (const name of ['drawImage', 'putImageData'] as const) {
      const original = proto[name] as (...args: unknown[]) => void;
      proto[name] = function (this: CanvasRenderingContext2D, ...args: unknown[]) {
        const canvas = this.canvas;
        if (ours(canvas))
          seen.paints.push(`${canvas.dataset.people} people at ${canvas.width}x${canvas.height}`);
        return original.apply(this, args);
      } as never;
    }
    new MutationObserver((records) => {
      for (const { target } of records)
        if (target instanceof HTMLCanvasElement && ours(target))
          seen.placings.push(
            `${target.dataset.people} people, note ${document.querySelector('.panel-hierarchy .crowded') ? 'shown' : 'missing'}`,
          );
    }).observe(document, { subtree: true, attributeFilter: ['data-drawn'] });
  });
  // 2,000 people are laid out off the page (the panel is blank meanwhile); at 1280×720 the org
  // chart's lowest levels stand closer than 3 px: summarized, and the note takes two lines.
  await page.goto('./?n=2000');
  const hierarchy = page.getByRole('region', { name: 'Hierarchy' });
  const note = hierarchy
    .getByRole('note')
    .filter({ hasText: 'Too many people to draw one by one' });
  await expect(note).toBeVisible({ timeout: 20_000 });
  await drawn(page);
  const canvas = hierarchy.locator('canvas.graph');
  const size = await canvas.evaluate((c: HTMLCanvasElement) => `${c.width}x${c.height}`);
  const { paints, placings } = await page.evaluate(
    () => (window as unknown as { __seen: { paints: string[]; placings: string[] } }).__seen,
  );
  const ours = paints.filter((paint) => paint.startsWith('2000 '));
  expect(ours.length).toBeGreaterThan(0);
  expect(new Set(ours)).toEqual(new Set([`2000 people at ${size}`]));
  // Crowding is decided as the people are first placed, and the note is there before any frame.
  expect(placings.find((placing) => placing.startsWith('2000 '))).toBe('2000 people, note shown');
  expect(errors).toEqual([]);
});
