import {
  createContext,
  forwardRef,
  useContext,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { useField, type NecessityIndicator } from '../internal/field';
import { mergeRefs } from '../internal/mergeRefs';
import type { ControlName } from '../internal/names';
import { useNameCheck } from '../internal/useNameCheck';
import { checkboxGroupMessages } from '../i18n/messages/checkboxGroup';
import { fieldMessages } from '../i18n/messages/field';
import { useHydrated } from '../internal/useHydrated';

/** What a CheckboxGroup tells the checkboxes inside it. Internal: not exported from the package. */
export interface CheckboxGroupContextValue {
  name?: string;
  invalid: boolean;
  /** True once the group has hydrated: conditional content is hidden with `hidden` from then on. */
  hydrated: boolean;
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
    value?: string;
    /** Help for this option, shown under its label and read with it. */
    hint?: ReactNode;
    /** Error for a single checkbox (e.g. accepting terms). Inside a CheckboxGroup, give the group the error. */
    error?: ReactNode;
    /**
     * Standalone only: text marker after the label. Default `none` (a single box such as "I accept the terms"
     * is read as a statement); `required` adds "(pakollinen)" when `required` is set.
     */
    necessityIndicator?: NecessityIndicator;
    /** Shows the "partly checked" state (e.g. "select all" when some rows are selected). Set by script only. */
    indeterminate?: boolean;
    /** A follow-up question shown under the option while it is checked. */
    conditional?: ReactNode;
    /** Inside a CheckboxGroup: a "none of these" option. Checking it unchecks the others, and vice versa. */
    exclusive?: boolean;
    /** Class on the root element; `inputClassName` goes on the `<input>`. */
    className?: string;
    inputClassName?: string;
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
  const strings = useStrings(checkboxGroupMessages, fieldMessages);
  const own = useRef<HTMLInputElement>(null);
  useNameCheck(own, 'Checkbox');
  const ownHydrated = useHydrated();
  const inGroup = group !== null && value !== undefined;
  if (process.env.NODE_ENV !== 'production' && group && value === undefined) {
    warnOnce('checkbox:value', '<Checkbox> inside a <CheckboxGroup> needs a `value`.');
  }
  const { ids, controlProps, hasError } = useField({
    id,
    hint,
    error: inGroup ? undefined : error,
    required: inGroup ? undefined : required,
    'aria-describedby': describedBy,
  });
  const marker = inGroup
    ? null
    : necessityIndicator === 'optional' && !required
      ? strings['field.optional']
      : necessityIndicator === 'required' && required
        ? strings['field.required']
        : null;
  const [localChecked, setLocalChecked] = useState(Boolean(defaultChecked));
  const isChecked = inGroup ? group.isChecked(value) : checked !== undefined ? checked : localChecked;
  const hydrated = group ? group.hydrated : ownHydrated;

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
      {inGroup && exclusive && (
        <p className="aukio-checkbox__divider">{strings['checkboxGroup.divider']}</p>
      )}
      <div
        className={cx('aukio-checkbox', !inGroup && 'aukio-field', className)}
        data-invalid={hasError ? '' : undefined}
        data-exclusive={inGroup && exclusive ? '' : undefined}
      >
        {hasError && (
          <p className="aukio-field__error" id={ids.errorId}>
            <span className="aukio-visually-hidden">{strings['field.errorPrefix']}</span> {error}
          </p>
        )}
        <div className="aukio-checkbox__item">
          <input
            ref={mergeRefs(own, ref)}
            type="checkbox"
            className={cx('aukio-checkbox__input', inputClassName)}
            name={inGroup ? (group.name ?? name) : name}
            value={value}
            disabled={disabled}
            {...checkedProps}
            {...rest}
            {...controlProps}
            aria-invalid={controlProps['aria-invalid'] ?? (inGroup && group.invalid ? true : undefined)}
            onChange={handleChange}
          />
          {label !== undefined && label !== null && (
            <label className="aukio-checkbox__label" id={ids.labelId} htmlFor={ids.controlId}>
              {label}
              {marker && (
                <>
                  {' '}
                  <span className="aukio-checkbox__necessity">{marker}</span>
                </>
              )}
            </label>
          )}
          {hint !== undefined && hint !== null && hint !== '' && (
            <div className="aukio-checkbox__hint" id={ids.hintId}>
              {hint}
            </div>
          )}
        </div>
        {conditional !== undefined && conditional !== null && (
          <div
            className="aukio-checkbox__conditional"
            id={`${ids.controlId}-conditional`}
            hidden={hydrated ? !isChecked : undefined}
          >
            {conditional}
          </div>
        )}
      </div>
    </>
  );
});
