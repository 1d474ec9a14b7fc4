import { forwardRef, useState, type ChangeEvent, type FocusEvent, type ReactNode } from 'react';
import { useLocale, useStrings, type AukioLocale } from '../i18n';
import { numberInputMessages } from '../i18n/messages/numberInput';
import { useFieldError } from '../internal/formErrors';
import { cx } from '../internal/cx';
import type { ControlName } from '../internal/names';
import { TextInput, type TextInputProps } from '../TextInput';
import type { TextInputNativeProps } from '../TextInput/TextInput';
import { formatLocaleNumber, parseLocaleNumber } from './parseLocaleNumber';
import { validateNumber } from './validateNumber';

type NativeInputProps = TextInputNativeProps<'min' | 'max' | 'step' | 'inputMode' | 'value' | 'defaultValue'>;

/** A NumberInput's value: the number, `null` for none, or the text as typed. */
export type NumberInputValue = number | string | null;

export type NumberInputProps = NativeInputProps &
  ControlName &
  // The field's parts, as TextInput (which renders it) documents them.
  Pick<TextInputProps, 'hint' | 'necessityIndicator' | 'prefix' | 'suffix' | 'width' | 'className' | 'inputClassName'> & {
    /**
     * Keyboard on touch devices: `numeric` (digits only, for whole numbers) or `decimal` (digits and the
     * locale's decimal separator). The input is always `type="text"`, never `type="number"`.
     */
    inputMode?: 'numeric' | 'decimal';
    /** Error from the app or the form. Wins over the built-in message. */
    error?: ReactNode;
    /** Smallest allowed value, checked with a translated message. Not passed to the input. */
    min?: number;
    /** Largest allowed value, checked with a translated message. */
    max?: number;
    /** Allowed steps counted from `min` (or 0). */
    step?: number;
    /** Only whole numbers. */
    integer?: boolean;
    /**
     * When the built-in check runs: `blur` (default) checks the text when focus leaves the field and rechecks
     * while the user corrects it; `submit` leaves all checking to the form (`validateNumber` in `onValidate`).
     */
    validateOn?: 'blur' | 'submit';
    /**
     * Controlled value, with `onValueChange`: the number (`null` for none), or the text as typed. The text being
     * typed stays while it still reads as that number ("1," is 1 in Finnish, "abc" is `null`), so nothing typed is
     * lost; a different number from outside replaces it, written in the locale ("1 234,5").
     */
    value?: NumberInputValue | undefined;
    /** Initial value, uncontrolled: a number (written in the locale) or the text as typed (from a post that did not pass the check). */
    defaultValue?: number | string | undefined;
    /** Called on every change with the number read in the locale (`null` when empty or not a number) and the text. */
    onValueChange?: (value: number | null, raw: string) => void;
  };

function toText(value: NumberInputValue | undefined, locale: AukioLocale): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : formatLocaleNumber(value, locale);
}

/**
 * The text shown for a controlled `value`: given text as it is; a number (or `null`) keeps the text being typed
 * while it still reads as that number, else the number written in the locale.
 */
export function controlledText(value: NumberInputValue | undefined, typed: string, locale: AukioLocale): string {
  if (value === undefined) return typed;
  if (typeof value === 'string') return value;
  return parseLocaleNumber(typed, locale) === value ? typed : toText(value, locale);
}

/**
 * A number field that reads numbers the way residents write them in their language ("1 234,50 €" in
 * Finnish, "1,234.50" in English). A text input with `inputMode`, so nothing is changed behind the user's
 * back (no spinner, no scroll-wheel changes, no silently dropped text). Invalid text stays in the field with a
 * message that says how to fix it.
 */
export const NumberInput = forwardRef<HTMLInputElement, NumberInputProps>(function NumberInput(props, ref) {
  const {
    inputMode = 'decimal',
    min,
    max,
    step,
    integer,
    validateOn = 'blur',
    value,
    defaultValue,
    onValueChange,
    onChange,
    onBlur,
    error,
    name,
    className,
    width = '10',
    ...rest
  } = props;
  const locale = useLocale();
  const strings = useStrings(numberInputMessages);
  // The text as typed. With a controlled number it is what the user is typing, shown while it still reads as that
  // number (controlledText); the value itself is the app's, as in DateInput.
  const [typed, setTyped] = useState(() => toText(defaultValue, locale));
  const text = controlledText(value, typed, locale);
  // Whether the built-in message is showing: set when focus leaves with wrong text, cleared once the text is fixed.
  // The message itself is read from the current text, so a value changed from outside is rechecked too.
  const [checking, setChecking] = useState(false);
  const fieldError = useFieldError(name, error);
  const rules = { min, max, step, integer: integer ?? inputMode === 'numeric', locale, strings };
  const ownError = checking ? validateNumber(text, rules).error : undefined;

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.currentTarget.value;
    setTyped(raw);
    onChange?.(event);
    onValueChange?.(parseLocaleNumber(raw, locale), raw);
    // The message goes away as soon as the text is fixed, and comes back only when focus leaves again.
    if (checking && validateNumber(raw, rules).error === undefined) setChecking(false);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    if (validateOn === 'blur') setChecking(validateNumber(event.currentTarget.value, rules).error !== undefined);
  };

  const textInputProps = {
    ...rest,
    ref,
    name,
    type: 'text',
    inputMode,
    spellCheck: false,
    width,
    value: text,
    className: cx('aukio-number-input', className),
    error: fieldError ?? ownError,
    onChange: handleChange,
    onBlur: handleBlur,
  } as TextInputProps & { ref: typeof ref };
  return <TextInput {...textInputProps} />;
});
