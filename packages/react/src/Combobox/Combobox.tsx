import {
  forwardRef,
  useEffect,
  useMemo,
  useRef,
  useState,
  type ChangeEvent,
  type InputHTMLAttributes,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { formatPlural, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { renamedProp } from '../internal/deprecated';
import { FieldLayout, useField, type FieldTextProps } from '../internal/field';
import { mergeRefs } from '../internal/mergeRefs';
import type { ControlName } from '../internal/names';
import { useNameCheck } from '../internal/useNameCheck';
import { useOutsidePointer } from '../internal/dismiss';
import { comboboxMessages } from '../i18n/messages/combobox';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';
import { popoverMode, usePopup } from '../internal/popup';
import { useBrowserLayoutEffect } from '../internal/useBrowserLayoutEffect';

export interface ComboboxOption {
  /** What the form posts and `onValueChange` receives (select-only mode). */
  value: string;
  /** What the user sees, types and hears. */
  label: string;
  disabled?: boolean;
}

type NativeInputProps = Omit<
  InputHTMLAttributes<HTMLInputElement>,
  | 'type'
  | 'role'
  | 'value'
  | 'defaultValue'
  | 'onChange'
  | 'children'
  | 'size'
  | 'prefix'
  | 'aria-label'
  | 'aria-labelledby'
  | 'aria-invalid'
  | 'aria-expanded'
  | 'aria-controls'
  | 'aria-autocomplete'
  | 'aria-activedescendant'
>;

export type ComboboxProps = NativeInputProps &
  ControlName &
  FieldTextProps & {
    /**
     * The options, for a list known in advance (any length: long lists are virtualised). With `loadOptions`:
     * the options already known before any load, such as the preset value's, so its label shows (and posts)
     * in the server HTML; the list itself shows what `loadOptions` returns.
     */
    options?: readonly ComboboxOption[];
    /**
     * Loads options for what the user typed. Called a moment after typing stops; `signal` aborts when a newer
     * query replaces this one. Reject to show the error with its retry button.
     */
    loadOptions?: (query: string, signal: AbortSignal) => Promise<readonly ComboboxOption[]>;
    /**
     * `false` (default): select-only, the value is always one of the options. `true`: any text is the value
     * and the options are suggestions.
     */
    freeText?: boolean;
    /** Selected option value (select-only) or the text (free text). `null` for none. */
    value?: string | null;
    defaultValue?: string | null;
    /** Called with the new value (an option's value, or the text in free-text mode; `null` for none). */
    onValueChange?: (value: string | null) => void;
    /** @deprecated use `onValueChange` (same argument); removed in the next minor version. */
    onChange?: (value: string | null) => void;
    /** Name for form posts; the value travels in a hidden input (the text itself in free-text mode). */
    name?: string;
    /** Milliseconds after the last keystroke before `loadOptions` is called. */
    loadDelay?: number;
    className?: string;
    inputClassName?: string;
  };

/** Lists longer than this render only the options in view. */
const VIRTUAL_FROM = 100;
const NO_OPTIONS: readonly ComboboxOption[] = [];
const OVERSCAN = 6;
/** Fallbacks before layout is known (jsdom, first open): 2.75rem rows in a 20rem list at 16 px. */
const ROW = 44;
const VIEW = 320;

/** Index of the row at `y` pixels from the list's top, given the rows' top offsets (`offsets[count]` = total). */
function rowAt(offsets: Float64Array, y: number): number {
  let lo = 0;
  let hi = offsets.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

/** Lowercase and composed (NFC), so "Ä" typed as a + combining diaeresis still matches; ä is never a. */
function fold(text: string, locale: string): string {
  return text.normalize('NFC').toLocaleLowerCase(locale);
}

/** Indexes of matching labels: those that start with the query first, then those containing it. */
function filterIndexes(folded: readonly string[], query: string): number[] {
  const starts: number[] = [];
  const contains: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const at = folded[i]!.indexOf(query);
    if (at === 0) starts.push(i);
    else if (at > 0) contains.push(i);
  }
  return starts.length ? (contains.length ? starts.concat(contains) : starts) : contains;
}

type Status = 'idle' | 'loading' | 'error';

/**
 * The APG combobox with a listbox popup: DOM focus stays in the text input, `aria-activedescendant` points at
 * the active option. Filters as the user types (case-insensitive substring), loads options asynchronously
 * with `loadOptions`, announces the number of results, and virtualises long lists.
 */
export const Combobox = forwardRef<HTMLInputElement, ComboboxProps>(function Combobox(props, ref) {
  const {
    id,
    label,
    'aria-label': ariaLabel,
    'aria-labelledby': ariaLabelledBy,
    hint,
    error,
    required,
    necessityIndicator,
    disabled,
    options: staticOptions,
    loadOptions,
    freeText = false,
    value: valueProp,
    defaultValue = null,
    onValueChange,
    onChange: onChangeAlias,
    name,
    loadDelay = 250,
    className,
    inputClassName,
    'aria-describedby': describedBy,
    onKeyDown,
    onBlur,
    ...rest
  } = props;
  const strings = useStrings(comboboxMessages);
  const locale = useLocale();
  const { ids, controlProps, error: shownError } = useField({ id, name, hint, error, required, 'aria-describedby': describedBy });
  const listboxId = `${ids.controlId}-listbox`;
  const optionId = (index: number) => `${ids.controlId}-option-${index}`;

  const inputRef = useRef<HTMLInputElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const fieldRef = useRef<HTMLDivElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const windowRef = useRef<HTMLDivElement>(null);
  useNameCheck(inputRef, 'Combobox');

  // Options: static, or the latest async result.
  const [loaded, setLoaded] = useState<readonly ComboboxOption[]>([]);
  const [status, setStatus] = useState<Status>('idle');
  const isAsync = Boolean(loadOptions);
  const options = (isAsync ? loaded : staticOptions) ?? NO_OPTIONS;
  const folded = useMemo(() => options.map((o) => fold(o.label, locale)), [options, locale]);

  // Value: the selected option's value (select-only) or the text (free text).
  const [value, setValue] = useControllable<string | null>(
    valueProp,
    defaultValue,
    renamedProp('Combobox', 'onChange', onChangeAlias, 'onValueChange', onValueChange),
  );
  const chosen = useRef<ComboboxOption | null>(null);
  const labelOf = (v: string | null): string => {
    if (v === null) return '';
    if (freeText) return v;
    if (chosen.current?.value === v) return chosen.current.label;
    // Async: `options` are the ones known before any load (the preset value's), so its label is in the server HTML.
    return (options.find((o) => o.value === v) ?? (isAsync ? staticOptions?.find((o) => o.value === v) : undefined))?.label ?? '';
  };
  const selectedLabel = labelOf(value);
  const [text, setText] = useState(selectedLabel);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [scrollTop, setScrollTop] = useState(0);
  // Virtual lists measure each rendered row (labels wrap, so rows differ in height): heights by option index,
  // for these options at this list size; rows not yet rendered count as the average measured so far.
  const sizes = useRef({ options, map: new Map<number, number>(), sum: 0 });
  if (sizes.current.options !== options) sizes.current = { options, map: new Map(), sum: 0 };
  const viewHeight = useRef(VIEW);
  const reveal = useRef(false);
  const [sizeVersion, remeasured] = useState(0);
  const hydrated = useHydrated();

  // A value set from outside shows its label. The previous value is kept in state (not a ref), the
  // render-phase update React documents, so it also holds under React 18's StrictMode double render.
  const [lastValue, setLastValue] = useState(value);
  if (lastValue !== value) {
    setLastValue(value);
    if (text !== selectedLabel && !(freeText && text === value)) setText(selectedLabel);
  }

  const filtered = useMemo(() => {
    if (isAsync || !query) return options.map((_, i) => i);
    return filterIndexes(folded, fold(query, locale));
  }, [isAsync, options, folded, query, locale]);
  const count = filtered.length;

  function commitValue(next: string | null, option: ComboboxOption | null) {
    chosen.current = option;
    if (next === value) return;
    setLastValue(next);
    setValue(next);
  }

  // ---- async loading ----
  const loadTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const controller = useRef<AbortController | null>(null);
  const loader = useRef(loadOptions);
  useEffect(() => {
    loader.current = loadOptions;
  });
  function load(q: string, wait: number) {
    const fn = loader.current;
    if (!fn) return;
    clearTimeout(loadTimer.current);
    controller.current?.abort();
    setStatus('loading');
    loadTimer.current = setTimeout(() => {
      const c = new AbortController();
      controller.current = c;
      announce(strings['combobox.loading']);
      // Through a promise so a loader that throws synchronously is an error too, not a crash.
      Promise.resolve()
        .then(() => fn(q, c.signal))
        .then(
          (result) => {
            if (c.signal.aborted) return;
            setLoaded(result);
            setActive(-1);
            setScrollTop(0);
            setStatus('idle');
          },
          () => {
            if (c.signal.aborted) return;
            // Stale options for an older query would mislead; the typed text stays.
            setLoaded(NO_OPTIONS);
            setStatus('error');
            announce(strings['combobox.error'], 'assertive');
          },
        );
    }, wait);
  }
  useEffect(
    () => () => {
      clearTimeout(loadTimer.current);
      controller.current?.abort();
    },
    [],
  );

  // ---- results announcement, debounced so typing is not talked over ----
  useEffect(() => {
    if (!open || status !== 'idle') return;
    const timer = setTimeout(() => {
      announce(
        count === 0
          ? strings['combobox.noResults']
          : formatPlural(locale, count, { one: strings['combobox.results.one'], other: strings['combobox.results.other'] }),
      );
    }, 500);
    return () => clearTimeout(timer);
  }, [open, status, filtered, count, locale, strings]);

  // ---- open, close, move ----
  const virtual = count > VIRTUAL_FROM;

  /** Top offsets of the rows of `list` (one more entry: the total height), from measured or estimated heights. */
  function offsetsOf(list: readonly number[]): Float64Array {
    const { map, sum } = sizes.current;
    const estimate = map.size ? sum / map.size : ROW;
    const out = new Float64Array(list.length + 1);
    for (let i = 0; i < list.length; i++) out[i + 1] = out[i]! + (map.get(list[i]!) ?? estimate);
    return out;
  }
  // sizeVersion: the measured heights changed (the map is mutated in place).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const offsets = useMemo(() => (virtual ? offsetsOf(filtered) : null), [virtual, filtered, sizeVersion]);

  /** The scroll position that shows row `index` whole, moving as little as possible from `fromTop`. */
  function scrollFor(index: number, fromTop: number, offs: Float64Array): number {
    const top = offs[index]!;
    const bottom = offs[index + 1]!;
    if (top < fromTop || bottom - top > viewHeight.current) return top;
    if (bottom > fromTop + viewHeight.current) return bottom - viewHeight.current;
    return fromTop;
  }

  function activate(index: number, list = filtered, fromTop = scrollTop) {
    setActive(index);
    if (index < 0 || list.length <= VIRTUAL_FROM) return;
    // Scrolled with the heights known now; once the row is rendered and measured, the layout effect corrects it.
    reveal.current = true;
    setScrollTop(scrollFor(index, fromTop, list === filtered && offsets ? offsets : offsetsOf(list)));
  }

  /**
   * The next enabled option from `from`, going in the direction of `step`. Single steps wrap around the ends;
   * page steps stop at the end and, when the options from there on are disabled, take the nearest enabled one
   * back towards `from`, so Page Up/Down never lose the active option.
   */
  function enabledFrom(list: number[], from: number, step: number): number {
    const n = list.length;
    const dir = step > 0 ? 1 : -1;
    const enabled = (i: number) => !options[list[i]!]?.disabled;
    if (Math.abs(step) !== 1) {
      const target = Math.max(0, Math.min(n - 1, from));
      for (let i = target; i >= 0 && i < n; i += dir) if (enabled(i)) return i;
      for (let i = target - dir; i >= 0 && i < n; i -= dir) if (enabled(i)) return i;
      return -1;
    }
    let i = from;
    for (let tries = 0; tries < n; tries++) {
      i = (i + n) % n;
      if (enabled(i)) return i;
      i += dir;
    }
    return -1;
  }

  function openList(focus: 'first' | 'last' | 'selected' | 'none') {
    const q = freeText || text !== selectedLabel ? text : '';
    const list = isAsync || !q ? options.map((_, i) => i) : filterIndexes(folded, fold(q, locale));
    setQuery(q);
    setOpen(true);
    if (isAsync && !open) load(q, 0);
    let index = -1;
    if (focus === 'first') index = enabledFrom(list, 0, 1);
    else if (focus === 'last') index = enabledFrom(list, list.length - 1, -1);
    else if (focus === 'selected' && value !== null && !freeText) index = list.findIndex((i) => options[i]!.value === value);
    activate(index, list, 0);
  }

  function close() {
    setOpen(false);
    setActive(-1);
    setScrollTop(0);
  }

  function choose(index: number) {
    const option = options[filtered[index] ?? -1];
    if (!option || option.disabled) return;
    setText(option.label);
    setQuery('');
    commitValue(freeText ? option.label : option.value, option);
    close();
  }

  /** Leaving the field: a select-only combobox keeps a real option, or what it had. */
  function settle() {
    close();
    if (freeText || text === selectedLabel) return;
    const typed = fold(text.trim(), locale);
    const exact = typed ? options.find((o, i) => folded[i] === typed && !o.disabled) : undefined;
    if (exact) {
      setText(exact.label);
      commitValue(exact.value, exact);
    } else setText(selectedLabel);
    setQuery('');
  }

  useOutsidePointer(open, root, settle);
  // The list is in the top layer, placed by the field (input and toggle), so no scrolling ancestor clips it.
  usePopup(open, fieldRef, popupRef);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const next = event.target.value;
    setText(next);
    setQuery(next);
    setOpen(true);
    setActive(-1);
    setScrollTop(0);
    if (freeText) commitValue(next === '' ? null : next, null);
    else if (next === '') commitValue(null, null);
    if (isAsync) load(next, loadDelay);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    const key = event.key;
    if (key === 'ArrowDown' || key === 'ArrowUp') {
      event.preventDefault();
      const down = key === 'ArrowDown';
      if (event.altKey) {
        if (down && !open) openList('none');
        else if (!down && open) close();
      } else if (!open) openList(down ? 'first' : 'last');
      else if (count) activate(enabledFrom(filtered, active < 0 ? (down ? 0 : count - 1) : active + (down ? 1 : -1), down ? 1 : -1));
    } else if ((key === 'PageDown' || key === 'PageUp') && open && count) {
      event.preventDefault();
      const step = key === 'PageDown' ? 10 : -10;
      activate(enabledFrom(filtered, active < 0 ? 0 : active + step, step));
    } else if (key === 'Enter') {
      if (open && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (open) {
        // Nothing chosen: close, settle the text, and let the form submit as a text field would.
        settle();
      }
    } else if (key === 'Escape') {
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        close();
      } else if (freeText && text) {
        event.preventDefault();
        setText('');
        setQuery('');
        commitValue(null, null);
      } else if (!freeText && text !== selectedLabel) {
        event.preventDefault();
        setText(selectedLabel);
      }
    } else if (key === 'Tab') {
      // Tab accepts the option the user moved to, then focus moves on as usual.
      if (open && active >= 0) choose(active);
    } else if (key === 'Home' || key === 'End' || key === 'ArrowLeft' || key === 'ArrowRight') {
      // The keys edit the text (APG): the caret moves and the visual focus returns to the input.
      setActive(-1);
    }
  }

  // ---- layout: virtual window, scroll sync, measuring ----
  let start = 0;
  let end = count;
  if (offsets) {
    start = Math.max(0, rowAt(offsets, scrollTop) - OVERSCAN);
    end = Math.min(count, rowAt(offsets, scrollTop + viewHeight.current) + 1 + OVERSCAN);
  }

  // A new list width or text size rewraps the labels: measure again.
  useEffect(() => {
    const list = listRef.current;
    if (!open || !virtual || !list || typeof ResizeObserver === 'undefined') return;
    let last = '';
    const observer = new ResizeObserver(() => {
      const size = `${list.clientWidth}x${list.clientHeight}`;
      if (size === last) return;
      const first = last === '';
      last = size;
      if (first) return;
      sizes.current = { options: sizes.current.options, map: new Map(), sum: 0 };
      reveal.current = true;
      remeasured((n) => n + 1);
    });
    observer.observe(list);
    return () => observer.disconnect();
  }, [open, virtual]);

  useBrowserLayoutEffect(() => {
    const list = listRef.current;
    const inner = windowRef.current;
    if (!list || !inner) return;
    if (!open || !virtual) {
      inner.style.paddingBlockStart = '';
      inner.style.paddingBlockEnd = '';
    }
    if (!open) return;
    if (offsets) {
      // Measure the rendered rows; new heights move the rows after them, so lay out again with them.
      const cache = sizes.current;
      let changed = false;
      for (const row of inner.children) {
        const at = Number((row as HTMLElement).dataset.index);
        const height = row.getBoundingClientRect().height;
        const key = filtered[at];
        if (!height || key === undefined || cache.map.get(key) === height) continue;
        cache.sum += height - (cache.map.get(key) ?? 0);
        cache.map.set(key, height);
        changed = true;
      }
      const view = list.clientHeight;
      if (view && view !== viewHeight.current) {
        viewHeight.current = view;
        changed = true;
      }
      if (changed) {
        remeasured((n) => n + 1);
        return;
      }
      // Space for the options not rendered, set through the CSSOM (no inline style attribute: strict CSP).
      inner.style.paddingBlockStart = `${offsets[start]}px`;
      inner.style.paddingBlockEnd = `${offsets[count]! - offsets[end]!}px`;
      // After moving with the keyboard, keep the active option whole in view with its measured height.
      const target = reveal.current && active >= 0 ? scrollFor(active, scrollTop, offsets) : scrollTop;
      if (Math.abs(target - scrollTop) > 1) {
        setScrollTop(target);
        return;
      }
      reveal.current = false;
      if (Math.abs(list.scrollTop - scrollTop) > 1) list.scrollTop = scrollTop;
    } else if (active >= 0) {
      const el = list.querySelector<HTMLElement>(`[data-index="${active}"]`);
      if (el) {
        if (el.offsetTop < list.scrollTop) list.scrollTop = el.offsetTop;
        else if (el.offsetTop + el.offsetHeight > list.scrollTop + list.clientHeight)
          list.scrollTop = el.offsetTop + el.offsetHeight - list.clientHeight;
      }
    }
  }, [open, virtual, active, start, end, count, scrollTop, offsets, filtered]);

  const items: ReactNode[] = [];
  if (open) {
    for (let i = start; i < end; i++) {
      const index = filtered[i]!;
      const option = options[index]!;
      const current = !freeText && value !== null && option.value === value;
      items.push(
        // Options are chosen with the keyboard from the input (aria-activedescendant); clicks are the pointer path.
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/interactive-supports-focus
        <div
          key={index}
          id={optionId(index)}
          role="option"
          className="aukio-combobox__option"
          aria-selected={i === active ? true : undefined}
          aria-disabled={option.disabled || undefined}
          aria-setsize={count}
          aria-posinset={i + 1}
          data-index={i}
          data-active={i === active ? '' : undefined}
          data-current={current ? '' : undefined}
          onClick={() => {
            choose(i);
            inputRef.current?.focus();
          }}
        >
          <svg className="aukio-combobox__check" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {current && <path d="m5 12 5 5 9-10" fill="none" stroke="currentColor" strokeWidth="2.5" strokeLinecap="round" />}
          </svg>
          <span className="aukio-combobox__label">{option.label}</span>
        </div>,
      );
    }
  }

  const message =
    status === 'loading'
      ? strings['combobox.loading']
      : status === 'error'
        ? strings['combobox.error']
        : count === 0
          ? strings['combobox.noResults']
          : null;
  const postsHidden = name !== undefined && hydrated && !freeText;

  return (
    <FieldLayout
      ids={ids}
      label={label}
      hint={hint}
      error={shownError}
      required={required}
      necessityIndicator={necessityIndicator}
      rootClassName="aukio-combobox"
      className={className}
      disabled={disabled}
    >
      {/* Focus leaving the input, toggle and retry button together closes the list (focusout bubbles here). */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={root}
        className="aukio-combobox__control aukio-popup-root"
        data-state={open ? 'open' : 'closed'}
        onBlur={(event) => {
          if (!(event.relatedTarget instanceof Node && root.current?.contains(event.relatedTarget))) settle();
        }}
      >
        <div ref={fieldRef} className="aukio-combobox__field aukio-popup-anchor">
          <input
            ref={mergeRefs(inputRef, ref)}
            type="text"
            role="combobox"
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            className={cx('aukio-combobox__input', inputClassName)}
            disabled={disabled}
            {...rest}
            {...controlProps}
            // Before hydration the visible input posts the text, so the form works without JavaScript.
            name={postsHidden ? undefined : name}
            aria-label={ariaLabel}
            aria-labelledby={ariaLabelledBy}
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listboxId}
            // Only while the active option is rendered (a wheel can scroll it out of a virtual list).
            aria-activedescendant={open && active >= start && active < end ? optionId(filtered[active] ?? -1) : undefined}
            aria-busy={status === 'loading' || undefined}
            value={text}
            onChange={handleChange}
            onKeyDown={handleKeyDown}
            onBlur={onBlur}
          />
          <button
            type="button"
            tabIndex={-1}
            className="aukio-combobox__toggle"
            aria-label={strings['combobox.showOptions']}
            aria-expanded={open}
            aria-controls={listboxId}
            disabled={disabled}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              if (open) close();
              else openList('selected');
              inputRef.current?.focus();
            }}
          >
            <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        {postsHidden && <input type="hidden" name={name} value={value ?? ''} />}
        {/* Opened and closed by the component only (`manual`): the browser never light-dismisses it. */}
        <div ref={popupRef} className="aukio-combobox__popup aukio-popup" popover={popoverMode(hydrated, open, 'manual')} hidden={!open}>
          {/* Never focused: DOM focus stays in the input, which points at the active option (APG). */}
          <div
            ref={listRef}
            id={listboxId}
            role="listbox"
            // Out of the Tab order: Chromium makes a scrolling box focusable, so Tab from the input went into the
            // list ("List with 13 items") and the arrow keys then said nothing (heard with Orca).
            tabIndex={-1}
            className="aukio-combobox__listbox"
            aria-labelledby={label ? ids.labelId : ariaLabelledBy}
            aria-label={label ? undefined : ariaLabel}
            data-virtual={virtual ? '' : undefined}
            data-empty={items.length ? undefined : ''}
            onScroll={(event) => {
              if (virtual) setScrollTop(event.currentTarget.scrollTop);
            }}
            // Keeps focus in the input while an option is clicked.
            onMouseDown={(event) => event.preventDefault()}
          >
            <div ref={windowRef} role="presentation" className="aukio-combobox__window">
              {items}
            </div>
          </div>
          {open && message && (
            <div className="aukio-combobox__message" data-kind={status}>
              <p>{message}</p>
              {status === 'error' && (
                <button
                  type="button"
                  className="aukio-combobox__retry"
                  onClick={() => {
                    load(query, 0);
                    inputRef.current?.focus();
                  }}
                >
                  {strings['combobox.retry']}
                </button>
              )}
            </div>
          )}
        </div>
      </div>
    </FieldLayout>
  );
});
