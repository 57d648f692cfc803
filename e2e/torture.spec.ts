import { expect, heavyStateFile, statusLine, test } from './fixtures.ts';

// Links from issue 14's probe that used to freeze, crash or blank the tab. Each now opens, says
// what it trimmed or ignored, and shows a run. (That the page also answers within 200 ms at every
// point is not yet so: building and replaying still run on the main thread — see the README.)

const HEAVY: Array<[string, RegExp]> = [
  ['?p2p=complete&n=100000', /p2p=complete with n=100,000 would need .* so n is 2,449 here/],
  ['?fail=0.5&failure=central&n=20000', /failure=central with n=20,000 would take too long/],
  ['?p2p=communities&comm=1&degree=100&n=30000', /p2p=communities with n=30,000 and comm=1/],
  [
    '?n=2000&traffic=requests&load=1&maxt=100000&t=100000',
    /t=100,000 with these settings would take about .* minutes to replay; showing tick \d+/,
  ],
  // (150,000 parts are tested on the store: a preview server refuses a request line that long.)
  [`?ev=${Array.from({ length: 1500 }, (_, i) => `x${i}`).join('_')}`, /^1,500 events ignored/],
  [`?${Array.from({ length: 1000 }, (_, i) => `k${i}=1`).join('&')}`, /^1,000 settings ignored/],
  [`?org=${encodeURIComponent('[["a"],["A"],[-1]]')}`, /an organization needs at least 2/],
];

for (const [url, notice] of HEAVY) {
  test(`a heavy link opens and says what it did: ${url.slice(0, 50)}`, async ({ page, errors }) => {
    // Each builds what fits its budget before the first frame.
    test.slow();
    await page.goto(`./${url}`);
    // Building and replaying in the background take seconds on a busy machine (CI runs two).
    await expect(statusLine(page)).toContainText(/^Tick \d+ —/, { timeout: 30_000 });
    await expect(
      page.getByRole('alert').getByRole('listitem').filter({ hasText: notice }),
    ).toHaveCount(1);
    // One line for one kind of problem, however many there were.
    expect(await page.getByRole('alert').getByRole('listitem').count()).toBeLessThanOrEqual(4);
    expect(errors).toEqual([]);
  });
}

test('a state file of 5,000 people under full load at tick 100,000 is trimmed, not replayed for minutes', async ({
  page,
  errors,
}) => {
  test.slow();
  await page.goto('./');
  await page.getByRole('button', { name: 'Import org chart' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import org chart' });
  await dialog.getByLabel(/^Org chart file/).setInputFiles(heavyStateFile());
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('alert')).toContainText(
    /t=100,000 with these settings would take about/,
  );
  await expect(page.getByRole('alert')).toContainText('Imported 5000 people from heavy.json.');
  // Replayed in the background (slices, with progress): wait for it, however busy the machine.
  await expect(statusLine(page)).toContainText(/^Tick \d+ — Hierarchy \d+ of 5000 informed/, {
    timeout: 60_000,
  });
  expect(errors).toEqual([]);
});

test('a run whose ties multiply until its queues outgrow the page stops there and says so', async ({
  page,
  errors,
}) => {
  // Every send may tie two people, and every new tie passes on every broadcast still spreading:
  // with unlimited capacity the queues grew 700,000 → 5 million → 38 million sends a tick, and
  // the tab ran out of memory. Now the run stops at 4.2 million and the page goes on.
  test.slow();
  await page.goto('./?n=5000&cap=inf&adapt=on&load=0.02');
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const stopped = page
    .getByRole('alert')
    .getByRole('listitem')
    .filter({
      hasText:
        /^The run stopped during tick (\d+): on the Peer-to-peer side more than 4,194,304 sends/,
    });
  await expect(stopped).toHaveCount(1, { timeout: 90_000 });
  const tick = Number(/during tick (\d+)/.exec((await stopped.textContent()) ?? '')?.[1]);
  // The last whole tick is on show, the run is over, and the page still answers.
  await expect(statusLine(page)).toHaveText(
    new RegExp(`^Tick ${tick - 1} — .*\\(run finished\\)$`),
  );
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(statusLine(page)).toHaveText(/^Tick 0 /);
  expect(errors).toEqual([]);
});
