export { AukioProvider, useStrings, useLocale, type AukioProviderProps } from './AukioProvider';
export { locales, formatString, formatPlural, type AukioLocale } from './locales';
export { defineMessages, type Messages } from './messages';
export { catalogues, allMessages, type AukioStrings, type AukioStringKey } from './catalogue';
