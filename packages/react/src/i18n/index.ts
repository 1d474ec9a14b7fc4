export { AukioProvider, useStrings, useLocale, type AukioProviderProps } from './AukioProvider';
export { locales, catalogues, formatString, type AukioLocale } from './catalogues';
export type { AukioStrings, AukioStringKey } from './en';
