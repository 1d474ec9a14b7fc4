import { forwardRef, useState, type ChangeEvent, type FocusEvent, type ReactNode } from 'react';
import { formatString, useLocale, useStrings } from '../i18n';
import { oneTimeCodeInputMessages } from '../i18n/messages/oneTimeCodeInput';
import { Button } from '../Button';
import { Link } from '../Link';
import { cx } from '../internal/cx';
import { useFieldError } from '../internal/formErrors';
import type { ControlName } from '../internal/names';
import { TextInput, type TextInputProps } from '../TextInput';
import type { TextInputNativeProps } from '../TextInput/TextInput';
import { normalizeOneTimeCode, validateOneTimeCode } from './validateOneTimeCode';

type NativeInputProps = TextInputNativeProps<'inputMode' | 'autoComplete' | 'maxLength' | 'pattern' | 'value' | 'defaultValue'>;

/** Where "Did not get a code?" leads: a page (works without JavaScript) or the app's action. One is required. */
type ResendProps =
  | {
      /** Page that sends a new code or explains the other ways in. Works without JavaScript; the recommendation. */
      resendHref: string;
      onResend?: never;
    }
  | {
      /** Sends a new code; the link becomes a button. Needs JavaScript: prefer `resendHref` where you can. */
      onResend: () => void;
      resendHref?: never;
    };

export type OneTimeCodeInputProps = NativeInputProps &
  ControlName &
  ResendProps &
  Pick<TextInputProps, 'necessityIndicator' | 'width' | 'inputClassName'> & {
    /** How many digits the code has, for the default hint and the built-in message; default 6. */
    length?: number;
    /** Help under the label; by default "6 numeroa" / "6 siffror" / "6 digits" from `length`. `null` leaves it out. */
    hint?: ReactNode;
    /** Error from the app or the form (a wrong or expired code). Wins over the built-in message. */
    error?: ReactNode;
    /**
     * When the built-in check runs: `blur` (default) checks the text when focus leaves the field and rechecks
     * while the user corrects it; `submit` leaves all checking to the form (`validateOneTimeCode`).
     */
    validateOn?: 'blur' | 'submit';
    /** Controlled value, with `onValueChange`: the code's digits. The text being typed stays while it means that code. */
    value?: string | undefined;
    /** Initial text, uncontrolled: e.g. what was posted, as typed. */
    defaultValue?: string | undefined;
    /** Called on every change with the code without spaces or hyphens ("123456") and the text as typed ("123 456"). */
    onValueChange?: (code: string, text: string) => void;
    /** Text of the "Did not get a code?" link or button, when the service says it another way. */
    resendLabel?: ReactNode;
    /** Class on the root element (the field and the link under it). */
    className?: string;
  };

/**
 * The text shown for a controlled `value`: the text being typed while it means that code ("123 456" for
 * "123456"), else the value itself.
 */
export function controlledCodeText(value: string | undefined, typed: string): string {
  if (value === undefined) return typed;
  return normalizeOneTimeCode(typed) === value ? typed : value;
}

/**
 * A one-time code (a sign-in or confirmation code sent by text message or email) in one field, never one box per
 * character: `autocomplete="one-time-code"` lets phones and password managers fill it, `inputmode="numeric"`
 * opens the number keyboard, and a pasted or typed code with spaces or hyphens is accepted as it is. The text
 * stays as the user typed it; `onValueChange` and `validateOneTimeCode` give the digits alone. A "Did not get a
 * code?" link is always under the field.
 */
export const OneTimeCodeInput = forwardRef<HTMLInputElement, OneTimeCodeInputProps>(function OneTimeCodeInput(props, ref) {
  const {
    length = 6,
    hint,
    error,
    validateOn = 'blur',
    value,
    defaultValue,
    onValueChange,
    onChange,
    onBlur,
    name,
    required,
    className,
    width = '10',
    resendHref,
    onResend,
    resendLabel,
    ...rest
  } = props;
  const locale = useLocale();
  const strings = useStrings(oneTimeCodeInputMessages);
  const [typed, setTyped] = useState(defaultValue ?? '');
  const text = controlledCodeText(value, typed);
  // Whether the built-in message is showing: set when focus leaves with a wrong code, cleared once it is fixed.
  const [checking, setChecking] = useState(false);
  const fieldError = useFieldError(name, error);
  const rules = { length, locale, strings };
  const ownError = checking ? validateOneTimeCode(text, rules).error : undefined;

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    const raw = event.currentTarget.value;
    setTyped(raw);
    onChange?.(event);
    onValueChange?.(normalizeOneTimeCode(raw), raw);
    if (checking && validateOneTimeCode(raw, rules).error === undefined) setChecking(false);
  };
  const handleBlur = (event: FocusEvent<HTMLInputElement>) => {
    onBlur?.(event);
    if (validateOn === 'blur') setChecking(validateOneTimeCode(event.currentTarget.value, rules).error !== undefined);
  };

  const label = resendLabel ?? strings['oneTimeCodeInput.resend'];
  const textInputProps = {
    ...rest,
    ref,
    name,
    required,
    type: 'text',
    // No maxLength or pattern: a pasted "123 456" is longer than the code and must not be cut or refused.
    inputMode: 'numeric',
    autoComplete: 'one-time-code',
    spellCheck: false,
    autoCorrect: 'off',
    width,
    value: text,
    hint: hint === undefined ? formatString(strings['oneTimeCodeInput.hint'], { length }) : hint,
    error: fieldError ?? ownError,
    onChange: handleChange,
    onBlur: handleBlur,
  } as TextInputProps & { ref: typeof ref };
  return (
    <div className={cx('aukio-one-time-code-input', className)}>
      <TextInput {...textInputProps} />
      <p className="aukio-one-time-code-input__resend">
        {resendHref !== undefined ? (
          <Link href={resendHref}>{label}</Link>
        ) : (
          <Button type="button" variant="tertiary" size="small" onClick={onResend}>
            {label}
          </Button>
        )}
      </p>
    </div>
  );
});
