import { defineConfig } from 'vitest/config';

// End to end: the app built with `next build`, served by `next start`, driven in the installed Chromium
// (npm run test:next installs and builds first: scripts/prepare.mjs).
export default defineConfig({
  test: {
    name: 'example-next-app',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
