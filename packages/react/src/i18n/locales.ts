export const locales = ['fi', 'sv', 'en'] as const;
export type AukioLocale = (typeof locales)[number];

/** Fills `{name}` placeholders. Unknown placeholders are left as they are so a gap is visible, not blank. */
export function formatString(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}

const pluralRules = new Map<AukioLocale, Intl.PluralRules>();

/**
 * Picks the plural form for a count with `Intl.PluralRules` (fi, sv and en use `one` and `other`) and fills
 * `{count}` (formatted for the locale) and any other placeholders. Catalogues keep plural texts as
 * `key.one` / `key.other` pairs.
 */
export function formatPlural(
  locale: AukioLocale,
  count: number,
  forms: { one: string; other: string },
  values: Record<string, string | number> = {},
): string {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  const form = rules.select(count) === 'one' ? forms.one : forms.other;
  return formatString(form, { count: new Intl.NumberFormat(locale).format(count), ...values });
}
