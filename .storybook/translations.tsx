import type { Decorator } from '@storybook/react-vite';
import { translate, translationTarget } from '../packages/react/test/storyTexts';

export type { Translations } from '../packages/react/test/storyTexts';

/**
 * A story's text args (label, hint, error, option labels) in the toolbar's language, from the story file's
 * `parameters.translations` (packages/react/test/storyTexts.ts says how): each arg that still has its story's
 * value and has a translation. One story serves fi, sv and en. An arg changed in the controls is left as it is.
 * Render functions translate their own texts with `storyTexts(context)` from the same file.
 */
export const withTranslatedArgs: Decorator = (Story, context) => {
  const to = translationTarget(context);
  if (!to) return <Story />;
  const args = Object.fromEntries(
    Object.entries(context.args).map(([name, value]) => [name, value === context.initialArgs[name] ? translate(value, to.table, to.locale) : value]),
  );
  return <Story args={args} />;
};
