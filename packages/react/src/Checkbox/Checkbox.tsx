import { createContext, forwardRef, useContext, useEffect, useRef, useState, type ChangeEvent, type InputHTMLAttributes, type ReactNode } from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { choiceLayout, useFieldStrings, useField, type NecessityIndicator } from '../internal/field';
import { useMergedRefs } from '../internal/mergeRefs';
import type { ControlName } from '../internal/names';
import { useNameCheck } from '../internal/useNameCheck';
import { checkboxGroupMessages } from '../i18n/messages/checkboxGroup';

/** What a CheckboxGroup tells the checkboxes inside it. Internal: not exported from the package. */
export interface CheckboxGroupContextValue {
  name?: string | undefined;
  invalid: boolean;
  isChecked(value: string): boolean;
  onItemChange(value: string, checked: boolean, exclusive: boolean, event: ChangeEvent<HTMLInputElement>): void;
  /** Exclusive ("none of these") options register here with their label's id. */
  registerExclusive(value: string, labelId: string): () => void;
}

export const CheckboxGroupContext = createContext<CheckboxGroupContextValue | null>(null);

type NativeCheckboxProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | 'size'
>;

export type CheckboxProps = NativeCheckboxProps &
  ControlName & {
    /** Value posted with the form when checked (`on` when not given). Required inside a CheckboxGroup. */
    value?: string | undefined;
    /** Help for this option, shown under its label and read with it. */
    hint?: ReactNode;
    /** Error for a single checkbox (e.g. accepting terms). Inside a CheckboxGroup, give the group the error. */
    error?: ReactNode;
    /**
     * Standalone only: text marker after the label. Default `none` (a single box such as "I accept the terms"
     * is read as a statement); `required` adds "(pakollinen)" when `required` is set.
     */
    necessityIndicator?: NecessityIndicator | undefined;
    /** Shows the "partly checked" state (e.g. "select all" when some rows are selected). Set by script only. */
    indeterminate?: boolean | undefined;
    /** A follow-up question shown under the option while it is checked. */
    conditional?: ReactNode;
    /** Inside a CheckboxGroup: a "none of these" option. Checking it unchecks the others, and vice versa. */
    exclusive?: boolean | undefined;
    /** Class on the root element; `inputClassName` goes on the `<input>`. */
    className?: string | undefined;
    inputClassName?: string | undefined;
  };

/**
 * A native checkbox with its label beside it, an optional hint, and a follow-up question that is revealed
 * while it is checked. Works alone (with its own error) or inside a CheckboxGroup, which then owns the
 * checked state, the name and the error.
 */
export const Checkbox = forwardRef<HTMLInputElement, CheckboxProps>(function Checkbox(props, ref) {
  const {
    id,
    label,
    hint,
    error,
    indeterminate = false,
    necessityIndicator = 'none',
    conditional,
    exclusive = false,
    className,
    inputClassName,
    checked,
    defaultChecked,
    onChange,
    value,
    name,
    required,
    disabled,
    'aria-describedby': describedBy,
    ...rest
  } = props;
  const group = useContext(CheckboxGroupContext);
  const own = useRef<HTMLInputElement>(null);
  useNameCheck(own, 'Checkbox');
  const inputRef = useMergedRefs(own, ref);
  const inGroup = group !== null && value !== undefined;
  if (process.env.NODE_ENV !== 'production' && group && value === undefined) {
    warnOnce('checkbox:value', '<Checkbox> inside a <CheckboxGroup> needs a `value`.');
  }
  // In a group the group owns the name, the error and the required marking; alone the box has its own.
  const field = useField({
    id,
    name: inGroup ? undefined : name,
    hint,
    error: inGroup ? undefined : error,
    required: inGroup ? undefined : required,
    'aria-describedby': describedBy,
  });
  const { ids, controlProps } = field;
  const strings = useFieldStrings();
  const [localChecked, setLocalChecked] = useState(Boolean(defaultChecked));
  const isChecked = inGroup ? group.isChecked(value) : checked !== undefined ? checked : localChecked;

  // `indeterminate` exists only as a DOM property. Set it after every render: a click clears it in the DOM.
  useEffect(() => {
    if (own.current) own.current.indeterminate = indeterminate;
  });

  useEffect(() => {
    if (inGroup && exclusive) return group.registerExclusive(value, ids.labelId);
    return undefined;
  }, [inGroup, exclusive, group, value, ids.labelId]);

  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    if (checked === undefined) setLocalChecked(event.target.checked);
    onChange?.(event);
    if (inGroup) group.onItemChange(value, event.target.checked, exclusive, event);
  };

  const checkedProps = inGroup
    ? { checked: isChecked }
    : checked !== undefined
      ? { checked }
      : { defaultChecked };

  return (
    <>
      {inGroup && exclusive && <ExclusiveDivider />}
      {choiceLayout({
        kind: 'checkbox',
        ids,
        label,
        hint,
        error: field.error,
        required,
        necessityIndicator: inGroup ? 'none' : necessityIndicator,
        conditional,
        shown: isChecked,
        className: cx('aukio-checkbox', !inGroup && 'aukio-field', className),
        rootProps: { 'data-invalid': field.hasError ? '' : undefined, 'data-exclusive': inGroup && exclusive ? '' : undefined },
        strings,
        children: (
        <input
          ref={inputRef}
          type="checkbox"
          className={cx('aukio-choice__input', 'aukio-checkbox__input', inputClassName)}
          name={inGroup ? (group.name ?? name) : name}
          value={value}
          disabled={disabled}
          {...checkedProps}
          {...rest}
          {...controlProps}
          aria-invalid={controlProps['aria-invalid'] ?? (inGroup && group.invalid ? true : undefined)}
          onChange={handleChange}
        />
        ),
      })}
    </>
  );
});

/** The "or" above a "none of these" option. */
function ExclusiveDivider() {
  const strings = useStrings(checkboxGroupMessages);
  return <p className="aukio-checkbox__divider">{strings['checkboxGroup.divider']}</p>;
}
