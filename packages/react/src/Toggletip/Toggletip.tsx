import { forwardRef, useId, useRef, type HTMLAttributes, type ReactNode } from 'react';
import { formatString, useStrings } from '../i18n';
import { useDismiss } from '../internal/dismiss';
import { mergeRefs } from '../internal/mergeRefs';
import { popoverMode, popoverTarget, popupRootProps, usePopup, type PopupOpenProps } from '../internal/popup';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';
import { toggletipMessages } from '../i18n/messages/toggletip';

/** `open`, `defaultOpen`, `onOpenChange`: the bubble. One open from the first render is in the page, not announced. */
export type ToggletipProps = Omit<HTMLAttributes<HTMLSpanElement>, 'children' | 'aria-label'> &
  PopupOpenProps & {
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
    // The root's keyboard and blur handlers (dismiss) only catch events bubbling from the button inside.
    <span ref={mergeRefs(root, ref)} {...popupRootProps('aukio-toggletip', open, className, align, dismiss)} {...rest}>
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
