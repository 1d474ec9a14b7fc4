import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/', '**/.next/', 'storybook-static/', 'node_modules/', 'coverage/', 'reports/', '**/*.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  jsxA11y.flatConfigs.strict,
  {
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // App text is always rendered as text, never parsed as HTML.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Aukio renders app text as text: dangerouslySetInnerHTML is not allowed in the packages.',
        },
      ],
    },
  },
  {
    // Stories and tests show and check components; the fixtures of the gate are broken on purpose.
    files: ['**/*.stories.tsx', '**/*.test.tsx', 'scripts/gate/fixtures/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
