import {
  forwardRef,
  useEffect,
  useId,
  useRef,
  useState,
  type ButtonHTMLAttributes,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { useDismiss } from '../internal/dismiss';
import { tabbables } from '../internal/focusable';
import { mergeRefs } from '../internal/mergeRefs';
import { popoverMode, popoverTarget, popupRootProps, usePopup, type PopupOpenProps } from '../internal/popup';
import { useControllable } from '../internal/useControllable';
import { useHydrated } from '../internal/useHydrated';
import { useNameCheck } from '../internal/useNameCheck';
import { popoverMessages } from '../i18n/messages/popover';

/** The popover is a dialog, so it needs a name: a visible `heading` (recommended) or a `label`. */
export type PopoverName = { heading: ReactNode; label?: never } | { heading?: never; label: string };

export type PopoverProps = Omit<HTMLAttributes<HTMLDivElement>, 'children' | 'title'> &
  PopoverName &
  PopupOpenProps & {
    /** Visible text of the trigger button. */
    trigger: ReactNode;
    /** Content of the popover. */
    children: ReactNode;
    /** Which edge of the trigger the popover lines up with. Use `end` for triggers near the inline end. */
    align?: 'start' | 'end';
    /** Adds a "Close" button at the end of the content (handy on touch screens). */
    closeButton?: boolean;
    /** Extra attributes for the trigger button (class, data-*, …). */
    triggerProps?: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children' | 'type' | 'onClick' | 'aria-expanded' | 'aria-controls'>;
  };

/**
 * A non-modal popup anchored to a button: extra content that does not need its own page. The content is a
 * named non-modal `role="dialog"` placed right after the trigger in the DOM, so reading and tab order follow
 * the trigger. Focus moves into it when it has something focusable; otherwise it is the next Tab stop. It is
 * shown in the top layer (`popover`), so no scrolling or clipping ancestor cuts it off, and placed below the
 * trigger or wherever it fits (internal/popup.ts). Before JavaScript runs the trigger opens it natively
 * (`popovertarget`).
 */
export const Popover = forwardRef<HTMLDivElement, PopoverProps>(function Popover(props, ref) {
  const {
    trigger,
    children,
    heading,
    label,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    align = 'start',
    closeButton = false,
    triggerProps,
    className,
    onKeyDown,
    onBlur,
    ...rest
  } = props;
  const strings = useStrings(popoverMessages);
  const id = useId().replace(/[^a-zA-Z0-9_-]/g, '');
  const contentId = `aukio-popover${id}`;
  const headingId = `${contentId}-heading`;
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  const root = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const content = useRef<HTMLDivElement>(null);
  const focusOnOpen = useRef(false);
  const [staticContent, setStaticContent] = useState(false);
  const hydrated = useHydrated();
  useNameCheck(triggerRef, 'Popover');

  useEffect(() => {
    if (!open || !content.current) return;
    const first = tabbables(content.current)[0];
    setStaticContent(!first);
    if (focusOnOpen.current && first) first.focus();
    focusOnOpen.current = false;
  }, [open]);

  usePopup(open && hydrated, triggerRef, content, align);
  const dismiss = useDismiss(
    open,
    root,
    (reason) => {
      setOpen(false);
      // Escape returns focus to the trigger; a press outside or Tab leaves it where the user put it.
      if (reason === 'escape') triggerRef.current?.focus();
    },
    { onKeyDown, onBlur },
  );

  return (
    // The root's keyboard and blur handlers (dismiss) only catch events bubbling from the button and the dialog inside.
    <div ref={mergeRefs(root, ref)} {...popupRootProps('aukio-popover', open, className, align, dismiss)} {...rest}>
      <button
        {...triggerProps}
        {...(hydrated || open ? {} : popoverTarget(contentId))}
        ref={triggerRef}
        type="button"
        className={cx('aukio-popover__trigger aukio-popup-anchor', triggerProps?.className)}
        aria-expanded={open}
        aria-controls={contentId}
        onClick={() => {
          focusOnOpen.current = !open;
          setOpen(!open);
        }}
      >
        {trigger}
        <svg className="aukio-popover__chevron" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="m6 9 6 6 6-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      {/* A popover without focusable content is itself the next Tab stop after the trigger. */}
      <div
        ref={content}
        id={contentId}
        role="dialog"
        className="aukio-popover__content aukio-popup"
        data-align={align}
        // Before hydration the browser opens and light-dismisses it (`auto`); afterwards the component does.
        popover={popoverMode(hydrated, open, 'manual')}
        aria-labelledby={heading ? headingId : undefined}
        aria-label={heading ? undefined : label}
        // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
        tabIndex={staticContent ? 0 : undefined}
        hidden={hydrated ? !open : undefined}
      >
        {heading && (
          <p className="aukio-popover__heading" id={headingId}>
            {heading}
          </p>
        )}
        {children}
        {closeButton && (
          <button
            type="button"
            className="aukio-popover__close"
            onClick={() => {
              setOpen(false);
              triggerRef.current?.focus();
            }}
          >
            {strings['popover.close']}
          </button>
        )}
      </div>
    </div>
  );
});
