import { defineConfig } from 'vitest/config';

// The end-to-end tests of the example: a real server and the installed Chromium (see test/e2e.test.ts).
export default defineConfig({
  test: {
    name: 'example-city-service',
    environment: 'node',
    include: ['test/**/*.test.ts'],
    testTimeout: 240_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
