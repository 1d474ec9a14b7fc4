import {
  forwardRef,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type FieldsetHTMLAttributes,
  type ReactNode,
} from 'react';
import { useLocale, useStrings } from '../i18n';
import { renamedProp } from '../internal/deprecated';
import { FieldsetLayout, isPresent, legendHeading, useField, type LegendHeadingProps, type NecessityIndicator } from '../internal/field';
import {
  dateLocaleTable,
  isoToParts,
  validateDateParts,
  type DatePart,
  type DateParts,
} from './validateDateParts';
import { dateInputMessages } from '../i18n/messages/dateInput';

export interface DateInputProps
  extends Omit<
    FieldsetHTMLAttributes<HTMLFieldSetElement>,
    'onChange' | 'defaultValue' | 'children' | 'onBlur' | 'id' | 'className' | 'aria-describedby' | 'disabled' | 'name' | 'form'
  >,
    LegendHeadingProps {
  /** The question, shown as the group's legend: "Syntymäaika", "Date of birth". */
  legend: ReactNode;
  legendSize?: 'm' | 'l';
  /**
   * Id of the group (the `<fieldset>`). The parts get `${id}-day`, `${id}-month` and `${id}-year`, so an
   * error summary can link to the group or straight to the wrong part.
   */
  id?: string;
  /** Base name: the parts post as `${name}-day`, `${name}-month` and `${name}-year`. */
  name?: string;
  hint?: ReactNode;
  /** Error from the app or the form; wins over the built-in message. */
  error?: ReactNode;
  /**
   * Parts marked invalid with an app `error`. By default the parts the built-in check finds wrong, or all
   * three when it finds nothing (the error is about the whole date, e.g. "must be in the future").
   */
  errorParts?: DatePart[];
  required?: boolean | undefined;
  necessityIndicator?: NecessityIndicator;
  disabled?: boolean | undefined;
  /** Initial date, `YYYY-MM-DD`, or the parts as typed (e.g. from a post that did not pass the check). */
  defaultValue?: string | DateParts;
  /** Earliest allowed date, `YYYY-MM-DD`. */
  min?: string | undefined;
  /** Latest allowed date, `YYYY-MM-DD`. */
  max?: string | undefined;
  /** The date asked is the user's own birthday: sets `autocomplete="bday-day"` etc. (WCAG 1.3.5). */
  autoCompleteBirthday?: boolean;
  /** `blur` (default): check when focus leaves the group and recheck while correcting; `submit`: leave it to the form. */
  validateOn?: 'blur' | 'submit';
  /** Called on every change: the date as `YYYY-MM-DD` when complete and real (otherwise `null`), and the parts. */
  onValueChange?: ((value: string | null, parts: DateParts) => void) | undefined;
  /** @deprecated use `onValueChange` (same arguments); removed in the next minor version. */
  onChange?: ((value: string | null, parts: DateParts) => void) | undefined;
  /** Called when focus leaves the whole group (not when moving between the parts). */
  onBlur?: (event: FocusEvent<HTMLInputElement>) => void;
  className?: string;
  /**
   * Controlled date, with `onValueChange`: `YYYY-MM-DD`, `null` for no date, or the parts as typed. A date
   * string keeps what the user is typing while it is incomplete (the string is then `null`); a new date from
   * outside (a calendar, a reset) replaces the parts. Leave out for the usual uncontrolled field.
   */
  value?: string | DateParts | null | undefined;
  /**
   * An extra check run when the date is complete, real and within `min`/`max`: return a message when the
   * date is not allowed (e.g. "not available"), otherwise `undefined`.
   */
  validate?: (value: string) => string | undefined;
  /**
   * Rendered inside the group after the part fields (DatePicker's calendar button). Focus moving between the
   * parts and this slot does not count as leaving the group; leaving from the slot does.
   */
  afterParts?: ReactNode;
}

function toParts(value: DateInputProps['defaultValue']): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  return typeof value === 'string' ? isoToParts(value) : value;
}

/**
 * The parts shown for a controlled `value`: given parts as they are; a date string (or `null`) keeps the
 * parts being typed while they still mean that date (incomplete parts mean `null`), else the date's parts.
 */
export function controlledParts(value: DateInputProps['value'], typed: DateParts): DateParts {
  if (value === undefined) return typed;
  if (value !== null && typeof value !== 'string') return value;
  const date = value || null;
  return validateDateParts(typed).value === date ? typed : toParts(date ?? undefined);
}

/**
 * A date typed as day, month and year, each in its own field, grouped under one legend with one hint and
 * one error. For dates people know (a birthday, a move-in date); no picker to wrestle with. The error names
 * the wrong part, and only the wrong parts are marked invalid. `ref` goes to the first part's input; other props go to the `<fieldset>`.
 */
export const DateInput = forwardRef<HTMLInputElement, DateInputProps>(function DateInput(props, ref) {
  const {
    legend,
    headingLevel,
    legendAs,
    legendSize,
    id,
    name,
    hint,
    error,
    errorParts,
    required,
    necessityIndicator,
    disabled,
    defaultValue,
    min,
    max,
    autoCompleteBirthday,
    validateOn = 'blur',
    onValueChange: onValueChangeProp,
    onChange: onChangeAlias,
    onBlur,
    className,
    value,
    validate,
    afterParts,
    ...rest
  } = props;
  const locale = useLocale();
  const strings = useStrings(dateInputMessages);
  const group = useField({ id, name, hint, error, required, necessityIndicator, disabled, className });
  const { ids, error: fieldError } = group;
  const onValueChange = renamedProp('DateInput', 'onChange', onChangeAlias, 'onValueChange', onValueChangeProp);
  const [typed, setParts] = useState<DateParts>(() => toParts(defaultValue));
  const parts = controlledParts(value, typed);
  const [own, setOwn] = useState<{ error?: string; invalidParts: DatePart[] } | null>(null);
  const rootRef = useRef<HTMLFieldSetElement>(null);
  const rules = { locale, strings, min, max, required };
  const order = (dateLocaleTable[locale] ?? dateLocaleTable.fi).order;
  const check = (next: DateParts) => {
    const result = validateDateParts(next, rules);
    const extra = result.value && validate ? validate(result.value) : undefined;
    return extra ? { value: null, error: extra, invalidParts: [...order] } : result;
  };

  const shownError = fieldError ?? own?.error;
  let invalidParts: DatePart[] = [];
  if (isPresent(fieldError)) {
    const found = check(parts).invalidParts;
    invalidParts = errorParts ?? (found.length ? found : order);
  } else if (own?.error) {
    invalidParts = own.invalidParts;
  }

  const update = (part: DatePart) => (event: ChangeEvent<HTMLInputElement>) => {
    const next = { ...parts, [part]: event.currentTarget.value };
    setParts(next);
    const result = check(next);
    onValueChange?.(result.value, next);
    if (own?.error) setOwn(result.error ? result : null);
  };
  // A controlled value changed from outside (a date chosen in a calendar): recheck a shown error.
  const lastValue = useRef(value);
  useEffect(() => {
    if (value === undefined || value === lastValue.current) return;
    lastValue.current = value;
    if (own?.error) {
      const result = check(parts);
      setOwn(result.error ? result : null);
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value]);
  const handleBlur = (event: FocusEvent<HTMLElement>) => {
    const next = event.relatedTarget as Node | null;
    if (next && rootRef.current?.contains(next)) return;
    onBlur?.(event as FocusEvent<HTMLInputElement>);
    if (validateOn === 'blur') {
      const result = check(parts);
      setOwn(result.error ? result : null);
    }
  };

  const labels: Record<DatePart, string> = {
    day: strings['dateInput.day'],
    month: strings['dateInput.month'],
    year: strings['dateInput.year'],
  };

  return (
    <FieldsetLayout {...group.layout} error={shownError} legend={legend} legendAs={legendHeading('DateInput', { headingLevel, legendAs })} legendSize={legendSize}
      rootClassName="aukio-date-input" fieldsetRef={rootRef} fieldsetProps={rest}>
      <div className="aukio-date-input__parts">
        {order.map((part, index) => {
          const partId = `${ids.controlId}-${part}`;
          return (
            <div className="aukio-date-input__item" key={part} data-part={part}>
              <label className="aukio-date-input__label" htmlFor={partId}>
                {labels[part]}
              </label>
              <input
                ref={index === 0 ? ref : undefined}
                id={partId}
                name={name ? `${name}-${part}` : undefined}
                className="aukio-field__input aukio-date-input__input"
                data-part={part}
                type="text"
                inputMode="numeric"
                spellCheck={false}
                autoComplete={autoCompleteBirthday ? `bday-${part}` : undefined}
                value={parts[part]}
                onChange={update(part)}
                onBlur={handleBlur}
                required={required || undefined}
                aria-invalid={invalidParts.includes(part) ? true : undefined}
              />
            </div>
          );
        })}
        {afterParts !== undefined && afterParts !== null && (
          // Only catches focus leaving the group from the slot; the slot's own controls handle their keys.
          // eslint-disable-next-line jsx-a11y/no-static-element-interactions
          <div className="aukio-date-input__after" onBlur={handleBlur}>
            {afterParts}
          </div>
        )}
      </div>
    </FieldsetLayout>
  );
});
