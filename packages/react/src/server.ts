// @aukio/react/server: the helpers that run on the server, with no client code behind them at all. Import
// them in React Server Components, route handlers, server actions, Express/Fastify handlers and plain Node
// scripts. Nothing here imports a 'use client' module (test/server-entry.test.ts follows every import).
// The same functions are also exported from '@aukio/react' for client code.

// Validators and readers of posted forms: the same rules and translated messages as the components.
export * from './DateInput/validateDateParts';
export { validateNumber, type NumberRules, type NumberValidation, type NumberValidationOptions } from './NumberInput/validateNumber';
export { parseLocaleNumber, formatLocaleNumber } from './NumberInput/parseLocaleNumber';
export * from './FileInput/validateFiles';
export * from './OneTimeCodeInput/validateOneTimeCode';

// Consent: read the cookie, build the record from the no-JavaScript form post, write Set-Cookie.
export * from './ConsentBanner/consentServer';
export * from './ConsentBanner/consentRecord';

// Reading preferences kept in a cookie: parse it on the server to render the page with them.
export {
  READING_PREFERENCES_COOKIE,
  READING_PREFERENCES_KEY,
  READING_PREFERENCES_VERSION,
  defaultReadingPreferences,
  parseReadingPreferences,
  readingPreferenceAttributes,
  serializeReadingPreferences,
  type ReadingPreferenceAttributes,
  type ReadingPreferences as ReadingPreferencesValue,
} from './ReadingPreferences/preferences';

// Data exports and page numbers a server can send or render itself.
export * from './PersonalDataOverview/personalDataExport';
export { pageRange } from './Pagination/pageRange';

// Accessibility statement data: validation against the schema the component renders.
export * from './AccessibilityStatement/statement';

// Locales and message formatting, for text a server writes itself (e-mails, Set-Cookie pages).
export { locales, formatString, formatPlural, type AukioLocale } from './i18n/locales';
// The register (standard or plain language) of the built-in texts, and one namespace's texts in it.
export { messagesFor, registers, type AukioRegister } from './i18n/messages';

// The tel: address of a phone number written for people, as ServiceHelp links it.
export { telHref } from './ServiceHelp/telHref';

// Time limits: reading an expiry the server sends, and the time left as SessionTimeoutWarning speaks it.
export { expiryMs, clampWarnBefore, spokenTimeLeft, type ExpiryTime } from './SessionTimeoutWarning/timeLeft';
