import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.ts';

const react18 = (path: string) => fileURLToPath(new URL(`./compat/react18/node_modules/${path}`, import.meta.url));

// A fresh object per project: Vitest names the instances after their project.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: chromiumLaunchOptions() }),
  instances: [{ browser: 'chromium' as const }],
});

// Story-test modes (see .storybook/preview.tsx): `stories` in light; `stories:themes` renders each story once
// in dark and runs axe in dark and then in high contrast; `stories:reflow` at 320 CSS px with 200 % text (the
// viewport is set in preview.tsx, because the Storybook test plugin sets each story's viewport from its
// parameters and globals). Run them all with `vitest run --project 'stories*'`.
const storyModes: { name: string; mode: string }[] = [
  { name: 'stories', mode: 'light' },
  { name: 'stories:themes', mode: 'themes' },
  { name: 'stories:reflow', mode: 'reflow' },
];

export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front: discovered mid-run, Vite would re-optimise and reload the browser tests.
  optimizeDeps: {
    include: ['react', 'react-dom', 'react-dom/client', 'react-dom/server', 'react/jsx-runtime', 'react/jsx-dev-runtime', 'storybook/test', 'storybook/viewport', 'axe-core', '@storybook/react-vite'],
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['packages/*/src/**/*.test.{ts,tsx}', 'packages/*/test/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'docs/**/*.test.ts'],
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
            // user-event must drive the same @testing-library/dom that this React's testing library configures.
            { find: /^@testing-library\/dom$/, replacement: react18('@testing-library/dom') },
          ],
        },
        test: {
          name: 'unit-react18',
          environment: 'jsdom',
          include: ['packages/react/src/**/*.test.{ts,tsx}', 'packages/react/test/**/*.test.{ts,tsx}'],
          // The fuzz test and the tests over every pattern story (docs/patterns) compose stories through Storybook,
          // which is bound to the root React 19 (its elements are not React 18's).
          exclude: ['packages/react/test/fuzz.test.tsx', 'packages/react/test/pattern-*.test.tsx'],
          // Inlined so the @testing-library/dom alias above applies inside user-event too.
          server: { deps: { inline: ['@testing-library/user-event'] } },
          env: { AUKIO_EXPECT_REACT: '18' },
          setupFiles: ['packages/react/test/setup.ts'],
        },
      },
      // Every story in every mode; .storybook/preview.tsx reads the mode from __AUKIO_STORY_MODE__.
      ...storyModes.map((mode) => ({
        extends: true as const,
        plugins: [
          storybookTest({ configDir: '.storybook' }),
          // The Storybook plugin names its Vite cache after the config dir, the same for every mode; a cache of
          // its own per extra mode stops the projects from racing over pre-bundled dependencies.
          ...(mode.name === 'stories'
            ? []
            : [{ name: 'aukio-story-mode-cache', config: () => ({ cacheDir: `node_modules/.cache/sb-vitest-${mode.mode}` }) }]),
        ],
        define: { __AUKIO_STORY_MODE__: JSON.stringify(mode.mode) },
        test: {
          name: mode.name,
          browser: browser(),
          testTimeout: 60_000,
        },
      })),
      {
        // Server rendering: every story rendered to a string and hydrated in Chromium (scripts/ssr).
        extends: true,
        test: {
          name: 'ssr',
          include: ['scripts/ssr/*.browser.test.tsx'],
          browser: browser(),
          testTimeout: 60_000,
        },
      },
      {
        // Screen-reader transcripts (scripts/sr, run by npm run test:sr): GNOME Orca hears the built Storybook in
        // a real Chromium window. One Orca per user at a time, so one file at a time; keys wait for silence.
        extends: true,
        test: {
          name: 'sr',
          environment: 'node',
          include: ['scripts/sr/all.transcript.ts'],
          fileParallelism: false,
          maxWorkers: 1,
          testTimeout: 180_000,
          hookTimeout: 120_000,
        },
      },
      {
        // The gate's own test: fixture stories that must fail under the same configuration.
        extends: true,
        plugins: [storybookTest({ configDir: 'scripts/gate/.storybook' })],
        test: { name: 'gate', browser: browser(), testTimeout: 60_000 },
      },
    ],
  },
});
