import {
  forwardRef,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type FocusEvent,
  type TextareaHTMLAttributes,
} from 'react';
import { formatPlural, useLocale, useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { FieldLayout, useFieldControl, type FieldTextProps } from '../internal/field';
import type { ControlName } from '../internal/names';
import { characterCountMessages } from '../i18n/messages/characterCount';
import { fieldMessages } from '../i18n/messages/field';

/** How long typing must pause before screen readers hear the count. */
export const CHARACTER_COUNT_ANNOUNCE_DELAY = 1000;
/** How often a focused field is checked for changes made without input events (dictation software). */
export const CHARACTER_COUNT_POLL_INTERVAL = 1000;

type NativeTextareaProps = Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'aria-label' | 'aria-labelledby' | 'aria-invalid' | 'children' | 'maxLength'
>;

export type TextareaProps = NativeTextareaProps &
  ControlName &
  FieldTextProps & {
    /**
     * Shows a character count under the field ("You have 12 characters remaining"). Going over the limit is
     * allowed — the text is kept and the field shows as invalid — so nobody loses words they wrote. Check the
     * length on the server as well.
     */
    characterLimit?: number;
    /** Class on the field's root element; `textareaClassName` goes on the `<textarea>`. */
    className?: string;
    textareaClassName?: string;
  };

/**
 * A multi-line text field with its label, hint and error, and an optional character count whose changes are
 * announced to screen readers once typing pauses.
 */
export const Textarea = forwardRef<HTMLTextAreaElement, TextareaProps>(function Textarea(props, ref) {
  const { field, control, own, controlRef } = useFieldControl(props, ref, 'Textarea');
  const { characterLimit, textareaClassName, disabled, rows = 5, value, defaultValue, onChange, onFocus, onBlur, ...rest } = control;
  const strings = useStrings(characterCountMessages, fieldMessages);
  const locale = useLocale();
  const { ids, controlProps } = field;
  const countId = `${ids.controlId}-count`;
  const hasLimit = characterLimit !== undefined;

  const initialLength = String(value ?? defaultValue ?? '').length;
  const [length, setLength] = useState(initialLength);
  const [hydrated, setHydrated] = useState(false);
  const lastLength = useRef(initialLength);
  const announceTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pollTimer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);

  const countMessage = (len: number): string => {
    const limit = characterLimit ?? 0;
    const remaining = limit - len;
    return remaining < 0
      ? formatPlural(locale, -remaining, { one: strings['characterCount.over.one'], other: strings['characterCount.over.other'] })
      : formatPlural(locale, remaining, {
          one: strings['characterCount.remaining.one'],
          other: strings['characterCount.remaining.other'],
        });
  };
  // The debounced announcement reads the newest texts, not those of the render that scheduled it.
  const messageRef = useRef(countMessage);
  messageRef.current = countMessage;

  /** Reads the field's length; when it changed, updates the count and schedules the announcement. */
  const sync = useCallback(() => {
    const el = own.current;
    if (!el || !hasLimit) return;
    const len = el.value.length;
    if (len === lastLength.current) return;
    lastLength.current = len;
    setLength(len);
    clearTimeout(announceTimer.current);
    announceTimer.current = setTimeout(() => {
      if (el.ownerDocument.activeElement === el) announce(messageRef.current(el.value.length), 'polite');
    }, CHARACTER_COUNT_ANNOUNCE_DELAY);
  }, [own, hasLimit]);

  useEffect(() => {
    setHydrated(true);
    return () => {
      clearTimeout(announceTimer.current);
      clearInterval(pollTimer.current);
    };
  }, []);
  // A controlled value can change without typing (a reset, a saved draft): follow it. Also catches a browser
  // restoring the field's text on back navigation before hydration.
  useEffect(() => {
    sync();
  }, [value, sync]);

  const handleChange = (event: ChangeEvent<HTMLTextAreaElement>) => {
    onChange?.(event);
    sync();
  };
  const handleFocus = (event: FocusEvent<HTMLTextAreaElement>) => {
    onFocus?.(event);
    if (!hasLimit) return;
    clearInterval(pollTimer.current);
    pollTimer.current = setInterval(sync, CHARACTER_COUNT_POLL_INTERVAL);
  };
  const handleBlur = (event: FocusEvent<HTMLTextAreaElement>) => {
    onBlur?.(event);
    clearInterval(pollTimer.current);
    sync();
  };

  const over = hasLimit && length > characterLimit;
  const described = [controlProps['aria-describedby'], hasLimit && countId].filter(Boolean).join(' ') || undefined;

  return (
    <FieldLayout {...field.layout} rootClassName="aukio-textarea">
      <textarea
        ref={controlRef}
        className={cx('aukio-field__input', 'aukio-textarea__textarea', textareaClassName)}
        rows={rows}
        disabled={disabled}
        value={value}
        defaultValue={defaultValue}
        {...rest}
        {...controlProps}
        aria-invalid={controlProps['aria-invalid'] ?? (over ? true : undefined)}
        aria-describedby={described}
        onChange={handleChange}
        onFocus={handleFocus}
        onBlur={handleBlur}
      />
      {hasLimit && (
        <div className="aukio-textarea__count" id={countId} data-state={over ? 'over' : 'under'}>
          {!hydrated ? (
            // Before JavaScript the count cannot follow typing: state the limit instead.
            formatPlural(locale, characterLimit, {
              one: strings['characterCount.limit.one'],
              other: strings['characterCount.limit.other'],
            })
          ) : over ? (
            <>
              <span className="aukio-visually-hidden">{strings['field.errorPrefix']}</span> {countMessage(length)}
            </>
          ) : (
            countMessage(length)
          )}
        </div>
      )}
    </FieldLayout>
  );
});
