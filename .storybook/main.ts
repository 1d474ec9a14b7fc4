import type { StorybookConfig } from '@storybook/react-vite';
import { fileURLToPath } from 'node:url';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../docs/**/*.mdx', '../packages/react/src/**/*.mdx', '../packages/react/src/**/*.stories.tsx', '../docs/**/*.stories.tsx'],
  addons: [
    // The docs are written in GitHub-flavoured Markdown (pipe tables above all); MDX alone prints them as text.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
  ],
  framework: { name: '@storybook/react-vite', options: { strictMode: true } },
  // The design-tool token files (one DTCG file per theme, built by npm run build:tokens), downloadable from
  // Docs/For designers as tokens/aukio-<theme>.tokens.json.
  // An absolute path: the gate test (scripts/gate) runs this config from another root.
  staticDirs: [{ from: fileURLToPath(new URL('../packages/tokens/dist/dtcg', import.meta.url)), to: '/tokens' }],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      // 'primary' | 'secondary' as a choice of options, not a JSON field.
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The component's own props, and the few native ones a designer sets as states.
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules') || ['disabled', 'required', 'readOnly', 'placeholder'].includes(prop.name),
    },
  },
};

export default config;
