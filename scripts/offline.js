// Moves the single-file build into dist/ as offline.html (after both builds ran), and lets its
// Content-Security-Policy allow exactly the inline scripts it carries, by their SHA-256 hashes.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const from = 'dist-offline/index.html';
if (!existsSync(from)) {
  console.error(`offline: ${from} is missing; run the offline build first`);
  process.exit(1);
}
let html = readFileSync(from, 'utf8');
const hashes = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
  .filter((m) => m[1].length > 0)
  .map((m) => `'sha256-${createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
if (!html.includes("script-src 'self'")) {
  console.error('offline: the page has no Content-Security-Policy to extend');
  process.exit(1);
}
html = html.replace("script-src 'self'", `script-src 'self' ${hashes.join(' ')}`);
writeFileSync('dist/offline.html', html);
rmSync('dist-offline', { recursive: true, force: true });
console.log(
  `offline: wrote dist/offline.html (${hashes.length} inline script hash(es) in its CSP)`,
);
