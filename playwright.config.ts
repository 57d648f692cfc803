import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS as args, findChromium } from './scripts/find-chromium.js';

const browser = findChromium();

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: 'http://127.0.0.1:4173/',
    // Tests drive runs tick by tick: with reduced motion a message jumps instead of gliding for
    // half a second, so a step costs one frame of drawing, not thirty (which on a busy machine
    // made a 19-step run outlast the timeout). e2e/renders.spec.ts plays with motion on.
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: browser?.executablePath, args },
  },
  projects: [
    {
      // `npm test`: what passes or fails.
      name: 'chromium',
      testMatch: '**/*.spec.ts',
      testIgnore: '**/answering.spec.ts',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } },
    },
    {
      // `npm test`, after the rest and one browser at a time: how long the page keeps an input
      // waiting is a measure of the page only when nothing else runs beside it.
      name: 'answering',
      testMatch: '**/answering.spec.ts',
      workers: 1,
      // Recording a trace would take its share of the two cores from the page being timed.
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 }, trace: 'off' },
    },
    {
      // `npm run shots`: pictures to look at, written to screenshots/.
      name: 'shots',
      testMatch: '**/*.shots.ts',
      use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 720 } },
    },
  ],
  webServer: {
    command: 'npx vite preview --host 127.0.0.1 --port 4173 --strictPort',
    url: 'http://127.0.0.1:4173/',
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
