import type { AukioLocale } from './locales';

/**
 * The register of the built-in texts: `standard` (selkeä yleiskieli, klarspråk, plain standard English) or
 * `plain` (selkokieli, lättläst, plain English for readers who find standard language hard).
 */
export type AukioRegister = 'standard' | 'plain';
export const registers = ['standard', 'plain'] as const satisfies readonly AukioRegister[];

/** Plain-register rewrites of a namespace: per locale, only the keys whose standard text is not already plain. */
export type PlainMessages<K extends string = string> = { readonly [L in AukioLocale]?: Readonly<Partial<Record<K, string>>> };

/** The texts of one namespace (usually one component) in every locale, with one key set. */
export type Messages<K extends string = string> = { readonly [L in AukioLocale]: Readonly<Record<K, string>> } & {
  /** Plain-register rewrites; a key missing here is judged already plain and uses the standard text. */
  readonly plain?: PlainMessages<K>;
};

/**
 * Declares a namespace's texts. The key set is inferred from all three locales, so a key missing from one
 * of them is a type error. `plain` is optional: it may rewrite any of those keys (and no other) for the plain
 * register.
 */
export function defineMessages<K extends string>(messages: {
  fi: Record<K, string>;
  sv: Record<K, string>;
  en: Record<K, string>;
  plain?: { fi?: Partial<Record<NoInfer<K>, string>>; sv?: Partial<Record<NoInfer<K>, string>>; en?: Partial<Record<NoInfer<K>, string>> };
}): Messages<K> {
  return messages;
}

/**
 * A namespace's texts in a locale and register: in the plain register, the standard texts with the plain
 * rewrites over them, so every key is there. Pure (no React): usable on a server, e.g. as a validator's
 * `strings` option.
 */
export function messagesFor<K extends string>(
  namespace: Messages<K>,
  locale: AukioLocale,
  register: AukioRegister = 'standard',
): Readonly<Record<K, string>> {
  const plain = register === 'plain' ? namespace.plain?.[locale] : undefined;
  return plain ? ({ ...namespace[locale], ...plain } as Record<K, string>) : namespace[locale];
}
