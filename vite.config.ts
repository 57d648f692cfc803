import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// `base: './'` makes every asset path relative, so dist/ works from any sub-path of a static host.
export default defineConfig({
  base: './',
  plugins: [react()],
  build: { target: 'es2022', sourcemap: false },
  // Any origin may load the build: a frame sandboxed without allow-same-origin (an older embed
  // code, a locked-down host) loads the lab's scripts as cross-origin requests.
  preview: { port: 4173, strictPort: true, headers: { 'Access-Control-Allow-Origin': '*' } },
});
