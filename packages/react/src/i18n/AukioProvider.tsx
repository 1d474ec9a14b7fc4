import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { catalogues, type AukioLocale } from './catalogues';
import type { AukioStrings } from './en';

interface I18nValue {
  locale: AukioLocale;
  strings: AukioStrings;
}

/** The city's primary language is Finnish, so components outside a provider speak Finnish. */
const defaultValue: I18nValue = { locale: 'fi', strings: catalogues.fi };
const I18nContext = createContext<I18nValue>(defaultValue);

export interface AukioProviderProps {
  /** Language of the built-in texts: `fi`, `sv` or `en`. Also set `lang` on your `<html>` element. */
  locale: AukioLocale;
  /** Replace any built-in text for this locale, e.g. `{ 'skipLink.label': 'Skip to the form' }`. */
  strings?: Partial<AukioStrings>;
  children?: ReactNode;
}

export function AukioProvider({ locale, strings, children }: AukioProviderProps) {
  const base = catalogues[locale] ?? catalogues.fi;
  const value = useMemo<I18nValue>(
    () => ({ locale: locale in catalogues ? locale : 'fi', strings: strings ? { ...base, ...strings } : base }),
    [locale, base, strings],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** The built-in texts in the current locale, with the app's overrides applied. */
export function useStrings(): AukioStrings {
  return useContext(I18nContext).strings;
}

/** The current locale: `fi`, `sv` or `en`. */
export function useLocale(): AukioLocale {
  return useContext(I18nContext).locale;
}
