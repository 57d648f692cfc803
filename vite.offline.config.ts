import { defineConfig, mergeConfig, type Plugin } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import base from './vite.config.ts';

/** The favicon as a data URI, so the single file asks for nothing. */
function inlineFavicon(): Plugin {
  return {
    name: 'inline-favicon',
    transformIndexHtml: (html) =>
      html.replace(
        /<link rel="icon" href="\.\/favicon\.svg" type="image\/svg\+xml" \/>/,
        '<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 32 32%22%3E%3Ccircle cx=%2216%22 cy=%2216%22 r=%2210%22 fill=%22%230072B2%22/%3E%3C/svg%3E" />',
      ),
  };
}

/** Workers are separate files in the main build; the single file carries them inlined. */
function inlineWorkers(): Plugin {
  return {
    name: 'inline-workers',
    enforce: 'pre',
    transform: (code, id) =>
      /\/src\/.*\.tsx?$/.test(id) && code.includes("?worker'")
        ? code.replaceAll("?worker'", "?worker&inline'")
        : undefined,
  };
}

// The second build: one self-contained HTML file (scripts, styles and the
// worker inlined) that works opened straight from disk. scripts/offline.js
// moves it to dist/offline.html.
export default mergeConfig(
  base,
  defineConfig({
    plugins: [inlineWorkers(), viteSingleFile(), inlineFavicon()],
    build: { outDir: 'dist-offline', emptyOutDir: true, copyPublicDir: false },
  }),
);
