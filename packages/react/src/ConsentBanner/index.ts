export { ConsentBanner, ConsentSettingsLink, type ConsentBannerProps, type ConsentSettingsLinkProps } from './ConsentBanner';
export {
  ConsentProvider,
  useConsent,
  useConsentContext,
  parseConsentRecord,
  localStorageConsent,
  memoryConsent,
  CONSENT_EVENT,
  CONSENT_STORAGE_KEY,
  type ConsentPurpose,
  type ConsentRecord,
  type ConsentStorage,
  type ConsentProviderProps,
  type ConsentContextValue,
  type UseConsentResult,
} from './consent';
export {
  consentFromCookieHeader,
  consentRecordFromForm,
  cookieConsent,
  serializeConsentCookie,
  CONSENT_COOKIE_NAME,
  CONSENT_FORM_FIELDS,
  type ConsentCheckOptions,
  type ConsentCookieOptions,
  type ConsentFormFields,
  type ConsentFormOptions,
} from './consentServer';
