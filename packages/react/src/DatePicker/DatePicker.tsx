import { forwardRef, useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent, type ReactElement } from 'react';
import { Button } from '../Button';
import { controlledParts, DateInput, type DateInputProps } from '../DateInput/DateInput';
import { dateLocaleTable, isoToParts, parseIsoDate, validateDateParts, type DateParts } from '../DateInput/validateDateParts';
import { Dialog } from '../Dialog';
import { formatString, useLocale, useStrings } from '../i18n';
import { datePickerMessages } from '../i18n/messages/datePicker';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { renamedProp } from '../internal/deprecated';
import { useFieldIds } from '../internal/field';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';
import { addDays, addMonths, clampIso, isoToUtcDate, monthWeeks, todayIso, weekdayIndex } from './calendar';
import { CalendarIcon, ChevronIcon } from './icons';

export interface DatePickerProps extends Omit<DateInputProps, 'validate' | 'afterParts' | 'autoCompleteBirthday'> {
  /** Controlled calendar dialog: whether it is open. Use with `onOpenChange`. */
  open?: boolean | undefined;
  /** Uncontrolled: the calendar is open at first (after hydration: without JavaScript there is no calendar). */
  defaultOpen?: boolean | undefined;
  /** Called when the calendar opens (the button) or closes (a date chosen, Escape, Cancel). */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /**
   * Dates that cannot be chosen (full, closed, a holiday): `date` is `YYYY-MM-DD`. Such days are marked in the
   * calendar and a typed one gets a message. Check the date on the server too.
   */
  isDateUnavailable?: (date: string) => boolean;
}

function toParts(value: DatePickerProps['defaultValue']): DateParts {
  if (!value) return { day: '', month: '', year: '' };
  return typeof value === 'string' ? isoToParts(value) : value;
}

/** Monday 2024-01-01 and the six days after it, for the weekday names. */
const WEEK = Array.from({ length: 7 }, (_, i) => `2024-01-0${i + 1}`);

/**
 * DateInput (day, month and year fields) plus a "Choose date" button that opens a month calendar in a modal
 * dialog, as in the WAI-ARIA APG date picker dialog. The fields stay the source of truth and post with the
 * form; the button appears only after hydration, so without JavaScript the fields work alone. `ref` goes to
 * the first field; other props go to the `<fieldset>`.
 */
export const DatePicker = forwardRef<HTMLInputElement, DatePickerProps>(function DatePicker(props, ref) {
  const { id, legend, value, defaultValue, min, max, isDateUnavailable, onValueChange: onValueChangeProp, onChange: onChangeAlias,
    open: openProp, defaultOpen = false, onOpenChange, disabled, className, ...rest } = props;
  const onValueChange = renamedProp('DatePicker', 'onChange', onChangeAlias, 'onValueChange', onValueChangeProp);
  const locale = useLocale();
  const strings = useStrings(datePickerMessages);
  const ids = useFieldIds(id);
  const labelId = useId();
  const [typed, setParts] = useState<DateParts>(() => toParts(defaultValue));
  const parts = controlledParts(value, typed);
  const hydrated = useHydrated();
  const [openState, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  // The calendar exists only after hydration: a server render with `open` shows the fields alone.
  const open = hydrated && openState;
  const [focused, setFocused] = useState('');
  const [today, setToday] = useState('');
  const [shownOpen, setShownOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cellRef = useRef<HTMLTableCellElement>(null);
  const moveFocus = useRef(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && min && max && min > max) {
      console.error(`[Aukio] <DatePicker> min (${min}) is later than max (${max}): no date can be chosen.`);
    }
  }, [min, max]);

  // After a key moved the focused day (maybe into another month, which re-renders), focus follows it.
  useEffect(() => {
    if (moveFocus.current) {
      moveFocus.current = false;
      cellRef.current?.focus();
    }
  }, [focused]);

  const format = dateLocaleTable[locale] ?? dateLocaleTable.fi;
  const formatIso = (iso: string) => {
    const d = parseIsoDate(iso)!;
    return format.format(d.day, d.month, d.year);
  };
  const outOfRange = (iso: string) => Boolean((min && iso < min) || (max && iso > max));
  const unavailable = (iso: string) => Boolean(isDateUnavailable?.(iso));
  const validate = (iso: string) =>
    unavailable(iso) ? formatString(strings['datePicker.unavailable'], { date: formatIso(iso) }) : undefined;
  const selected = validateDateParts(parts, { locale }).value;

  // However it opens (the button, `open`, `defaultOpen`), the calendar starts at the chosen date or today.
  if (open !== shownOpen) {
    setShownOpen(open);
    if (open) {
      const now = todayIso();
      setToday(now);
      setFocused(selected ?? clampIso(now, min, max));
    }
  }

  function choose(iso: string) {
    if (outOfRange(iso) || unavailable(iso)) return;
    const next = isoToParts(iso);
    setParts(next);
    onValueChange?.(iso, next);
    setOpen(false);
    // Focus goes back to the button, which does not say the date: the announcer does (heard with Orca).
    announce(formatString(strings['datePicker.chosen'], { date: dayName.format(isoToUtcDate(iso)) }));
  }

  function handleGridKey(event: KeyboardEvent<HTMLTableElement>) {
    if (!focused) return;
    let next: string | null = null;
    switch (event.key) {
      case 'ArrowLeft':
        next = addDays(focused, -1);
        break;
      case 'ArrowRight':
        next = addDays(focused, 1);
        break;
      case 'ArrowUp':
        next = addDays(focused, -7);
        break;
      case 'ArrowDown':
        next = addDays(focused, 7);
        break;
      case 'Home':
        next = addDays(focused, -weekdayIndex(focused));
        break;
      case 'End':
        next = addDays(focused, 6 - weekdayIndex(focused));
        break;
      case 'PageUp':
        next = addMonths(focused, event.shiftKey ? -12 : -1);
        break;
      case 'PageDown':
        next = addMonths(focused, event.shiftKey ? 12 : 1);
        break;
      case 'Enter':
      case ' ':
        event.preventDefault();
        choose(focused);
        return;
      default:
        return;
    }
    event.preventDefault();
    moveFocus.current = true;
    setFocused(next);
  }

  function handleGridClick(event: MouseEvent<HTMLTableElement>) {
    const cell = (event.target as Element).closest<HTMLElement>('[data-date]');
    const iso = cell?.dataset.date;
    if (!iso) return;
    setFocused(iso);
    choose(iso);
  }

  const legendText = typeof legend === 'string' || typeof legend === 'number' ? String(legend) : null;
  const textId = `${ids.controlId}-picker-text`;
  const utc = { timeZone: 'UTC' } as const;
  const monthYear = focused ? new Intl.DateTimeFormat(locale, { ...utc, month: 'long', year: 'numeric' }).format(isoToUtcDate(focused)) : strings['datePicker.open'];
  const dayName = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const dayLabel = (iso: string) => {
    const name = dayName.format(isoToUtcDate(iso));
    if (outOfRange(iso)) return formatString(strings['datePicker.outOfRangeDay'], { date: name });
    return unavailable(iso) ? formatString(strings['datePicker.unavailableDay'], { date: name }) : name;
  };
  // On opening, Orca reads the dialog's name (the month) and not the focused day: the announcer says the day.
  useEffect(() => {
    if (open && focused) announce(dayLabel(focused));
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the calendar opens, not on each move
  }, [open]);
  const longWeekday = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'long' });
  const shortWeekday = new Intl.DateTimeFormat(locale, { ...utc, weekday: 'short' });

  const navButton = (label: string, icon: ReactElement, months: number) => (
    <Button
      variant="secondary"
      className="aukio-date-picker__nav-button"
      icon={icon}
      aria-label={label}
      onClick={() => setFocused(addMonths(focused, months))}
    />
  );

  const calendar = focused && (
    <>
      <div className="aukio-date-picker__nav">
        {navButton(strings['datePicker.previousYear'], <ChevronIcon double />, -12)}
        {navButton(strings['datePicker.previousMonth'], <ChevronIcon />, -1)}
        {navButton(strings['datePicker.nextMonth'], <ChevronIcon flip />, 1)}
        {navButton(strings['datePicker.nextYear'], <ChevronIcon double flip />, 12)}
      </div>
      {/* The APG date picker grid is a table with role="grid"; its keys are handled once on the table. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-to-interactive-role */}
      <table role="grid" className="aukio-date-picker__grid" aria-labelledby={labelId} onKeyDown={handleGridKey} onClick={handleGridClick}>
        <thead>
          <tr>
            {WEEK.map((iso) => (
              <th key={iso} scope="col" className="aukio-date-picker__weekday">
                <span aria-hidden="true">{shortWeekday.format(isoToUtcDate(iso))}</span>
                <span className="aukio-visually-hidden">{longWeekday.format(isoToUtcDate(iso))}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(focused).map((week) => (
            <tr key={week.find(Boolean)}>
              {week.map((iso, i) => {
                if (!iso) return <td key={`empty-${i}`} className="aukio-date-picker__empty" />;
                const isOut = outOfRange(iso);
                const isUnavailable = !isOut && unavailable(iso);
                const isFocused = iso === focused;
                return (
                  <td
                    key={iso}
                    ref={isFocused ? cellRef : undefined}
                    role="gridcell"
                    className="aukio-date-picker__cell"
                    data-date={iso}
                    tabIndex={isFocused ? 0 : -1}
                    aria-selected={iso === selected ? true : undefined}
                    aria-current={iso === today ? 'date' : undefined}
                    aria-disabled={isOut || isUnavailable ? true : undefined}
                    data-unavailable={isOut || isUnavailable ? '' : undefined}
                  >
                    <span className="aukio-date-picker__day" aria-hidden="true">
                      {Number(iso.slice(8))}
                    </span>
                    <span className="aukio-visually-hidden">{dayLabel(iso)}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <Dialog.Actions>
        <Dialog.Close>{strings['datePicker.cancel']}</Dialog.Close>
      </Dialog.Actions>
    </>
  );

  const picker = hydrated && (
    <>
      <Button
        ref={buttonRef}
        variant="secondary"
        className="aukio-date-picker__button"
        iconStart={<CalendarIcon />}
        aria-label={legendText !== null ? formatString(strings['datePicker.openWithLabel'], { label: legendText }) : undefined}
        aria-labelledby={legendText === null ? `${textId} ${ids.labelId}` : undefined}
        aria-haspopup="dialog"
        data-state={open ? 'open' : 'closed'}
        onClick={() => setOpen(true)}
      >
        <span id={textId}>{strings['datePicker.open']}</span>
      </Button>
      <Dialog
        className="aukio-date-picker__dialog"
        title={
          <span id={labelId} aria-live="polite">
            {monthYear}
          </span>
        }
        open={open}
        onOpenChange={setOpen}
        initialFocus={cellRef}
        returnFocus={buttonRef}
        closeButton={false}
      >
        {open && calendar}
      </Dialog>
    </>
  );

  return (
    <DateInput
      {...rest}
      ref={ref}
      id={ids.controlId}
      legend={legend}
      className={cx('aukio-date-picker', className)}
      disabled={disabled}
      min={min}
      max={max}
      value={parts}
      onValueChange={(date, next) => {
        setParts(next);
        onValueChange?.(date, next);
      }}
      validate={validate}
      afterParts={picker || undefined}
    />
  );
});
