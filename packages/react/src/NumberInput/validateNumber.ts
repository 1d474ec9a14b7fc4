import { formatString, type AukioLocale } from '../i18n/locales';
import { messagesFor, type AukioRegister } from '../i18n/messages';
import { numberInputMessages } from '../i18n/messages/numberInput';
import { formatLocaleNumber, parseLocaleNumber } from './parseLocaleNumber';

export interface NumberRules {
  /** Smallest allowed value. */
  min?: number | undefined;
  /** Largest allowed value. */
  max?: number | undefined;
  /** Allowed steps counted from `min` (or from 0), e.g. `1` for whole numbers, `0.5`, `5`. */
  step?: number | undefined;
  /** Only whole numbers (the same as `step: 1` but with a clearer message). */
  integer?: boolean | undefined;
}

export interface NumberValidationOptions extends NumberRules {
  locale?: AukioLocale | undefined;
  /** Catalogue to take messages from; by default the built-in one of `locale` (pass `useStrings(numberInputMessages)` for app overrides). */
  strings?: Record<keyof (typeof numberInputMessages)['en'], string>;
  /** `plain` for the plain-language messages (selkokieli, lättläst, plain English); `standard` by default. */
  register?: AukioRegister;
}

export interface NumberValidation {
  /** The number read from the text, `null` when empty or not a number. */
  value: number | null;
  /** A specific message in the locale that says how to fix the text, or `undefined` when it is fine (or empty). */
  error?: string;
}

/** Rounds away binary noise so 0.1 + 0.2 style results compare cleanly. */
function clean(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

/**
 * Checks typed text against the rules and returns the number and a translated message. Empty text is not an
 * error here: whether the answer is required, and the message for that, belong to the form.
 */
export function validateNumber(text: string, options: NumberValidationOptions = {}): NumberValidation {
  const locale = options.locale ?? 'fi';
  const t = options.strings ?? messagesFor(numberInputMessages, locale, options.register);
  const fmt = (n: number) => formatLocaleNumber(n, locale);
  if (!text.trim()) return { value: null };
  const value = parseLocaleNumber(text, locale);
  const { min, max, step, integer } = options;
  const example = fmt(integer || step === 1 ? (min ?? 0) > 12 ? min! : 12 : 1234.5);
  if (value === null) return { value, error: formatString(t['numberInput.invalid'], { example }) };
  if (integer && !Number.isInteger(value)) {
    return { value, error: formatString(t['numberInput.notInteger'], { example: fmt(Math.round(value)) }) };
  }
  const tooSmall = min !== undefined && value < min;
  const tooLarge = max !== undefined && value > max;
  if (tooSmall || tooLarge) {
    if (min !== undefined && max !== undefined) {
      return { value, error: formatString(t['numberInput.outOfRange'], { min: fmt(min), max: fmt(max) }) };
    }
    if (tooSmall) return { value, error: formatString(t['numberInput.tooSmall'], { min: fmt(min!) }) };
    return { value, error: formatString(t['numberInput.tooLarge'], { max: fmt(max!) }) };
  }
  if (step !== undefined && step > 0) {
    const base = min ?? 0;
    const steps = clean((value - base) / step);
    if (!Number.isInteger(steps)) {
      const lower = clean(base + Math.floor(steps) * step);
      const upper = clean(base + Math.ceil(steps) * step);
      return { value, error: formatString(t['numberInput.step'], { lower: fmt(lower), upper: fmt(upper), step: fmt(step) }) };
    }
  }
  return { value };
}
