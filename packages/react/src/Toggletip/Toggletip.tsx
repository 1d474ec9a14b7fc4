import { forwardRef, useId, useRef, useState, type HTMLAttributes, type KeyboardEvent, type ReactNode } from 'react';
import { formatString, useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { mergeRefs } from '../internal/mergeRefs';
import { useOutsidePointer } from '../Popover/useDismiss';
import { toggletipMessages } from '../i18n/messages/toggletip';

export type ToggletipProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children' | 'aria-label'> & {
  /** The information. Short plain text: it is read out in one go by screen readers. */
  children: ReactNode;
  /** What the information is about; the button is then named "Lisätietoa: <topic>". */
  label?: string;
  /** Replaces the whole accessible name of the button. */
  'aria-label'?: string;
  /** `info` shows an "i", `help` a "?". */
  icon?: 'info' | 'help';
  /** Which edge of the button the bubble lines up with. Use `end` near the inline end of the page. */
  align?: 'start' | 'end';
};

/**
 * A small info button that shows a bubble of text on click, tap, Enter or Space — the touch-friendly
 * alternative to a tooltip. The bubble is rendered into a `role="status"` region when it opens, so screen
 * readers read it out without moving focus.
 */
export const Toggletip = forwardRef<HTMLSpanElement, ToggletipProps>(function Toggletip(props, ref) {
  const { children, label, 'aria-label': ariaLabel, icon = 'info', align = 'start', className, onKeyDown, onBlur, ...rest } = props;
  const strings = useStrings(toggletipMessages);
  const bubbleId = `aukio-toggletip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLSpanElement>(null);
  const name = ariaLabel ?? (label ? formatString(strings['toggletip.labelWithTopic'], { topic: label }) : strings['toggletip.label']);

  useOutsidePointer(open, root, () => setOpen(false));

  function handleKeyDown(event: KeyboardEvent<HTMLSpanElement>) {
    onKeyDown?.(event);
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    }
  }

  return (
    // Keyboard and blur events bubble here from the button inside.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <span
      ref={mergeRefs(root, ref)}
      className={cx('aukio-toggletip', className)}
      data-state={open ? 'open' : 'closed'}
      data-align={align}
      onKeyDown={handleKeyDown}
      onBlur={(event) => {
        onBlur?.(event);
        if (event.relatedTarget instanceof Node && !root.current?.contains(event.relatedTarget)) setOpen(false);
      }}
      {...rest}
    >
      <button
        type="button"
        className="aukio-toggletip__button"
        aria-label={name}
        aria-expanded={open}
        aria-controls={bubbleId}
        onClick={() => setOpen(!open)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="12" cy="12" r="10" fill="none" stroke="currentColor" strokeWidth="2" />
          {icon === 'help' ? (
            <path
              d="M9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.6V14m0 3v.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="2"
              strokeLinecap="round"
            />
          ) : (
            <path d="M12 11v6m0-10v.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          )}
        </svg>
      </button>
      <span role="status" id={bubbleId} className="aukio-toggletip__region">
        {open && <span className="aukio-toggletip__bubble">{children}</span>}
      </span>
    </span>
  );
});
