import { formatString, type AukioLocale } from '../i18n/locales';
import { messagesFor, type AukioRegister } from '../i18n/messages';
import { oneTimeCodeInputMessages } from '../i18n/messages/oneTimeCodeInput';

/** Spaces, hyphens and dashes people type or paste between groups of digits ("123 456", "12 34-5"). */
const separators = /[\s\-\u2010-\u2015\u2212.]/g;

/** The code without the spaces, hyphens and dashes between its groups: "123 456" → "123456". */
export function normalizeOneTimeCode(text: string): string {
  return text.replace(separators, '');
}

export interface OneTimeCodeValidationOptions {
  /** How many digits the code has; default 6. */
  length?: number;
  locale?: AukioLocale;
  /** Catalogue for the messages; by default the built-in one of `locale` (pass `useStrings(oneTimeCodeInputMessages)` for overrides). */
  strings?: Record<keyof (typeof oneTimeCodeInputMessages)['en'], string>;
  /** `plain` for the plain-language messages (selkokieli, lättläst, plain English); `standard` by default. */
  register?: AukioRegister;
  /** When true, an empty field is an error ("Kirjoita koodi"). */
  required?: boolean;
}

export interface OneTimeCodeValidation {
  /** The digits without separators when the code has the right length, otherwise `null`. */
  value: string | null;
  /** The message in the locale, or `undefined`. */
  error?: string;
}

/**
 * Checks a typed or pasted one-time code, on the client or on the server from a posted form (the field posts
 * the text as typed, so the server normalises with this too): separators are dropped, then the code must be
 * `length` digits. The messages say what to do: "Kirjoita koodin 6 numeroa".
 */
export function validateOneTimeCode(text: string | null | undefined, options: OneTimeCodeValidationOptions = {}): OneTimeCodeValidation {
  const length = options.length ?? 6;
  const t = options.strings ?? messagesFor(oneTimeCodeInputMessages, options.locale ?? 'fi', options.register);
  const code = normalizeOneTimeCode(text ?? '');
  if (!code) return options.required ? { value: null, error: t['oneTimeCodeInput.required'] } : { value: null };
  if (!/^\d+$/.test(code)) return { value: null, error: t['oneTimeCodeInput.digitsOnly'] };
  if (code.length !== length) return { value: null, error: formatString(t['oneTimeCodeInput.length'], { length }) };
  return { value: code };
}
