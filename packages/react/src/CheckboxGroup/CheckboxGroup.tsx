import {
  forwardRef,
  useCallback,
  useMemo,
  useRef,
  type ChangeEvent,
  type ReactNode,
} from 'react';
import { Checkbox, CheckboxGroupContext, type CheckboxGroupContextValue } from '../Checkbox/Checkbox';
import { useStrings } from '../i18n';
import { formatString } from '../i18n';
import { announce } from '../internal/announcer';
import { renamedProp } from '../internal/deprecated';
import { choiceOptionProps, FieldsetLayout, useFieldsetControl, type ChoiceOption, type OptionGroupProps } from '../internal/field';
import { useControllable } from '../internal/useControllable';
import { checkboxGroupMessages } from '../i18n/messages/checkboxGroup';

/** One option of a CheckboxGroup given as data. */
export interface CheckboxOption extends ChoiceOption {
  /** A "none of these" option: checking it unchecks the others, and vice versa. */
  exclusive?: boolean | undefined;
}

export interface CheckboxGroupProps extends OptionGroupProps {
  /** Error for the group: shown under the legend, every box gets `aria-invalid`. Inside a `<Form>`, the form's error for `name` is shown when this is not given. */
  error?: ReactNode;
  /** Marks the legend in words. Checking at least one option is validated by the app, not the browser. */
  required?: boolean | undefined;
  /** Name shared by every checkbox; the form posts one `name=value` pair per checked option. */
  name?: string | undefined;
  /** Checked values (controlled). */
  value?: readonly string[] | undefined;
  /** Initially checked values (uncontrolled). */
  defaultValue?: readonly string[] | undefined;
  /** Called with the new list of checked values (and the checkbox's change event). */
  onValueChange?: ((value: string[], event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** @deprecated use `onValueChange` (same arguments); removed in the next minor version. */
  onChange?: ((value: string[], event: ChangeEvent<HTMLInputElement>) => void) | undefined;
  /** Options as data. Or give `<Checkbox value label />` children. */
  options?: readonly CheckboxOption[] | undefined;
}

/**
 * A question answered with any number of checkboxes: fieldset and legend, hint, error, options with their
 * own hints, follow-up questions revealed under a checked option, and a "none of these" exclusive option.
 */
export const CheckboxGroup = forwardRef<HTMLFieldSetElement, CheckboxGroupProps>(function CheckboxGroup(props, ref) {
  const { group, layout: fieldset, control } = useFieldsetControl('CheckboxGroup', props, ref);
  const { necessityIndicator: _marker, name, value, defaultValue, onValueChange: onValueChangeProp, onChange: onChangeAlias, options, children, ...rest } = control;
  const strings = useStrings(checkboxGroupMessages);
  const { hasError: invalid } = group;
  const onValueChange = renamedProp('CheckboxGroup', 'onChange', onChangeAlias, 'onValueChange', onValueChangeProp);
  const [current, setCurrent] = useControllable<readonly string[], [ChangeEvent<HTMLInputElement>]>(
    value,
    defaultValue ?? [],
    onValueChange as ((value: readonly string[], event: ChangeEvent<HTMLInputElement>) => void) | undefined,
  );
  const currentRef = useRef(current);
  currentRef.current = current;
  const exclusives = useRef(new Map<string, string>());

  const onItemChange = useCallback<CheckboxGroupContextValue['onItemChange']>(
    (itemValue, checked, exclusive, event) => {
      const before = currentRef.current;
      let next: string[];
      if (!checked) {
        next = before.filter((v) => v !== itemValue);
      } else if (exclusive) {
        next = [itemValue];
        if (before.some((v) => v !== itemValue)) announce(strings['checkboxGroup.exclusiveCleared'], 'polite');
      } else {
        const cleared = before.filter((v) => exclusives.current.has(v));
        next = [...before.filter((v) => !exclusives.current.has(v) && v !== itemValue), itemValue];
        if (cleared.length > 0) {
          const labelId = exclusives.current.get(cleared[0]!);
          const text = (labelId && document.getElementById(labelId)?.textContent?.trim()) || cleared[0]!;
          announce(formatString(strings['checkboxGroup.exclusiveUnchecked'], { label: text }), 'polite');
        }
      }
      setCurrent(next, event);
    },
    [setCurrent, strings],
  );

  const context = useMemo<CheckboxGroupContextValue>(
    () => ({
      name,
      invalid,
      isChecked: (v) => current.includes(v),
      onItemChange,
      registerExclusive: (v, labelId) => {
        exclusives.current.set(v, labelId);
        return () => {
          exclusives.current.delete(v);
        };
      },
    }),
    [name, invalid, current, onItemChange],
  );

  return (
    <FieldsetLayout {...fieldset} rootClassName="aukio-checkbox-group" describeControls fieldsetProps={rest}>
      <div className="aukio-fieldset__options aukio-checkbox-group__items">
        <CheckboxGroupContext.Provider value={context}>
          {options?.map((option) => (
            <Checkbox key={option.value} {...choiceOptionProps(option)} exclusive={option.exclusive} />
          ))}
          {children}
        </CheckboxGroupContext.Provider>
      </div>
    </FieldsetLayout>
  );
});
