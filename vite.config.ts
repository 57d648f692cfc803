import { defineConfig, type Plugin } from 'vite';
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

// `base: './'` makes every asset path relative, so dist/ works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: { target: 'es2022', sourcemap: false },
  // Any origin may load the build: a frame sandboxed without allow-same-origin (an older embed
  // code, a locked-down host) loads the lab's scripts as cross-origin requests.
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
