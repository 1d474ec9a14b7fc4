import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { AukioStrings } from './catalogue';
import { locales, type AukioLocale } from './locales';
import type { Messages } from './messages';

interface I18nValue {
  locale: AukioLocale;
  overrides?: Partial<Record<string, string>>;
}

/** The city's primary language is Finnish, so components outside a provider speak Finnish. */
const I18nContext = createContext<I18nValue>({ locale: 'fi' });

export interface AukioProviderProps {
  /** Language of the built-in texts: `fi`, `sv` or `en`. Also set `lang` on your `<html>` element. */
  locale: AukioLocale;
  /** Replace any built-in text for this locale, e.g. `{ 'skipLink.label': 'Skip to the form' }`. */
  strings?: Partial<AukioStrings>;
  children?: ReactNode;
}

export function AukioProvider({ locale, strings, children }: AukioProviderProps) {
  const value = useMemo<I18nValue>(
    () => ({ locale: (locales as readonly string[]).includes(locale) ? locale : 'fi', overrides: strings }),
    [locale, strings],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

type KeysOf<M> = M extends Messages<infer K> ? K : never;

/**
 * The texts of the given namespaces in the current locale, with the app's overrides applied. Each component
 * names its own namespaces, so a bundle carries only the texts of the components it uses.
 */
export function useStrings<const M extends readonly Messages[]>(...namespaces: M): Record<KeysOf<M[number]>, string> {
  const { locale, overrides } = useContext(I18nContext);
  return useMemo(() => {
    const merged: Record<string, string> = Object.assign({}, ...namespaces.map((m) => m[locale]));
    if (overrides) for (const key of Object.keys(merged)) if (overrides[key] !== undefined) merged[key] = overrides[key] as string;
    return merged as Record<KeysOf<M[number]>, string>;
    // The namespaces are module constants; their identity never changes between renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [locale, overrides]);
}

/** The current locale: `fi`, `sv` or `en`. */
export function useLocale(): AukioLocale {
  return useContext(I18nContext).locale;
}
