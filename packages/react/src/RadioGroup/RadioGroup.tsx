import {
  createContext,
  forwardRef,
  useContext,
  useMemo,
  useRef,
  type ChangeEvent,
  type InputHTMLAttributes,
  type ReactNode,
} from 'react';
import { cx } from '../internal/cx';
import { renamedProp } from '../internal/deprecated';
import { warnOnce } from '../internal/dev';
import { choiceLayout, choiceOptionProps, useFieldStrings, FieldsetLayout, useField, useFieldsetControl, type ChoiceOption, type OptionGroupProps } from '../internal/field';
import { useMergedRefs } from '../internal/mergeRefs';
import type { ControlName } from '../internal/names';
import { useControllable } from '../internal/useControllable';
import { useNameCheck } from '../internal/useNameCheck';

interface RadioGroupContextValue {
  name: string;
  selected: string | undefined;
  required: boolean;
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
    className?: string | undefined;
    inputClassName?: string | undefined;
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
  const inputRef = useMergedRefs(own, ref);
  // The group owns the name, the error and the required marking; an option has its label and hint.
  const { ids, controlProps } = useField({ id, hint, required: group?.required, 'aria-describedby': describedBy });
  const checked = group ? group.selected === value : undefined;
  const strings = useFieldStrings();

  return choiceLayout({
    kind: 'radio',
    ids,
    label,
    hint,
    conditional,
    shown: Boolean(checked),
    className: cx('aukio-radio', className),
    strings,
    children: (
      <input
        ref={inputRef}
        type="radio"
        className={cx('aukio-choice__input', 'aukio-radio__input', inputClassName)}
        {...controlProps}
        name={group?.name}
        value={value}
        checked={checked}
        {...rest}
        onChange={(event) => {
          onChange?.(event);
          group?.onItemChange(value, event);
        }}
      />
    ),
  });
});

/** One option of a RadioGroup given as data. */
export type RadioOption = ChoiceOption;

export interface RadioGroupProps extends OptionGroupProps {
  /**
   * Error for the group: shown under the legend and read with it. Radios get no `aria-invalid` (ARIA does not
   * allow it on `radio`); the group's description carries the error, and so does the radio Tab enters the group
   * on (Orca does not read a fieldset's description). Inside a `<Form>`, the form's error for `name` is shown
   * when this is not given.
   */
  error?: ReactNode;
  /** The browser then requires one option before the form is sent. */
  required?: boolean | undefined;
  /** Name shared by the radios (generated when not given; give one for form posts). */
  name?: string | undefined;
  /** The chosen value (controlled); `''` for none. */
  value?: string | undefined;
  /** The value chosen at first (uncontrolled). */
  defaultValue?: string | undefined;
  /** Called with the newly chosen value (and the radio's change event). */
  onValueChange?: ((value: string, event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** @deprecated use `onValueChange` (same arguments); removed in the next minor version. */
  onChange?: ((value: string, event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** `stacked` (default) or `inline` for two or three short options such as Yes / No. */
  layout?: 'stacked' | 'inline' | undefined;
  /** Options as data. Or give `<Radio value label />` children. */
  options?: readonly RadioOption[] | undefined;
}

/**
 * A question answered with one choice: native radios in a fieldset. The browser gives the arrow-key
 * behaviour (one tab stop, arrows move and choose). Options can have hints and a follow-up question
 * revealed while they are chosen.
 */
export const RadioGroup = forwardRef<HTMLFieldSetElement, RadioGroupProps>(function RadioGroup(props, ref) {
  const { group, layout: fieldset, control } = useFieldsetControl('RadioGroup', props, ref);
  const { necessityIndicator: _marker, name, value, defaultValue, onValueChange: onValueChangeProp, onChange: onChangeAlias, layout = 'stacked', options, children, ...rest } = control;
  const { ids } = group;
  const onValueChange = renamedProp('RadioGroup', 'onChange', onChangeAlias, 'onValueChange', onValueChangeProp);
  const [selected, onItemChange] = useControllable<string | undefined, [ChangeEvent<HTMLInputElement>]>(
    value,
    defaultValue,
    onValueChange as ((value: string | undefined, event: ChangeEvent<HTMLInputElement>) => void) | undefined,
  );

  const context = useMemo<RadioGroupContextValue>(
    () => ({
      name: name ?? `${ids.controlId}-name`,
      selected,
      required: Boolean(props.required),
      onItemChange,
    }),
    [name, ids.controlId, selected, props.required, onItemChange],
  );

  return (
    <FieldsetLayout {...fieldset} rootClassName="aukio-radio-group" describeControls fieldsetProps={rest}>
      <div className="aukio-fieldset__options aukio-radio-group__items" data-layout={layout}>
        <RadioGroupContext.Provider value={context}>
          {options?.map((option) => (
            <Radio key={option.value} {...choiceOptionProps(option)} />
          ))}
          {children}
        </RadioGroupContext.Provider>
      </div>
    </FieldsetLayout>
  );
});
