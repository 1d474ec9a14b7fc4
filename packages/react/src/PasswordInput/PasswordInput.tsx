import { forwardRef, useEffect, useRef, type InputHTMLAttributes } from 'react';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { FieldLayout, useFieldControl, type FieldTextProps } from '../internal/field';
import type { ControlName } from '../internal/names';
import { passwordInputMessages } from '../i18n/messages/passwordInput';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'size' | 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | 'autoComplete'
>;

export type PasswordInputProps = NativeInputProps &
  ControlName &
  FieldTextProps & {
    /**
     * Required so password managers work: `current-password` on sign-in, `new-password` when choosing one
     * (browsers then offer a strong password), `one-time-code` for codes.
     */
    autoComplete: 'current-password' | 'new-password' | 'one-time-code' | 'off';
    /** Class on the field's root element; `inputClassName` goes on the input. */
    className?: string;
    inputClassName?: string;
    /**
     * The password shown as text, controlled; use with `onShownChange` (e.g. one "Show passwords" choice for a new
     * password and its confirmation). Before JavaScript runs the field is always a password field.
     */
    shown?: boolean | undefined;
    /** Shown as text from the first render, uncontrolled. */
    defaultShown?: boolean | undefined;
    /** Called with the new state when the button shows or hides the password, and with `false` when the form is sent. */
    onShownChange?: ((shown: boolean) => void) | undefined;
  };

/**
 * A password field with a "Show" / "Hide" button, so people can check what they typed. The button's name
 * changes with the state ("Show password" / "Hide password") and the new state is announced politely. Before
 * JavaScript runs it is a plain password field without the button.
 */
export const PasswordInput = forwardRef<HTMLInputElement, PasswordInputProps>(function PasswordInput(props, ref) {
  const { field, control, own, controlRef } = useFieldControl(props, ref, 'PasswordInput');
  const { inputClassName, disabled, shown: shownProp, defaultShown = false, onShownChange, ...rest } = control;
  const strings = useStrings(passwordInputMessages);
  const { ids, controlProps } = field;
  const [shown, setShown] = useControllable(shownProp, defaultShown, onShownChange);
  const hydrated = useHydrated();
  const latest = useRef({ shown, setShown });
  latest.current = { shown, setShown };

  // Hide the password again when the form is sent, so the browser does not keep it as plain text.
  useEffect(() => {
    const form = own.current?.form;
    if (!form) return undefined;
    const hide = () => {
      if (latest.current.shown) latest.current.setShown(false);
    };
    form.addEventListener('submit', hide);
    return () => form.removeEventListener('submit', hide);
  }, [own, hydrated]);

  // The button's change is announced once it has happened (a controlled field may keep its state).
  const toggled = useRef(false);
  useEffect(() => {
    if (!toggled.current) return;
    toggled.current = false;
    announce(shown ? strings['passwordInput.shown'] : strings['passwordInput.hidden'], 'polite');
    // Only a change of `shown` is announced, in the language of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [shown]);
  const toggle = () => {
    toggled.current = true;
    setShown(!shown);
  };

  return (
    <FieldLayout {...field.layout} rootClassName="aukio-password-input">
      <div className="aukio-password-input__wrapper">
        <input
          ref={controlRef}
          // Without JavaScript there is no button to hide it again, so it is shown only once hydrated.
          type={shown && hydrated ? 'text' : 'password'}
          className={cx('aukio-field__input', 'aukio-password-input__input', inputClassName)}
          disabled={disabled}
          spellCheck={false}
          autoCapitalize="none"
          autoCorrect="off"
          {...rest}
          {...controlProps}
        />
        {hydrated && (
          <button
            type="button"
            className="aukio-password-input__toggle"
            aria-controls={ids.controlId}
            aria-label={shown ? strings['passwordInput.hideLabel'] : strings['passwordInput.showLabel']}
            disabled={disabled}
            onClick={toggle}
          >
            {shown ? strings['passwordInput.hide'] : strings['passwordInput.show']}
          </button>
        )}
      </div>
    </FieldLayout>
  );
});
