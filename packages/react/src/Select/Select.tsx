import { forwardRef, type SelectHTMLAttributes } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { FieldLayout, useFieldControl, type FieldTextProps } from '../internal/field';
import type { ControlName } from '../internal/names';
import { selectMessages } from '../i18n/messages/select';

/** One choice of a Select. */
export interface SelectOption {
  value: string;
  /** Text of the option. Options are plain text in HTML. */
  label: string;
  disabled?: boolean;
}

/** A labelled group of choices (`<optgroup>`). */
export interface SelectOptionGroup {
  label: string;
  options: SelectOption[];
  disabled?: boolean;
}

type NativeSelectProps = Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'multiple' | 'size'
>;

export type SelectProps = NativeSelectProps &
  ControlName &
  FieldTextProps & {
    /** Choices as data, with `{ label, options }` entries for groups. Or give `<option>` children. */
    options?: Array<SelectOption | SelectOptionGroup>;
    /**
     * Adds an empty first choice ("Valitse" / "Välj" / "Choose") so nothing is chosen until the user chooses.
     * `true` uses the translated text; a string replaces it. With `required`, the browser refuses the empty one.
     */
    emptyOption?: boolean | string;
    /** Class on the field's root element; `selectClassName` goes on the `<select>`. */
    className?: string;
    selectClassName?: string;
  };

function isGroup(option: SelectOption | SelectOptionGroup): option is SelectOptionGroup {
  return 'options' in option;
}

/**
 * A native drop-down list with its label, hint and error. For a handful of choices prefer a RadioGroup:
 * every choice is visible at once.
 */
export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select(props, ref) {
  const { field, control, controlRef } = useFieldControl(props, ref, 'Select');
  const { options, emptyOption, selectClassName, disabled, children, ...rest } = control;
  const strings = useStrings(selectMessages);
  const { controlProps } = field;
  const empty = emptyOption === true ? strings['select.placeholder'] : emptyOption || null;

  return (
    <FieldLayout {...field.layout} rootClassName="aukio-select">
      <div className="aukio-select__wrapper">
        <select
          ref={controlRef}
          className={cx('aukio-select__select', selectClassName)}
          disabled={disabled}
          {...rest}
          {...controlProps}
        >
          {empty !== null && <option value="">{empty}</option>}
          {options?.map((option) =>
            isGroup(option) ? (
              <optgroup key={`group:${option.label}`} label={option.label} disabled={option.disabled}>
                {option.options.map((o) => (
                  <option key={o.value} value={o.value} disabled={o.disabled}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ) : (
              <option key={option.value} value={option.value} disabled={option.disabled}>
                {option.label}
              </option>
            ),
          )}
          {children}
        </select>
        <svg className="aukio-select__icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M6 9l6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
    </FieldLayout>
  );
});
