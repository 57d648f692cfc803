import type { Page } from '@playwright/test';

// How long the page keeps an input waiting, measured as issue 14 asks: a chain of MessageChannel
// pings from the moment the page starts (before any of its own scripts), each sent 16 ms after the
// last one was answered. A ping answered `gap` ms after the last is a wait of `gap - 16` ms: the
// longest time something pressed meanwhile would have waited for the page to take it.

/** Starts the probe on every page `page` opens from now on (it runs before the page's scripts). */
export async function watchWaits(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __waits: number[] };
    w.__waits = [];
    let last = performance.now();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      const now = performance.now();
      w.__waits.push(now - last - 16);
      last = now;
      setTimeout(() => channel.port2.postMessage(0), 16);
    };
    channel.port2.postMessage(0);
  });
}

/** The longest wait since the page opened (or since `forgetWaits`), in ms. */
export const longestWait = (page: Page): Promise<number> =>
  page.evaluate(() =>
    (window as unknown as { __waits: number[] }).__waits.reduce((a, b) => Math.max(a, b), 0),
  );

/** Starts counting afresh on the page as it is. */
export const forgetWaits = (page: Page): Promise<void> =>
  page.evaluate(() => void ((window as unknown as { __waits: number[] }).__waits = []));

/** Lets `frames` animation frames pass (the page drawing and answering as it goes). */
export const frames = (page: Page, frames: number): Promise<void> =>
  page.evaluate(
    (count) =>
      new Promise<void>((done) => {
        const next = (left: number) =>
          left === 0 ? done() : requestAnimationFrame(() => next(left - 1));
        next(count);
      }),
    frames,
  );

export const median = (xs: readonly number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
