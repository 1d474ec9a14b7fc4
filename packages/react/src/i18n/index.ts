export { AukioProvider, useStrings, useLocale, type AukioProviderProps } from './AukioProvider';
export { locales, catalogues, formatString, formatPlural, type AukioLocale } from './catalogues';
export type { AukioStrings, AukioStringKey } from './en';
