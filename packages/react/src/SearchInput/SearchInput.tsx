import {
  forwardRef,
  useState,
  type ChangeEvent,
  type FormEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { Button } from '../Button';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { FieldLayout, useFieldControl, type NecessityIndicator } from '../internal/field';
import type { ControlName } from '../internal/names';
import { searchInputMessages } from '../i18n/messages/searchInput';
import { useHydrated } from '../internal/useHydrated';

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'size' | 'prefix' | 'width' | 'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children'
>;

export type SearchInputProps = NativeInputProps &
  ControlName & {
    hint?: ReactNode;
    error?: ReactNode;
    /** Default `none`: a search field is rarely a required question. */
    necessityIndicator?: NecessityIndicator;
    /**
     * Wrap the field in its own `<form role="search">` (default), which makes it a search landmark and lets
     * it submit without JavaScript. Set `false` inside another form (forms cannot nest).
     */
    landmark?: boolean;
    /** Name of the search landmark, when the page has more than one. */
    landmarkLabel?: string;
    /** Where the landmark form sends the query (`GET` with the input's `name`). Without it, submitting only calls `onSearch`. */
    action?: string;
    /**
     * Called when the user searches (Enter or the search button) with the current text. With an `action`
     * the form still goes there unless you call `event.preventDefault()`.
     */
    onSearch?: (value: string, event: FormEvent<HTMLElement> | MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => void;
    /** Called after the clear button or Escape emptied the field. */
    onClear?: () => void;
    /** Hide the search button, for a field that filters as you type. */
    hideSubmit?: boolean;
    className?: string;
    inputClassName?: string;
  };

function ClearIcon() {
  return (
    <svg className="aukio-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path d="M6 6l12 12M18 6L6 18" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

function SearchIcon() {
  return (
    <svg className="aukio-icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <circle cx="10.5" cy="10.5" r="6" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <path d="M15 15l5 5" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />
    </svg>
  );
}

/** Sets an input's value the way typing does, so React's `onChange` (and form libraries) see it. */
function setInputValue(input: HTMLInputElement, value: string) {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setter?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

/**
 * A search field with a label, a clear button and a search button, in a search landmark by default.
 * Escape and the clear button empty the field in every browser and keep focus in the field.
 */
export const SearchInput = forwardRef<HTMLInputElement, SearchInputProps>(function SearchInput(props, ref) {
  const { landmark = true, className } = props;
  // The field's wiring as every single-control field has it; in a landmark the class goes on the form instead.
  const { field: wiring, control, own, controlRef } = useFieldControl(
    { ...props, necessityIndicator: props.necessityIndicator ?? 'none', className: landmark ? undefined : className },
    ref,
    'SearchInput',
  );
  const { landmark: _landmark, landmarkLabel, action, onSearch, onClear, hideSubmit, inputClassName, onChange, onKeyDown, ...rest } = control;
  const { disabled } = rest;
  const { controlProps } = wiring;
  const strings = useStrings(searchInputMessages);
  const controlled = rest.value !== undefined;
  const [typed, setTyped] = useState(() => String(rest.defaultValue ?? ''));
  const hydrated = useHydrated();
  const hasValue = (controlled ? String(rest.value ?? '') : typed) !== '';

  const clear = () => {
    const input = own.current;
    if (!input) return;
    setInputValue(input, '');
    input.focus();
    announce(strings['searchInput.cleared']);
    onClear?.();
  };
  const handleChange = (event: ChangeEvent<HTMLInputElement>) => {
    setTyped(event.currentTarget.value);
    onChange?.(event);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key === 'Escape' && event.currentTarget.value !== '') {
      // Some browsers clear search fields on Escape natively, some do not: do it the same way everywhere.
      event.preventDefault();
      event.stopPropagation();
      clear();
    } else if (event.key === 'Enter' && !landmark && onSearch) {
      event.preventDefault();
      onSearch(event.currentTarget.value, event);
    }
  };
  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    if (!onSearch) {
      if (!action) event.preventDefault();
      return;
    }
    if (!action) event.preventDefault();
    onSearch(own.current?.value ?? '', event);
  };
  const handleSubmitClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (landmark || !onSearch) return;
    event.preventDefault();
    onSearch(own.current?.value ?? '', event);
  };

  const field = (
    <FieldLayout {...wiring.layout} rootClassName="aukio-search-input">
      <div className="aukio-search-input__row">
        <div className="aukio-search-input__box">
          <input
            ref={controlRef}
            type="search"
            enterKeyHint="search"
            className={cx('aukio-search-input__input', inputClassName)}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
            {...rest}
            {...controlProps}
          />
          {hydrated && hasValue && !disabled && (
            <Button
              type="button"
              variant="tertiary"
              className="aukio-search-input__clear"
              icon={<ClearIcon />}
              aria-label={strings['searchInput.clear']}
              onClick={clear}
            />
          )}
        </div>
        {!hideSubmit && (
          <Button
            type="submit"
            className="aukio-search-input__submit"
            iconStart={<SearchIcon />}
            disabled={disabled}
            onClick={handleSubmitClick}
          >
            {strings['searchInput.submit']}
          </Button>
        )}
      </div>
    </FieldLayout>
  );

  if (!landmark) return field;
  return (
    <form
      role="search"
      className={cx('aukio-search-input__form', className)}
      action={action}
      method="get"
      aria-label={landmarkLabel}
      onSubmit={handleSubmit}
    >
      {field}
    </form>
  );
});
