import { forwardRef, useState, type ChangeEvent, type FocusEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useLocale, useStrings } from '../i18n';
import { numberInputMessages } from '../i18n/messages/numberInput';
import { useFieldError } from '../internal/formErrors';
import { cx } from '../internal/cx';
import type { ControlName } from '../internal/names';
import type { NecessityIndicator } from '../internal/field';
import { TextInput, type TextInputProps, type TextInputWidth } from '../TextInput';
import { parseLocaleNumber } from './parseLocaleNumber';
import { validateNumber } from './validateNumber';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'type'
  | 'size'
  | 'prefix'
  | 'width'
  | 'min'
  | 'max'
  | 'step'
  | 'inputMode'
  | 'aria-label'
  | 'aria-labelledby'
  | 'aria-invalid'
  | 'children'
>;

export type NumberInputProps = NativeInputProps &
  ControlName & {
    /**
     * Keyboard on touch devices: `numeric` (digits only, for whole numbers) or `decimal` (digits and the
     * locale's decimal separator). The input is always `type="text"`, never `type="number"`.
     */
    inputMode?: 'numeric' | 'decimal';
    hint?: ReactNode;
    /** Error from the app or the form. Wins over the built-in message. */
    error?: ReactNode;
    necessityIndicator?: NecessityIndicator;
    prefix?: string;
    suffix?: string;
    width?: TextInputWidth;
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
    /** Called on every change with the number read in the locale (`null` when empty or not a number) and the text. */
    onValueChange?: (value: number | null, raw: string) => void;
    className?: string;
    inputClassName?: string;
  };

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
  const [ownError, setOwnError] = useState<string | undefined>(undefined);
  const fieldError = useFieldError(name, error);
  const rules = { min, max, step, integer: integer ?? inputMode === 'numeric', locale, strings };

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.currentTarget.value;
    onChange?.(event);
    onValueChange?.(parseLocaleNumber(raw, locale), raw);
    // Recheck only an error already shown, so the message goes away as soon as the text is fixed.
    if (ownError !== undefined) setOwnError(validateNumber(raw, rules).error);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    if (validateOn === 'blur') setOwnError(validateNumber(event.currentTarget.value, rules).error);
  };

  const textInputProps = {
    ...rest,
    ref,
    name,
    type: 'text',
    inputMode,
    spellCheck: false,
    width,
    className: cx('aukio-number-input', className),
    error: fieldError ?? ownError,
    onChange: handleChange,
    onBlur: handleBlur,
  } as TextInputProps & { ref: typeof ref };
  return <TextInput {...textInputProps} />;
});
