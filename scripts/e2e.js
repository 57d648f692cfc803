// `npm run test:e2e`: makes sure a Chromium is there (installing one if it can),
// builds the production bundle and runs the Playwright specs against `vite preview`.
// Arguments go to `playwright test`; without a --project it runs the pass/fail specs, then the
// ones that time the page on their own (`npm run shots` passes --project=shots for the pictures).
import { spawnSync } from 'node:child_process';
import { findChromium } from './find-chromium.js';

const run = (command, args, options = {}) =>
  spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32', ...options })
    .status ?? 1;
const has = (command) =>
  spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

function installChromium() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && has('apt-get')) {
    console.log('e2e: no Chromium found; installing Debian’s chromium with apt-get …');
    if (
      run('apt-get', ['update', '-qq']) === 0 &&
      run('apt-get', ['install', '-y', '-qq', 'chromium']) === 0
    )
      return;
  }
  console.log('e2e: no Chromium found; asking Playwright to download its own …');
  run('npx', ['playwright', 'install', 'chromium']);
}

let browser = findChromium();
if (!browser) {
  installChromium();
  browser = findChromium();
}
if (!browser) {
  console.error(`
e2e: could not find or install a Chromium for the end-to-end tests.
Do one of these, then run the tests again:
  - npx playwright install chromium          (Playwright's own browser)
  - sudo apt-get install chromium            (Debian/Ubuntu)
  - CHROMIUM_PATH=/path/to/chrome npm test   (any Chromium or Chrome you have)
`);
  process.exit(1);
}
console.log(
  `e2e: using ${browser.source === 'Playwright' ? 'Playwright’s Chromium' : browser.executablePath}`,
);
const env = {
  ...process.env,
  ...(browser.executablePath ? { CHROMIUM_PATH: browser.executablePath } : {}),
};
if (run('npm', ['run', '-s', 'build'], { env }) !== 0) process.exit(1);
const args = process.argv.slice(2);
if (args.some((a) => a.startsWith('--project')))
  process.exit(run('npx', ['playwright', 'test', ...args], { env }));
// The pass/fail specs, then — on their own, one browser at a time — the ones that measure how long
// the page keeps an input waiting (answering.spec.ts). Arguments (spec files, -g …) go to both.
let failed = 0;
for (const project of ['chromium', 'answering']) {
  const status = run('npx', ['playwright', 'test', `--project=${project}`, '--pass-with-no-tests', ...args], { env }); // prettier-ignore
  if (status !== 0) failed = status;
}
process.exit(failed);
