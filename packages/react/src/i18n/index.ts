export { AukioProvider, useStrings, useLocale, useRegister, type AukioProviderProps } from './AukioProvider';
export { locales, formatString, formatPlural, type AukioLocale } from './locales';
export { defineMessages, messagesFor, registers, type AukioRegister, type Messages, type PlainMessages } from './messages';
export { catalogues, allMessages, type AukioStrings, type AukioStringKey } from './catalogue';
export { plainCatalogues } from './plainCatalogue';
