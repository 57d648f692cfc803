import fc from 'fast-check';
import type { Page } from '@playwright/test';
import { PARAMS } from '../src/model/params.ts';
import { stateFromUrl } from '../src/store/url.ts';
import { expect, heavyStateFile, statusLine, test } from './fixtures.ts';
import { forgetWaits, frames, longestWait, median, watchWaits } from './waits.ts';

// Issue 14's promise: no link, state file or click the schema accepts keeps the page from answering
// for more than 200 ms, from the moment it starts loading until the run is on show, and while it
// plays. These run on their own, one browser at a time, after every other spec (`npm run
// test:e2e`), so what they measure is the page, not the other tests. Each case is measured five
// times, each visit right after one of the plain page, and held to the promise typically: in the
// median visit. A machine slower or busier than the one the promise was measured on (2 shared
// cores, software raster) gets a proportionate bound, visit by visit: no visit is held below 1.5
// times the plain page's longest wait just before it (the machine's business comes and goes, so a
// visit is compared with its neighbour, not with the run's typical plain page). All five are reported.

const PROMISE_MS = 200;
const TRIES = 5;
test.use({ reducedMotion: 'no-preference' });

/** Opens `url` and returns the longest wait from the page's start until its run shows and 20 frames were drawn. */
async function opening(page: Page, url: string): Promise<number> {
  await page.goto(`./${url}`);
  await expect(statusLine(page)).toContainText(/^Tick \d+ —/, { timeout: 60_000 });
  await frames(page, 20);
  return longestWait(page);
}

interface Tries {
  waits: number[];
  /** The plain page's longest wait, opened just before each visit: how busy the machine is. */
  plain: number[];
}

/** `TRIES` visits of a case (`measure`), each right after one of the plain page. */
async function tries(page: Page, measure: () => Promise<number>): Promise<Tries> {
  const waits: number[] = [];
  const plain: number[] = [];
  for (let i = 0; i < TRIES; i++) {
    plain.push(Math.round(await opening(page, '')));
    waits.push(Math.round(await measure()));
  }
  return { waits, plain };
}

function holds(what: string, { waits, plain }: Tries): void {
  const bounds = plain.map((before) => Math.max(PROMISE_MS, Math.round(1.5 * before)));
  // Printed for the record (the README's and the figures come from these lines).
  const said = `longest waits ${waits.join(', ')} ms (the plain page ${plain.join(', ')})`;
  console.log(`${said}: ${what.slice(0, 70) || 'the plain page'}`);
  // At least three of the five visits within their bounds.
  const over = waits.map((wait, i) => wait - bounds[i]);
  expect(
    median(over),
    `${what}: ${said}; over their bounds by ${over.join(', ')} ms`,
  ).toBeLessThanOrEqual(0);
}

// Every link issue 14 found freezing, crashing or blanking the tab, and the plain page.
const LINKS: string[] = [
  '',
  '?p2p=complete&n=100000',
  '?p2p=complete&n=3000',
  '?fail=0.5&failure=central&n=20000',
  '?p2p=communities&comm=1&degree=100&n=30000',
  '?n=2000&traffic=requests&load=1&maxt=100000&t=100000',
  '?traffic=requests&load=1&n=100000',
  '?n=100000',
  '?n=5000&traffic=requests&load=0.05&t=300',
  `?ev=${Array.from({ length: 1500 }, (_, i) => `x${i}`).join('_')}`,
  `?${Array.from({ length: 1000 }, (_, i) => `k${i}=1`).join('&')}`,
];

for (const url of LINKS) {
  test(`opening ${url.slice(0, 60) || 'the plain page'} keeps no input waiting over ${PROMISE_MS} ms`, async ({
    page,
    errors,
  }) => {
    test.slow();
    await watchWaits(page);
    holds(url, await tries(page, () => opening(page, url)));
    expect(errors).toEqual([]);
  });
}

// Playing the heaviest runs the schema allows: every tick is worked out between frames.
for (const url of ['?n=100000', '?n=100000&adapt=on&traffic=requests&load=0.001']) {
  test(`playing ${url} keeps no input waiting over ${PROMISE_MS} ms`, async ({ page, errors }) => {
    test.slow();
    await watchWaits(page);
    const play = page.getByRole('button', { name: 'Play', exact: true });
    const pause = page.getByRole('button', { name: 'Pause', exact: true });
    const playing = async () => {
      await opening(page, url);
      await forgetWaits(page);
      const before = await statusLine(page).textContent();
      await play.click();
      await frames(page, 150);
      await pause.click();
      // It did play: ticks went by.
      await expect(statusLine(page)).not.toHaveText(before ?? '');
      return longestWait(page);
    };
    holds(`${url}, playing`, await tries(page, playing));
    expect(errors).toEqual([]);
  });
}

// A run whose ties multiply until its queues outgrow the page (`torture.spec.ts`), played until it
// stops: millions of sends queued on new ties, tens of thousands of ties drawn.
test(`playing a run whose ties multiply until it stops keeps no input waiting over ${PROMISE_MS} ms`, async ({
  page,
  errors,
}) => {
  test.slow();
  await watchWaits(page);
  const url = '?n=5000&cap=inf&adapt=on&load=0.02';
  const playing = async () => {
    await opening(page, url);
    await forgetWaits(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect(
      page
        .getByRole('alert')
        .getByRole('listitem')
        .filter({ hasText: /^The run stopped/ }),
    ).toHaveCount(1, { timeout: 90_000 });
    await frames(page, 20);
    return longestWait(page);
  };
  holds(`${url}, played until it stops`, await tries(page, playing));
  expect(errors).toEqual([]);
});

/** A value for a setting from anywhere in its range (or, now and then, something it is not). */
function valueArb(name: string): fc.Arbitrary<string> {
  const spec = PARAMS.find((p) => p.url === name)!;
  const junk = fc.constantFrom('', 'NaN', '-1', '1e9', 'x');
  let good: fc.Arbitrary<string>;
  if (spec.type === 'enum') good = fc.constantFrom(...spec.options);
  else if (spec.type === 'source')
    good = fc.oneof(
      fc.constantFrom(...spec.options),
      fc.integer({ min: 0, max: 100000 }).map(String),
    );
  else {
    const { min, max } = spec;
    const inRange =
      spec.type === 'int'
        ? fc.integer({ min, max }).map(String)
        : fc.double({ min, max, noNaN: true }).map((v) => String(Math.round(v * 1000) / 1000));
    good = spec.unlimited ? fc.oneof(inRange, fc.constant('inf')) : inRange;
  }
  return fc.oneof({ weight: 5, arbitrary: good }, { weight: 1, arbitrary: junk });
}

test(`generated links across every setting keep no input waiting over ${PROMISE_MS} ms`, async ({
  page,
  errors,
}) => {
  test.setTimeout(600_000);
  const keys = PARAMS.map((p) => p.url);
  const queries = fc.sample(
    fc
      .array(fc.constantFrom(...keys), { minLength: 1, maxLength: 10 })
      .chain((chosen) => fc.tuple(...chosen.map((k) => valueArb(k).map((v) => [k, v] as const))))
      .chain((pairs) =>
        fc.tuple(fc.constant(pairs), fc.integer({ min: 0, max: 400 }), fc.boolean()),
      )
      .map(([pairs, t, withT]) => {
        const q = new URLSearchParams(pairs.map(([k, v]) => [k, v]));
        if (withT) q.append('t', String(t));
        return q.toString();
      }),
    // The same links every run (a CI run must not pass or fail by the draw); FC_SEED=<n> tries others.
    { numRuns: 6, seed: Number(process.env.FC_SEED ?? 14) },
  );
  await watchWaits(page);
  for (const query of queries) {
    holds(query, await tries(page, () => opening(page, `?${query}`)));
    // A notice where something was trimmed or ignored: the page reads the link as `stateFromUrl` does.
    if (stateFromUrl(query).notices.length > 0)
      await expect(page.getByRole('alert'), query).toBeVisible();
    else await expect(page.getByRole('alert'), query).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test(`importing a state file of 5,000 people at tick 100,000 keeps no input waiting over ${PROMISE_MS} ms`, async ({
  page,
  errors,
}) => {
  test.slow();
  const file = heavyStateFile();
  await watchWaits(page);
  const importing = async () => {
    await opening(page, '');
    await page.getByRole('button', { name: 'Import org chart' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import org chart' });
    await forgetWaits(page);
    await dialog.getByLabel(/^Org chart file/).setInputFiles(file);
    await expect(statusLine(page)).toContainText(/^Tick \d+ — Hierarchy \d+ of 5000 informed/, {
      timeout: 60_000,
    });
    await frames(page, 20);
    return longestWait(page);
  };
  holds('heavy.json', await tries(page, importing));
  expect(errors).toEqual([]);
});
