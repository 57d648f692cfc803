// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then Playwright's
// own browser, then a system one. Returns { executablePath } (undefined means
// "Playwright's own"), or null when there is none.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags that keep a root, offline, headless Chromium quiet and working (harmless elsewhere). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  try {
    if (existsSync(chromium.executablePath()))
      return { executablePath: undefined, source: 'Playwright' };
  } catch {
    // Playwright has no browser of its own here.
  }
  const system = SYSTEM_BROWSERS.find((path) => existsSync(path));
  return system ? { executablePath: system, source: 'system' } : null;
}
