import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, statusLine, step, test } from './fixtures.ts';

// The static build as a host would serve it: from a sub-path, with the
// `Access-Control-Allow-Origin: *` that GitHub Pages sends (a frame sandboxed
// without allow-same-origin loads the lab's scripts as cross-origin requests).
const PREFIX = '/some/sub/path/';
const DIST = resolve('dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
};
let server: Server;
let origin = '';

test.beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname === '/host.html') {
      res.setHeader('content-type', 'text/html');
      res.end(
        `<!doctype html><title>Slides</title><h1>My slide</h1><iframe title="The lab" src="${PREFIX}?embed=1&autoplay=1&n=30&cap=inf" width="900" height="560" sandbox="allow-scripts"></iframe>`,
      );
      return;
    }
    if (!url.pathname.startsWith(PREFIX)) {
      res.statusCode = 404;
      res.end();
      return;
    }
    let file = join(DIST, decodeURIComponent(url.pathname.slice(PREFIX.length)));
    if (!file.startsWith(DIST) || !existsSync(file) || statSync(file).isDirectory())
      file = join(file.startsWith(DIST) && existsSync(file) ? file : DIST, 'index.html');
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.setHeader('access-control-allow-origin', '*');
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});

test.afterAll(() => new Promise<void>((done) => server.close(() => done())));

test('the build works from a sub-path and asks nothing of anyone else', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}${PREFIX}`) && !/^(data|blob):/.test(r.url()))
      outside.push(r.url());
  });
  await page.goto(`${origin}${PREFIX}?n=30&cap=2`);
  await expect(page.getByRole('region', { name: 'Hierarchy' }).locator('canvas')).toHaveAttribute(
    'data-people',
    '30',
  );
  await step(page);
  await expect(statusLine(page)).toContainText('Tick 1 —');
  await expect(page.getByRole('link', { name: 'Download for offline use' })).toHaveAttribute(
    'href',
    './offline.html',
  );
  expect(outside).toEqual([]);
});

test('dist/offline.html works from disk with no requests at all, and reads its URL', async ({
  page,
}) => {
  const file = pathToFileURL(join(DIST, 'offline.html')).href;
  const requests: string[] = [];
  page.on('request', (r) => {
    if (!/^(data|blob):/.test(r.url()) && !r.url().startsWith(file)) requests.push(r.url());
  });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${file}?n=25&p2p=complete&src=top&cap=inf`);
  await expect(
    page.getByRole('region', { name: 'Peer-to-peer' }).locator('canvas'),
  ).toHaveAttribute('data-people', '25');
  await step(page);
  await expect(statusLine(page)).toContainText('Peer-to-peer 25 of 25 informed');
  // "Who starts it" runs too (in a worker if the browser allows one here, else in slices).
  await page.getByRole('button', { name: 'Who starts it?' }).click();
  await expect(page.getByRole('region', { name: 'Who starts it', exact: true })).toContainText(
    'Hierarchy:',
  );
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});

test('embedded in a sandboxed frame: graphs only, autoplay, keys work in the frame', async ({
  page,
}) => {
  await page.goto(`${origin}/host.html`);
  const frame = page.frameLocator('iframe[title="The lab"]');
  await expect(frame.getByRole('region', { name: 'Hierarchy' })).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Play' })).toHaveCount(0);
  await expect(frame.getByRole('form', { name: 'Settings' })).toHaveCount(0);
  await expect(frame.getByRole('slider', { name: 'Timeline' })).toHaveCount(0);
  // It plays by itself…
  await expect(frame.locator('.live-status')).toContainText(/Tick [1-9]/);
  // …and answers keys once the frame has focus: R starts the same run again from tick 0.
  await frame.locator('.live-status').click();
  await page.keyboard.press('Space');
  await page.keyboard.press('r');
  await expect(frame.locator('.live-status')).toContainText('Tick 0 —');
  const link = frame.getByRole('link', { name: 'open in the lab' });
  await expect(link).toHaveAttribute(
    'href',
    new RegExp(`${PREFIX.replace(/\//g, '\\/')}\\?v=1.*n=30`),
  );
  await expect(link).not.toHaveAttribute('href', /embed=1/);
});
