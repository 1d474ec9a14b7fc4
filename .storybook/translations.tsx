import type { Decorator } from '@storybook/react-vite';

/**
 * A story file's example texts in Swedish and English, keyed by the Finnish text its args use:
 * `parameters: { translations: { Etunimi: { sv: 'Förnamn', en: 'First name' } } }` on the meta (or a story).
 * With the toolbar's Language at sv or en, each text arg (label, hint, error, option labels) that still has its
 * story's value and has a translation is shown in that language, on docs pages and in the story view. One story
 * serves fi, sv and en. A story that sets its own `globals: { locale }` (the Swedish and English stories) and an
 * arg changed in the controls are left as they are.
 */
export type Translations = Record<string, { sv: string; en: string }>;

function translate(value: unknown, table: Translations, locale: 'sv' | 'en'): unknown {
  if (typeof value === 'string') return table[value]?.[locale] ?? value;
  if (Array.isArray(value)) return value.map((item) => translate(item, table, locale));
  // Option objects ({ value, label, hint }): their texts, not their values.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'value' || k === 'id' ? v : translate(v, table, locale)]));
  }
  return value;
}

export const withTranslatedArgs: Decorator = (Story, context) => {
  const table = context.parameters.translations as Translations | undefined;
  const locale = context.globals.locale;
  if (!table || (locale !== 'sv' && locale !== 'en') || context.storyGlobals?.locale !== undefined) return <Story />;
  const args = Object.fromEntries(
    Object.entries(context.args).map(([name, value]) => [name, value === context.initialArgs[name] ? translate(value, table, locale) : value]),
  );
  return <Story args={args} />;
};
