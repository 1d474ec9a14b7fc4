import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

const react18 = (path: string) => fileURLToPath(new URL(`./compat/react18/node_modules/${path}`, import.meta.url));

// A fresh object per project: Vitest names the instances after their project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
});

// Story-test modes (see .storybook/preview.tsx).
const storyModes: { name: string; mode: string; viewport?: { width: number; height: number } }[] = [
  { name: 'stories', mode: 'light' },
  { name: 'stories:dark', mode: 'dark' },
  { name: 'stories:high-contrast', mode: 'high-contrast' },
  { name: 'stories:reflow', mode: 'reflow', viewport: { width: 320, height: 640 } },
];

export default defineConfig({
  plugins: [react()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      {
        // The same unit tests against React 18.3 (installed in compat/react18 by npm run test:react18).
        extends: true,
        resolve: {
          alias: [
            { find: /^react$/, replacement: react18('react') },
            { find: /^react\/(.*)$/, replacement: react18('react/$1') },
            { find: /^react-dom$/, replacement: react18('react-dom') },
            { find: /^react-dom\/(.*)$/, replacement: react18('react-dom/$1') },
            { find: /^@testing-library\/react$/, replacement: react18('@testing-library/react') },
          ],
        },
        test: {
          name: 'unit-react18',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}', 'packages/react/test/**/*.test.{ts,tsx}'],
          env: { AUKIO_EXPECT_REACT: '18' },
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      // Every story in every mode: light (`stories`), dark, high contrast, and reflow (320 CSS px wide at 200 %
      // text). .storybook/preview.tsx reads the mode from __AUKIO_STORY_MODE__ and sets the attributes on <html>.
      // Run them all with `vitest run --project 'stories*'`.
      ...storyModes.map((mode) => ({
        extends: true as const,
        plugins: [storybookTest({ configDir: '.storybook' })],
        define: { __AUKIO_STORY_MODE__: JSON.stringify(mode.mode) },
        test: {
          name: mode.name,
          browser: { ...browser(), ...(mode.viewport ? { viewport: mode.viewport } : {}) },
          testTimeout: 30_000,
        },
      })),
      {
        // The gate's own test: fixture stories that must fail under the same configuration.
        extends: true,
        plugins: [storybookTest({ configDir: 'scripts/gate/.storybook' })],
        test: { name: 'gate', browser: browser(), testTimeout: 30_000 },
      },
    ],
  },
});
