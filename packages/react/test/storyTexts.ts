/**
 * A story file's example texts in Swedish and English, keyed by the Finnish text its args use:
 * `parameters: { translations: { Etunimi: { sv: 'Förnamn', en: 'First name' } } }` on the meta (or a story).
 * The preview's decorator (.storybook/translations.tsx) translates a story's text args with it; `storyTexts`
 * translates the texts of a render function with the same table. With the toolbar's Language at sv or en the
 * texts are shown in that language, on docs pages and in the story view; a story that sets its own
 * `globals: { locale }` (the Swedish and English stories) is left as it is.
 */
import { cloneElement, isValidElement } from 'react';
import { catalogues, formatString, type AukioLocale, type AukioStrings } from '../src/i18n';

export type Translations = Record<string, { sv: string; en: string }>;

/** What of a story's context the texts depend on (a subset of Storybook's StoryContext). */
export interface TextContext {
  parameters: Record<string, unknown>;
  globals: Record<string, unknown>;
  storyGlobals?: Record<string, unknown>;
}

/** `value` in `locale`: a text, or the texts in an array or a plain object (option objects: not their value or id). */
export function translate(value: unknown, table: Translations, locale: 'sv' | 'en'): unknown {
  if (typeof value === 'string') return table[value]?.[locale] ?? value;
  if (Array.isArray(value)) return value.map((item) => translate(item, table, locale));
  // A React element is a plain object too: left as it is.
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype && !('$$typeof' in value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'value' || k === 'id' ? v : translate(v, table, locale)]));
  }
  return value;
}

/** The table and the toolbar's language, when the story's texts are to be translated (sv or en, and a table). */
export function translationTarget(context: TextContext) {
  const table = context.parameters.translations as Translations | undefined;
  const locale = context.globals.locale;
  if (!table || (locale !== 'sv' && locale !== 'en') || context.storyGlobals?.locale !== undefined) return undefined;
  return { table, locale } as const;
}

/**
 * For a render function whose texts are not args (a row of variants, the States overview): a function that
 * returns a text, an option list or a story's args in the toolbar's language:
 * `render: (args, context) => { const t = storyTexts(context); return <Tag>{t('Pysäköinti')}</Tag>; }`.
 * Give a component of the story the texts (or `t`), never the story context itself as a prop: the context is a
 * cyclic object, and Storybook's preview ran out of stack on it ("Maximum call stack size exceeded"), covering the
 * canvas with its error display (Pagination's button demo, 751b171).
 */
export function storyTexts(context: TextContext) {
  const to = translationTarget(context);
  return <T>(value: T): T => (to ? (translate(value, to.table, to.locale) as T) : value);
}

/**
 * Like `storyTexts`, into a language of your choice whatever the toolbar says: for a States overview's cell in a
 * language of its own (`<StateCell locale="sv">`), so its example texts match its built-in ones. Finnish: as written.
 */
export function storyTextsIn(context: Pick<TextContext, 'parameters'>, locale: AukioLocale) {
  const table = context.parameters.translations as Translations | undefined;
  return <T>(value: T): T => (table && locale !== 'fi' ? (translate(value, table, locale) as T) : value);
}

/**
 * A React element given as an arg (a header's navigation, a login button, a stack's children) with the texts of
 * its props through `t` from `storyTexts` (an item list's labels, a text child), and so on down its child
 * elements; an array of them, each; anything else as it is. The args' translation leaves React elements alone:
 * `navigation={elementTexts(args.navigation, t)}` in the render function. In Finnish, the same element.
 */
export function elementTexts<T>(node: T, t: ReturnType<typeof storyTexts>): T {
  if (Array.isArray(node)) {
    const items = node.map((item: unknown) => elementTexts(item, t));
    return items.some((item, i) => item !== node[i]) ? (items as T) : node;
  }
  if (!isValidElement<Record<string, unknown>>(node)) return node;
  const own = t(node.props);
  const children = elementTexts(own.children, t);
  const props = children === own.children ? own : { ...own, children };
  return props === node.props ? node : (cloneElement(node, props) as T);
}

const languageNames: Record<AukioLocale, string> = { fi: 'Finnish', sv: 'Swedish', en: 'English' };

/**
 * The language of a States overview's cell that shows another language than the rest (`<StateCell locale>`):
 * `wanted`, unless the story is already shown in it (the toolbar's language), then Finnish. Two cells in one
 * language would repeat their landmarks' names (axe: landmark-unique) and show nothing new. With the cell's
 * English name, for its caption: `const [sv, swedish] = cellLanguage(context, 'sv')`.
 */
export function cellLanguage(context: Pick<TextContext, 'globals'>, wanted: AukioLocale): readonly [AukioLocale, string] {
  const locale = storyLocale(context) === wanted ? 'fi' : wanted;
  return [locale, languageNames[locale]];
}

/**
 * A story's args in `locale`, for such a cell: each text arg the story set (which the toolbar's language
 * changed, or not) from its Finnish original; an arg changed in the controls, and anything not text, as it is.
 */
export function storyArgsIn<T extends object>(args: T, context: TextContext & { initialArgs: Record<string, unknown> }, locale: AukioLocale): T {
  const shown = storyTexts(context);
  const into = storyTextsIn(context, locale);
  const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => {
      const original = context.initialArgs[name];
      return [name, original !== undefined && typeof value !== 'function' && same(shown(original), value) ? into(original) : value];
    }),
  ) as T;
}

/** The language the story is shown in: the toolbar's, or the story's own `globals.locale`. */
export function storyLocale(context: Pick<TextContext, 'globals'>): AukioLocale {
  const locale = context.globals.locale;
  return locale === 'sv' || locale === 'en' ? locale : 'fi';
}

/**
 * For a play function that finds an element by a built-in text: the built-in texts in the language the story is
 * shown in (the toolbar's, or the story's own `globals.locale`), with `{name}` placeholders filled in:
 * `const b = builtInTexts(context); canvas.getByRole('navigation', { name: b('breadcrumb.label') })`.
 */
export function builtInTexts(context: Pick<TextContext, 'globals'>) {
  const strings = catalogues[storyLocale(context)];
  return (key: keyof typeof strings, values?: Record<string, string | number>): string => (values ? formatString(strings[key], values) : strings[key]);
}


/**
 * A built-in text as a pattern, the placeholders not given in `values` matching anything (a size or a date
 * written the language's way): `canvas.getByText(builtInPattern(context, 'fileInput.tooLarge', { name: 'a.pdf' }))`.
 */
export function builtInPattern(context: Pick<TextContext, 'globals'>, key: keyof AukioStrings, values: Record<string, string | number> = {}): RegExp {
  const text = formatString(catalogues[storyLocale(context)][key], values).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(text.replace(/\{\w+\}/g, '.+'));
}
