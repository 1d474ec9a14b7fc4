import type { AukioLocale } from './locales';

/** The texts of one namespace (usually one component) in every locale, with one key set. */
export type Messages<K extends string = string> = { readonly [L in AukioLocale]: Readonly<Record<K, string>> };

/**
 * Declares a namespace's texts. The key set is inferred from all three locales, so a key missing from one
 * of them is a type error.
 */
export function defineMessages<K extends string>(messages: {
  fi: Record<K, string>;
  sv: Record<K, string>;
  en: Record<K, string>;
}): Messages<K> {
  return messages;
}
