import type { Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../vite.config.ts';
import { expect, statusLine, step, test } from './fixtures.ts';

// The built pages carry a strict Content-Security-Policy, and nothing the lab does breaks it:
// playing, exporting, importing, "Who starts it?", "Run many", another language. A host whose
// own policy forbids blob workers still gets its answers (the work goes on in slices).

/** Records every CSP violation the page reports, from before its first script runs. */
async function watchViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

async function download(page: Page, button: string): Promise<void> {
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ]);
}

test('index.html: a strict policy, and no violation while playing, exporting, importing, analysing', async ({
  page,
  errors,
}) => {
  // Several whole features in a row.
  test.slow();
  const violations = await watchViolations(page);
  await page.goto('./');
  const meta = page.locator('meta[http-equiv="Content-Security-Policy"]');
  await expect(meta).toHaveAttribute('content', CONTENT_SECURITY_POLICY);
  expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
  expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(statusLine(page)).toContainText(/Tick [3-9]/);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  for (const button of ['Export PNG', 'Export SVG', 'Export CSV', 'Export JSON'])
    await download(page, button);

  await page.getByRole('button', { name: 'Who starts it?' }).click();
  await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
    'Hierarchy:',
  );
  await page.keyboard.press('m');
  const runMany = page.getByRole('region', { name: 'Run many' });
  await runMany.getByRole('spinbutton', { name: 'Seeds' }).fill('4');
  await runMany.getByRole('button', { name: 'Run 4 seeds' }).click();
  await expect(runMany.getByText('4 of 4 runs (done)')).toBeVisible();

  await page.getByRole('button', { name: 'Import org chart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import org chart' });
  await dialog.getByRole('button', { name: 'Load the example' }).click();
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Imported 45 people');

  await page.getByLabel('Language').selectOption('fr');
  await expect(page.getByRole('button', { name: 'Lire', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Avancer', exact: true }).click();
  await expect(statusLine(page)).toContainText('Tour 1 —');
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('offline.html: its inline script is allowed by hash, and nothing else is needed', async ({
  page,
  errors,
}) => {
  const violations = await watchViolations(page);
  await page.goto('./offline.html?scene=who-starts');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
  // Scripts are allowed by hash, never wholesale.
  expect(/script-src [^;]*/.exec(policy!)![0]).not.toContain('unsafe-inline');
  await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
    'Hierarchy:',
  );
  await step(page, 2);
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('button', { name: 'Abspielen', exact: true })).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(errors).toEqual([]);
});

test('a host that forbids workers still gets "Who starts it?" (worked out on the page)', async ({
  page,
}) => {
  // The host's own header: no workers at all (the single file's inlined ones are blobs, which
  // `worker-src 'self'` alone already blocks; the main build's are files of the same origin).
  await page.route(/\/\?scene=who-starts$/, async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': "worker-src 'none'" },
    });
  });
  const violations = await watchViolations(page);
  await page.goto('./?scene=who-starts');
  await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
    'Hierarchy:',
  );
  // The block did happen: this is the fallback at work, not a worker.
  expect((await violations()).some((v) => v.startsWith('worker-src'))).toBe(true);
});
