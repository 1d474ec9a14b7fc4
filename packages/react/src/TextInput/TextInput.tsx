import { forwardRef, type InputHTMLAttributes } from 'react';
import { FieldLayout, joinIds, useFieldControl, type FieldTextProps } from '../internal/field';
import { cx } from '../internal/cx';
import type { ControlName } from '../internal/names';

/** Width presets sized for the expected answer, in characters; `full` fills the container. */
export type TextInputWidth = '2' | '3' | '4' | '5' | '10' | '20' | '30' | 'full';

/**
 * The native input attributes a text field built on TextInput passes through: all but those the field sets
 * itself (its name comes from ControlName, its invalid state from `error`), and `Also`, the ones the field
 * takes over with a meaning of its own (NumberInput's `min`, a controlled `value` of another type).
 */
export type TextInputNativeProps<Also extends keyof InputHTMLAttributes<HTMLInputElement> = never> = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'size' | 'prefix' | 'width' | 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | Also
>;

export type TextInputProps = TextInputNativeProps &
  ControlName &
  FieldTextProps & {
    /**
     * `text`, `email`, `tel` or `url`. Numbers, dates and passwords have their own components. Set
     * `autoComplete` too whenever the field asks about the user (WCAG 1.3.5), e.g. `email`, `tel`, `given-name`.
     */
    type?: 'text' | 'email' | 'tel' | 'url';
    /** Short text before the input, e.g. a currency. Read with the field. */
    prefix?: string;
    /** Short text after the input, e.g. a unit. Read with the field. */
    suffix?: string;
    /** Width that fits the expected answer. Never wider than the container. */
    width?: TextInputWidth;
    /** Class on the field's root element; `inputClassName` goes on the input. */
    className?: string;
    inputClassName?: string;
  };

/**
 * A single-line text field with its label, hint and error wired for assistive technology: the hint and the
 * error are the field's description, and `aria-invalid` marks the error state.
 */
export const TextInput = forwardRef<HTMLInputElement, TextInputProps>(function TextInput(props, ref) {
  const { field, control, controlRef } = useFieldControl(props, ref, 'TextInput');
  const { prefix, suffix, width = 'full', type = 'text', inputClassName, ...rest } = control;
  const { ids, controlProps } = field;
  const prefixId = `${ids.controlId}-prefix`;
  const suffixId = `${ids.controlId}-suffix`;
  const described = joinIds(controlProps['aria-describedby'], prefix && prefixId, suffix && suffixId);

  return (
    <FieldLayout {...field.layout} rootClassName="aukio-text-input">
      <div className="aukio-text-input__wrapper" data-width={width}>
        {prefix && (
          <span className="aukio-text-input__affix" id={prefixId}>
            {prefix}
          </span>
        )}
        <input
          ref={controlRef}
          type={type}
          className={cx('aukio-field__input', 'aukio-text-input__input', inputClassName)}
          {...rest}
          {...controlProps}
          aria-describedby={described}
        />
        {suffix && (
          <span className="aukio-text-input__affix" id={suffixId}>
            {suffix}
          </span>
        )}
      </div>
    </FieldLayout>
  );
});
