import { encodeOrg, parseOrgChart } from '../src/model/networks/orgChart/index.ts';
import { expect, test as base, type Locator, type Page } from '@playwright/test';

// What every spec shares: the page's console errors, the visible status line, stepping, and a
// count of React renders. Specs import `test` and `expect` from here.

/**
 * The status line as the eye reads it: it follows every tick. (The `role=status` copy is
 * throttled for screen readers while playing, so waiting on it for a given tick is a race.)
 */
export const statusLine = (page: Page): Locator => page.locator('.live-status');

/** The throttled, screen-reader copy of the status line: checked only where it must settle. */
export const narration = (page: Page): Locator => page.getByRole('status');

/** Presses Step `n` times, waiting for each tick to show before the next press. */
export async function step(page: Page, n = 1): Promise<void> {
  const button = page.getByRole('button', { name: 'Step', exact: true });
  for (let i = 0; i < n; i++) {
    const before = await statusLine(page).textContent();
    await button.click();
    await expect(statusLine(page)).not.toHaveText(before ?? '');
  }
}

/** Steps until the run is finished (at most `limit` ticks), waiting for each tick. */
export async function stepToEnd(page: Page, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await statusLine(page).textContent())?.includes('(run finished)')) return;
    await step(page);
  }
  throw new Error(`the run did not finish within ${limit} steps`);
}

/**
 * Waits until the canvases have drawn what the store holds: two animation frames after the
 * state settled. With reduced motion (`settle` asks for it) nothing glides, so that is final.
 */
export async function drawn(page: Page): Promise<void> {
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** The tick the visible status line shows. */
export async function shownTick(page: Page): Promise<number> {
  const text = (await statusLine(page).textContent()) ?? '';
  return Number(/^Tick (\d+)/.exec(text)?.[1] ?? NaN);
}

/**
 * Installs a stand-in for React DevTools' hook before the page's scripts run, so every commit
 * reports which components rendered (the same test DevTools uses: a component rendered if React
 * marked it as having performed work, or it mounted; subtrees React skipped are not walked).
 * `renderCount(page)` reads the running total.
 */
export async function countRenders(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const PERFORMED_WORK = 1;
    const COMPONENT_TAGS = new Set([0, 1, 11, 14, 15]);
    type Fiber = {
      tag: number;
      flags: number;
      child: Fiber | null;
      sibling: Fiber | null;
      alternate: Fiber | null;
      type: { name?: string; displayName?: string } | string | null;
    };
    const counts = { total: 0, commits: 0, byName: {} as Record<string, number> };
    const note = (fiber: Fiber) => {
      if (!COMPONENT_TAGS.has(fiber.tag)) return;
      counts.total++;
      const type = fiber.type;
      const name = (typeof type !== 'string' && type && (type.displayName || type.name)) || '?';
      counts.byName[name] = (counts.byName[name] ?? 0) + 1;
    };
    const mounted = (fiber: Fiber | null) => {
      for (let f = fiber; f; f = f.sibling) {
        note(f);
        mounted(f.child);
      }
    };
    const updated = (fiber: Fiber) => {
      const previous = fiber.alternate;
      if (!previous) {
        note(fiber);
        mounted(fiber.child);
        return;
      }
      if (fiber.flags & PERFORMED_WORK) note(fiber);
      if (fiber.child === previous.child) return;
      for (let f = fiber.child; f; f = f.sibling) updated(f);
    };
    let id = 0;
    (window as unknown as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject: () => ++id,
      checkDCE: () => undefined,
      onScheduleFiberRoot: () => undefined,
      onCommitFiberUnmount: () => undefined,
      onPostCommitFiberRoot: () => undefined,
      onCommitFiberRoot: (_id: number, root: { current: Fiber }) => {
        counts.commits++;
        for (let f = root.current.child; f; f = f.sibling) updated(f);
      },
    };
    (window as unknown as Record<string, unknown>).__renders = counts;
  });
}

export interface RenderCounts {
  total: number;
  commits: number;
  byName: Record<string, number>;
}

export const renderCount = (page: Page): Promise<RenderCounts> =>
  page.evaluate(() =>
    JSON.parse(JSON.stringify((window as unknown as { __renders: RenderCounts }).__renders)),
  );

/** Console errors and uncaught exceptions, collected for the whole test. */
export const test = base.extend<{ errors: string[] }>({
  errors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await use(errors);
  },
});

export { expect };

/**
 * A state file (for Import org chart) of a 5,000-person org under full request load at tick 100,000:
 * issue 14's file that once held the tab for over nine minutes.
 */
export function heavyStateFile(): { name: string; mimeType: string; buffer: Buffer } {
  const lines = ['id,name,manager', 'p0,P0,'];
  for (let i = 1; i < 5000; i++) lines.push(`p${i},P${i},p${Math.floor((i - 1) / 5)}`);
  const org = parseOrgChart(lines.join('\n'));
  if (!org.ok) throw new Error(org.errors.join(' '));
  const state = {
    url: '?v=1&traffic=requests&load=1&maxt=100000&t=100000',
    org: encodeOrg(org.value),
  };
  return {
    name: 'heavy.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(state), 'utf8'),
  };
}
