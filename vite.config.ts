import { fileURLToPath } from 'node:url';
import { createServer, defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * What the built page may load: its own scripts, styles and language chunks; workers from blobs
 * (they are inlined); pictures from data and blob URLs (exports). Nothing else — no framing of
 * other pages, no plugins, no form posts. `scripts/offline.js` adds the hashes of the single
 * file's inline scripts. Only in builds: the dev server injects inline scripts of its own.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<head>',
        `<head>\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  };
}

/**
 * The default page's markup rendered by the app itself (`src/prerender.tsx`, loaded through a
 * throwaway Vite server in Node) into the built `index.html`, so a visit to the plain address
 * shows the page, graphs drawn by `src/boot.ts`, before the app's scripts have loaded.
 */
function prerenderDefaultPage(): Plugin {
  return {
    name: 'prerender-default-page',
    apply: 'build',
    async transformIndexHtml(html) {
      const server = await createServer({
        configFile: false,
        root: fileURLToPath(new URL('.', import.meta.url)),
        server: { middlewareMode: true, hmr: false },
        appType: 'custom',
        logLevel: 'error',
      });
      try {
        const { render } = (await server.ssrLoadModule('/src/prerender.tsx')) as {
          render(): Promise<string>;
        };
        const markup = await render();
        const empty = '<div id="root"></div>';
        if (!html.includes(empty)) throw new Error('prerender: index.html has no empty #root');
        return html.replace(empty, `<div id="root" data-prerendered="">${markup}</div>`);
      } finally {
        await server.close();
      }
    },
  };
}

// `base: './'` makes every asset path relative, so dist/ works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy(), prerenderDefaultPage()],
  build: { target: 'es2022', sourcemap: false },
  // Any origin may load the build: a frame sandboxed without allow-same-origin (an older embed
  // code, a locked-down host) loads the lab's scripts as cross-origin requests.
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
