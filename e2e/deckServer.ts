import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { test } from '@playwright/test';
import { embedCode } from '../src/ui/share/embedCode.ts';

// A real reveal.js 6 deck on one origin embedding the lab (served like `npm run preview`, from
// dist/) on another, with exactly the code "Copy embed code" produces. `useDeck()` in a spec
// file starts both servers for its tests and returns their origins.
const DIST = resolve('dist');
const REVEAL = resolve('node_modules/reveal.js/dist');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
};
/** Every server started here; `useDeck` closes them after its file's tests. */
export const servers: Server[] = [];

export function sendFile(res: ServerResponse, path: string): void {
  res.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
  createReadStream(path).pipe(res);
}

/** Starts a server on a free port of 127.0.0.1 and returns its origin. */
export async function serve(handler: (url: URL, res: ServerResponse) => void): Promise<string> {
  const server = createServer((req, res) => handler(new URL(req.url ?? '/', 'http://x'), res));
  servers.push(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** dist/ as a plain static host serves it (no CORS headers); unknown paths get index.html. */
export function serveDist(url: URL, res: ServerResponse): void {
  const path = join(DIST, decodeURIComponent(url.pathname));
  const found = path.startsWith(DIST) && existsSync(path) && !statSync(path).isDirectory();
  sendFile(res, found ? path : join(DIST, 'index.html'));
}

export function useDeck(): { lab: string; deck: string } {
  const origins = { lab: '', deck: '' };
  test.beforeAll(async () => {
    origins.lab = await serve(serveDist);
    origins.deck = await serve((url, res) => {
      if (url.pathname.startsWith('/reveal/')) {
        sendFile(res, join(REVEAL, url.pathname.slice('/reveal/'.length)));
        return;
      }
      const frame = embedCode(`${origins.lab}/?v=1&scene=bottlenecks&embed=1&autoplay=1`, 960, 540);
      res.setHeader('content-type', 'text/html');
      res.end(`<!doctype html><html><head><meta charset="utf-8"><title>Deck</title>
<link rel="stylesheet" href="/reveal/reveal.css"><link rel="stylesheet" href="/reveal/theme/white.css"></head><body>
<div class="reveal"><div class="slides">
<section><h1>Why peers?</h1></section>
<section><h2>Bottlenecks</h2>${frame}</section>
<section><h1>Questions</h1></section>
</div></div>
<script src="/reveal/reveal.js"></script>
<script>Reveal.initialize({ width: 1280, height: 720, transition: 'none' });</script>
</body></html>`);
    });
  });

  test.afterAll(() => Promise.all(servers.map((s) => new Promise((done) => s.close(done)))));
  return origins;
}
