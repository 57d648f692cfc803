// Moves the single-file build into dist/ as offline.html (after both builds ran).
import { existsSync, renameSync, rmSync } from 'node:fs';

const from = 'dist-offline/index.html';
if (!existsSync(from)) {
  console.error(`offline: ${from} is missing; run the offline build first`);
  process.exit(1);
}
renameSync(from, 'dist/offline.html');
rmSync('dist-offline', { recursive: true, force: true });
console.log('offline: wrote dist/offline.html');
