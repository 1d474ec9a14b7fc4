import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useReaderPlainLanguage } from '../ReadingPreferences/readerRegister';
import type { AukioStrings } from './catalogue';
import { locales, type AukioLocale } from './locales';
import { messagesFor, type AukioRegister, type Messages } from './messages';

interface I18nValue {
  locale: AukioLocale;
  register: AukioRegister;
  overrides?: Partial<Record<string, string>> | undefined;
}

/** The city's primary language is Finnish, so components outside a provider speak Finnish (standard register). */
const defaultValue: I18nValue = { locale: 'fi', register: 'standard' };
const I18nContext = createContext<I18nValue>(defaultValue);

export interface AukioProviderProps {
  /** Language of the built-in texts: `fi`, `sv` or `en`. Also set `lang` on your `<html>` element. */
  locale: AukioLocale;
  /**
   * Register of the built-in texts: `standard`, or `plain` (selkokieli, lättläst, plain English). Leave it out
   * to follow the reader's "plain language" switch in `ReadingPreferences` (standard until the reader turns it
   * on). When given, it is the register for server rendering and for readers who have not used the switch;
   * a reader's own choice in the switch still wins in the browser. On a server, pass
   * `parseReadingPreferences(cookie).plainLanguage ? 'plain' : undefined` so the first paint is already right.
   */
  register?: AukioRegister | undefined;
  /** Replace any built-in text for this locale (both registers), e.g. `{ 'skipLink.label': 'Skip to the form' }`. */
  strings?: Partial<AukioStrings> | undefined;
  children?: ReactNode;
}

export function AukioProvider({ locale, register, strings, children }: AukioProviderProps) {
  const readerPlain = useReaderPlainLanguage();
  const resolved: AukioRegister = readerPlain === undefined ? (register === 'plain' ? 'plain' : 'standard') : readerPlain ? 'plain' : 'standard';
  const value = useMemo<I18nValue>(
    () => ({ locale: (locales as readonly string[]).includes(locale) ? locale : 'fi', register: resolved, overrides: strings }),
    [locale, resolved, strings],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

type KeysOf<M> = M extends Messages<infer K> ? K : never;

// Merged texts per provider value and namespace set. A provider value changes only when the locale, the
// register or the overrides object changes, so every field under one provider shares one object per namespace
// set (200 text fields: one merge, not 200), and a change of any of the three makes a new value and new texts.
const merged = new WeakMap<I18nValue, Map<string, Readonly<Record<string, string>>>>();
const namespaceIds = new WeakMap<Messages, number>();
let nextNamespaceId = 0;
function namespaceId(namespace: Messages): number {
  let id = namespaceIds.get(namespace);
  if (id === undefined) namespaceIds.set(namespace, (id = nextNamespaceId++));
  return id;
}

function stringsFor(value: I18nValue, namespaces: readonly Messages[]): Readonly<Record<string, string>> {
  let perValue = merged.get(value);
  if (!perValue) merged.set(value, (perValue = new Map()));
  const key = namespaces.map(namespaceId).join(',');
  let texts = perValue.get(key);
  if (!texts) {
    const { locale, register, overrides } = value;
    const out: Record<string, string> = Object.assign({}, ...namespaces.map((m) => messagesFor(m, locale, register)));
    if (overrides) for (const k of Object.keys(out)) if (overrides[k] !== undefined) out[k] = overrides[k] as string;
    // Frozen: every field under the provider shares this object, so none may change it for the others.
    perValue.set(key, (texts = Object.freeze(out)));
  }
  return texts;
}

/**
 * The texts of the given namespaces in the current locale and register, with the app's overrides applied. Each
 * component names its own namespaces, so a bundle carries only the texts of the components it uses.
 */
export function useStrings<const M extends readonly Messages[]>(...namespaces: M): Record<KeysOf<M[number]>, string> {
  return stringsFor(useContext(I18nContext), namespaces) as Record<KeysOf<M[number]>, string>;
}

/** The current locale: `fi`, `sv` or `en`. */
export function useLocale(): AukioLocale {
  return useContext(I18nContext).locale;
}

/** The current register of the built-in texts: `standard` or `plain`. */
export function useRegister(): AukioRegister {
  return useContext(I18nContext).register;
}
