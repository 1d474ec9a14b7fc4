export { ConsentBanner, ConsentSettingsLink, type ConsentBannerProps, type ConsentSettingsLinkProps } from './ConsentBanner';
export {
  ConsentProvider,
  useConsent,
  useConsentContext,
  type ConsentProviderProps,
  type ConsentContextValue,
  type ConsentStorageName,
  type ConsentStorageOptions,
  type UseConsentResult,
} from './consent';
// The record and the server helpers, the same modules @aukio/react/server hands out.
export * from './consentRecord';
export * from './consentServer';
export { cookieConsent, localStorageConsent, memoryConsent } from './consentStorage';
