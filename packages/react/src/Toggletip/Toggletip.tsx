import { forwardRef, useId, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { formatString, useStrings } from '../i18n';
import { useDismiss } from '../internal/dismiss';
import { mergeRefs } from '../internal/mergeRefs';
import { popoverMode, popoverTarget, popupRootProps, usePopup } from '../internal/popup';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';
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
  /** The bubble shown or hidden, controlled; use with `onOpenChange`. */
  open?: boolean;
  /** The bubble shown from the start, uncontrolled. It is then in the page, not announced. */
  defaultOpen?: boolean;
  /** Called with the new state whenever the bubble opens or closes, controlled or not. */
  onOpenChange?: (open: boolean) => void;
};

/**
 * A small info button that shows a bubble of text on click, tap, Enter or Space — the touch-friendly
 * alternative to a tooltip. The bubble is rendered into a `role="status"` region when it opens, so screen
 * readers read it out without moving focus. The bubble is shown in the top layer (`popover`) and placed by the
 * button where it fits (internal/popup.ts). In server HTML the bubble is there and the button opens it without
 * JavaScript (`popovertarget`).
 */
export const Toggletip = forwardRef<HTMLSpanElement, ToggletipProps>(function Toggletip(props, ref) {
  const {
    children,
    label,
    'aria-label': ariaLabel,
    icon = 'info',
    align = 'start',
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    className,
    onKeyDown,
    onBlur,
    ...rest
  } = props;
  const strings = useStrings(toggletipMessages);
  const bubbleId = `aukio-toggletip${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  const root = useRef<HTMLSpanElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const bubble = useRef<HTMLSpanElement>(null);
  const hydrated = useHydrated();
  const name = ariaLabel ?? (label ? formatString(strings['toggletip.labelWithTopic'], { topic: label }) : strings['toggletip.label']);

  usePopup(open && hydrated, button, bubble, align);
  // Focus stays on the button whatever closes the bubble.
  const dismiss = useDismiss(open, root, () => setOpen(false), { onKeyDown, onBlur });

  return (
    // Keyboard and blur events bubble here from the button inside.
    // eslint-disable-next-line jsx-a11y/no-static-element-interactions
    <span
      ref={mergeRefs(root, ref)}
      {...popupRootProps('aukio-toggletip', open, className, align)}
      onKeyDown={dismiss.onKeyDown}
      onBlur={dismiss.onBlur}
      {...rest}
    >
      <button
        {...(hydrated || open ? {} : popoverTarget(`${bubbleId}-bubble`))}
        ref={button}
        type="button"
        className="aukio-toggletip__button aukio-popup-anchor"
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
      {/* Before hydration the bubble is in the page for the browser to open; afterwards it is put into the status
          region when it opens, so screen readers announce it. */}
      <span role="status" id={bubbleId} className="aukio-toggletip__region">
        {(open || !hydrated) && (
          <span
            ref={bubble}
            id={`${bubbleId}-bubble`}
            className="aukio-toggletip__bubble aukio-popup"
            data-align={align}
            popover={popoverMode(hydrated, open, 'manual')}
          >
            {children}
          </span>
        )}
      </span>
    </span>
  );
});
