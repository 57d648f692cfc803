import type { Page } from '@playwright/test';
import de from '../src/i18n/locales/de.json' with { type: 'json' };
import es from '../src/i18n/locales/es.json' with { type: 'json' };
import fr from '../src/i18n/locales/fr.json' with { type: 'json' };
import { expect, statusLine, test } from './fixtures.ts';

// One smoke test per language, finding every control by its name in that language's catalogue:
// open, play, pause, open a scene. Then the language menu, and an embed that keeps its language.

const CATALOGUES = { de, es, fr };

/** A message with its placeholders as patterns (`Takt {{tick}} — …` → /^Takt \d+ — …/). */
function pattern(template: string): RegExp {
  const escaped = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp('^' + escaped.replace(/\{\{[^}]+\}\}/g, '\\d+'));
}

const tickOf = async (page: Page, word: string) =>
  Number(new RegExp(`^${word} (\\d+)`).exec((await statusLine(page).textContent()) ?? '')?.[1]);

for (const [lang, cat] of Object.entries(CATALOGUES)) {
  test(`the lab in ${lang}: open, play, a scene — every control found by its ${lang} name`, async ({
    page,
    errors,
  }) => {
    await page.goto(`./?lang=${lang}`);
    await expect(page.locator('html')).toHaveAttribute('lang', lang);
    await expect(page.getByRole('heading', { name: cat.side.hierarchy })).toBeVisible();
    await expect(page.getByRole('region', { name: cat.side.p2p, exact: true })).toBeVisible();
    await expect(statusLine(page)).toHaveText(pattern(cat.status.line));
    const word = cat.timeline.tick.split(' ')[0];
    await page.getByRole('button', { name: cat.playback.play, exact: true }).click();
    await expect.poll(() => tickOf(page, word)).toBeGreaterThanOrEqual(2);
    await page.getByRole('button', { name: cat.playback.pause, exact: true }).click();
    await expect(page.getByRole('button', { name: cat.playback.play, exact: true })).toBeVisible();

    await page
      .getByRole('combobox', { name: cat.scenes.scene, exact: true })
      .selectOption('bottlenecks');
    const scene = page.getByRole('region', {
      name: cat.scenes.region.replace('{{title}}', cat.scenes.bottlenecks.title),
    });
    await expect(scene).toContainText(cat.scenes.predict);
    await expect(scene).toContainText(cat.scenes.bottlenecks.question);
    await page.getByRole('button', { name: cat.playback.step, exact: true }).click();
    await expect(statusLine(page)).toHaveText(pattern(cat.status.line));
    await expect.poll(() => tickOf(page, word)).toBe(1);
    // The settings speak it too, and the link keeps the language.
    await expect(page.getByRole('form', { name: cat.controls.name })).toContainText(
      cat.settings.capacity.label,
    );
    await expect(page).toHaveURL(/lang=/);
    expect(errors).toEqual([]);
  });
}

test('the language menu switches the whole page, and the link keeps the choice', async ({
  page,
}) => {
  await page.goto('./?n=30');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect(statusLine(page)).toContainText('Tick 1 —');
  await page.getByLabel('Language').selectOption('de');
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // The run is untouched: still tick 1, now said in German.
  await expect(statusLine(page)).toHaveText(pattern(de.status.line));
  await expect(statusLine(page)).toContainText('Takt 1 —');
  await expect(page.getByRole('button', { name: de.playback.step, exact: true })).toBeVisible();
  await expect(page).toHaveURL(/lang=de/);
  await expect(page).toHaveURL(/n=30/);
  await page.getByLabel(de.view.language).selectOption('en');
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();
  await expect(statusLine(page)).toContainText('Tick 1 —');
});

test('an embed keeps the language of its link', async ({ page }) => {
  await page.goto('./?embed=1&lang=fr&scene=hydra');
  await expect(page.getByRole('region', { name: fr.side.hierarchy, exact: true })).toBeVisible();
  await expect(page.getByText(fr.scenes.hydra.title)).toBeVisible();
  await expect(page.getByRole('link', { name: fr.embed.open })).toHaveAttribute('href', /lang=fr/);
});

test('without lang=, the browser’s language is used', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('button', { name: es.playback.play, exact: true })).toBeVisible();
  // A browser language the lab does not speak falls back to English.
  const other = await browser.newContext({ locale: 'ja-JP' });
  const japanese = await other.newPage();
  await japanese.goto('./');
  await expect(japanese.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await context.close();
  await other.close();
});
