import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type FieldsetHTMLAttributes,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { useHydrated } from '../internal/useHydrated';
import { cx } from '../internal/cx';
import { warnOnce } from '../internal/dev';
import { FieldsetLayout, useFieldIds, type LegendHeading, type NecessityIndicator } from '../internal/field';
import { mergeRefs } from '../internal/mergeRefs';
import type { ControlName } from '../internal/names';
import { useNameCheck } from '../internal/useNameCheck';

interface RadioGroupContextValue {
  name: string;
  selected: string | undefined;
  required: boolean;
  hydrated: boolean;
  onItemChange(value: string, event: ChangeEvent<HTMLInputElement>): void;
}

const RadioGroupContext = createContext<RadioGroupContextValue | null>(null);

type NativeRadioProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'value' | 'name' | 'checked' | 'defaultChecked' | 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | 'size' | 'required'
>;

export type RadioProps = NativeRadioProps &
  ControlName & {
    /** Value posted with the form when this option is chosen. */
    value: string;
    /** Help for this option, shown under its label and read with it. */
    hint?: ReactNode;
    /** Follow-up question shown under the option while it is chosen. */
    conditional?: ReactNode;
    /** Class on the option's root element; `inputClassName` goes on the `<input>`. */
    className?: string;
    inputClassName?: string;
  };

/** One option of a RadioGroup. Use it only inside a RadioGroup, which owns the name and the chosen value. */
export const Radio = forwardRef<HTMLInputElement, RadioProps>(function Radio(props, ref) {
  const {
    id,
    label,
    hint,
    conditional,
    className,
    inputClassName,
    value,
    onChange,
    'aria-describedby': describedBy,
    ...rest
  } = props;
  const group = useContext(RadioGroupContext);
  if (process.env.NODE_ENV !== 'production' && !group) warnOnce('radio:group', '<Radio> must be inside a <RadioGroup>.');
  const own = useRef<HTMLInputElement>(null);
  useNameCheck(own, 'Radio');
  const ids = useFieldIds(id);
  const hasHint = hint !== undefined && hint !== null && hint !== '';
  const described = [hasHint && ids.hintId, describedBy].filter(Boolean).join(' ') || undefined;
  const checked = group ? group.selected === value : undefined;

  return (
    <div className={cx('aukio-radio', className)}>
      <div className="aukio-radio__item">
        <input
          ref={mergeRefs(own, ref)}
          type="radio"
          className={cx('aukio-radio__input', inputClassName)}
          id={ids.controlId}
          name={group?.name}
          value={value}
          checked={checked}
          required={group?.required || undefined}
          aria-describedby={described}
          {...rest}
          onChange={(event) => {
            onChange?.(event);
            group?.onItemChange(value, event);
          }}
        />
        {label !== undefined && label !== null && (
          <label className="aukio-radio__label" id={ids.labelId} htmlFor={ids.controlId}>
            {label}
          </label>
        )}
        {hasHint && (
          <div className="aukio-radio__hint" id={ids.hintId}>
            {hint}
          </div>
        )}
      </div>
      {conditional !== undefined && conditional !== null && (
        <div
          className="aukio-radio__conditional"
          id={`${ids.controlId}-conditional`}
          hidden={group?.hydrated ? !checked : undefined}
        >
          {conditional}
        </div>
      )}
    </div>
  );
});

/** One option of a RadioGroup given as data. */
export interface RadioOption {
  value: string;
  /** Visible label. Required: an option without a label has no name. */
  label: ReactNode;
  hint?: ReactNode;
  disabled?: boolean;
  /** Follow-up question revealed under the option while it is chosen. */
  conditional?: ReactNode;
}

type NativeFieldsetProps = Omit<
  FieldsetHTMLAttributes<HTMLFieldSetElement>,
  'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | 'onChange' | 'defaultValue'
>;

export interface RadioGroupProps extends NativeFieldsetProps {
  /** The question. Required: it names the group. */
  legend: ReactNode;
  legendAs?: LegendHeading;
  legendSize?: 'm' | 'l';
  hint?: ReactNode;
  /**
   * Error for the group: shown under the legend and read with it. Radios get no `aria-invalid` (ARIA does not
   * allow it on `radio`); the group's description carries the error.
   */
  error?: ReactNode;
  /** The browser then requires one option before the form is sent. */
  required?: boolean;
  necessityIndicator?: NecessityIndicator;
  /** Name shared by the radios (generated when not given; give one for form posts). */
  name?: string;
  /** The chosen value (controlled); `''` for none. */
  value?: string;
  /** The value chosen at first (uncontrolled). */
  defaultValue?: string;
  /** Called with the newly chosen value. */
  onChange?: (value: string, event: ChangeEvent<HTMLInputElement>) => void;
  /** `stacked` (default) or `inline` for two or three short options such as Yes / No. */
  layout?: 'stacked' | 'inline';
  /** Options as data. Or give `<Radio value label />` children. */
  options?: RadioOption[];
  children?: ReactNode;
}

/**
 * A question answered with one choice: native radios in a fieldset. The browser gives the arrow-key
 * behaviour (one tab stop, arrows move and choose). Options can have hints and a follow-up question
 * revealed while they are chosen.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(props, ref) {
  const {
    id,
    legend,
    legendAs,
    legendSize,
    hint,
    error,
    required,
    necessityIndicator,
    name,
    value,
    defaultValue,
    onChange,
    layout = 'stacked',
    options,
    children,
    disabled,
    className,
    'aria-describedby': describedBy,
    ...rest
  } = props;
  const ids = useFieldIds(id);
  const hydrated = useHydrated();
  const [uncontrolled, setUncontrolled] = useState<string | undefined>(defaultValue);
  const selected = value ?? uncontrolled;

  const onItemChange = useCallback(
    (itemValue: string, event: ChangeEvent<HTMLInputElement>) => {
      if (value === undefined) setUncontrolled(itemValue);
      onChange?.(itemValue, event);
    },
    [onChange, value],
  );

  const context = useMemo<RadioGroupContextValue>(
    () => ({
      name: name ?? `${ids.controlId}-name`,
      selected,
      required: Boolean(required),
      hydrated,
      onItemChange,
    }),
    [name, ids.controlId, selected, required, hydrated, onItemChange],
  );

  return (
    <FieldsetLayout
      ids={ids}
      legend={legend}
      legendAs={legendAs}
      legendSize={legendSize}
      hint={hint}
      error={error}
      required={required}
      necessityIndicator={necessityIndicator}
      rootClassName="aukio-radio-group"
      className={className}
      disabled={disabled}
      aria-describedby={describedBy}
      fieldsetRef={ref}
      fieldsetProps={rest}
    >
      <div className="aukio-radio-group__items" data-layout={layout}>
        <RadioGroupContext.Provider value={context}>
          {options?.map((option) => (
            <Radio
              key={option.value}
              value={option.value}
              label={option.label}
              hint={option.hint}
              disabled={option.disabled}
              conditional={option.conditional}
            />
          ))}
          {children}
        </RadioGroupContext.Provider>
      </div>
    </FieldsetLayout>
  );
});
