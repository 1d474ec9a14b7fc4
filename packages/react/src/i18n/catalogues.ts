import { en, type AukioStrings } from './en';
import { fi } from './fi';
import { sv } from './sv';

export const locales = ['fi', 'sv', 'en'] as const;
export type AukioLocale = (typeof locales)[number];

export const catalogues: Record<AukioLocale, AukioStrings> = { fi, sv, en };

/** Fills `{name}` placeholders. Unknown placeholders are left as they are so a gap is visible, not blank. */
export function formatString(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
