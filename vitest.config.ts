import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    // A timeout catches a hang, not slowness (speed is `npm run bench`'s): the property tests take
    // 4-5 s alone on a shared 2-core machine, past the default 5 s when the files run side by side.
    testTimeout: 30_000,
  },
});
