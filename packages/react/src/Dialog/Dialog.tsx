import {
  cloneElement,
  createContext,
  forwardRef,
  useContext,
  useEffect,
  useId,
  useRef,
  type DialogHTMLAttributes,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
  type RefObject,
  type SyntheticEvent,
} from 'react';
import { Button, type ButtonProps } from '../Button';
import type { HeadingLevel } from '../Heading/Heading';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { useDismiss } from '../internal/dismiss';
import { warnOnce } from '../internal/dev';
import { mergeRefs } from '../internal/mergeRefs';
import { tabbables } from '../internal/focusable';
import { useControllable } from '../internal/useControllable';
import { dialogMessages } from '../i18n/messages/dialog';

/** @deprecated use `HeadingLevel`; removed in the next minor version. */
export type DialogHeadingLevel = HeadingLevel;

export interface DialogProps extends Omit<DialogHTMLAttributes<HTMLDialogElement>, 'title' | 'open' | 'role'> {
  /** The dialog's heading and accessible name (`aria-labelledby`). Required. */
  title: ReactNode;
  /** A short text under the title; becomes the dialog's description (`aria-describedby`). */
  description?: ReactNode;
  /** Controlled open state. Use with `onOpenChange`. */
  open?: boolean;
  /** Initial open state when uncontrolled. */
  defaultOpen?: boolean;
  /** Called with `false` on Escape, the close button or `Dialog.Close`, and with `true` from `trigger`. */
  onOpenChange?: ((open: boolean) => void) | undefined;
  /** A button element that opens the dialog (uncontrolled use). Focus returns to it on close. */
  trigger?: ReactElement<{ onClick?: (event: MouseEvent<HTMLElement>) => void }>;
  /** Element to focus on open. Default: the first focusable element of the content, else the title. */
  initialFocus?: RefObject<HTMLElement | null>;
  /** Element to focus on close. Default: the element that had focus when the dialog opened. */
  returnFocus?: RefObject<HTMLElement | null>;
  /** Level of the title heading, `h2` by default. */
  headingLevel?: HeadingLevel | undefined;
  /** `alertdialog` for urgent confirmations (use `AlertDialog`). */
  role?: 'dialog' | 'alertdialog';
  /** The close (X) button in the header. Turn it off only when the content has its own visible close or cancel button. */
  closeButton?: boolean;
  children?: ReactNode;
}

const DialogContext = createContext<() => void>(() => {});
let locks = 0;

// How long a closed dialog stays rendered (invisible, no pointer events) after focus has returned. Orca 43
// says nothing when focus returns from a <dialog> whose content is already gone from the accessibility tree:
// it takes the move as coming from a dead object and follows it silently. With the content still there for a
// moment, it reads the element focus returned to ("Muuta osoitetta push button"), as on the APG example.
const closingMs = 400;

/** Keeps a just-closed dialog rendered for `closingMs` (`data-closing`, see Dialog.css); returns a finish. */
function keepWhileFocusReturns(d: HTMLDialogElement, target: HTMLElement | null | undefined): () => void {
  d.setAttribute('data-closing', '');
  const finish = () => {
    window.clearTimeout(timer);
    d.removeEventListener('focusin', refocus);
    d.removeAttribute('data-closing');
  };
  // A Tab pressed meanwhile would enter the invisible content: finish at once and stay on the target.
  const refocus = () => {
    finish();
    target?.focus();
  };
  const timer = window.setTimeout(finish, closingMs);
  d.addEventListener('focusin', refocus);
  return finish;
}

function CloseIcon() {
  return (
    <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
      <path d="M6 6l12 12M18 6 6 18" />
    </svg>
  );
}

const DialogRoot = forwardRef<HTMLDialogElement, DialogProps>(function Dialog(props, ref) {
  const {
    title,
    description,
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    trigger,
    initialFocus,
    returnFocus,
    headingLevel = 2,
    role = 'dialog',
    closeButton = true,
    className,
    children,
    onKeyDown,
    onCancel,
    onClose,
    ...rest
  } = props;
  const strings = useStrings(dialogMessages);
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const clicked = useRef<HTMLElement | null>(null);
  const finishClosing = useRef<(() => void) | null>(null);
  const id = useId();
  const Heading = `h${headingLevel}` as 'h2';
  const close = () => setOpen(false);

  useEffect(() => {
    if (process.env.NODE_ENV !== 'production' && !titleRef.current?.textContent?.trim()) {
      warnOnce('dialog:title', '<Dialog> has an empty title. Every dialog needs a visible title: it is its accessible name.');
    }
  });

  useEffect(() => {
    const d = dialogRef.current;
    if (!open || !d) return;
    finishClosing.current?.();
    // Safari does not focus a clicked button: fall back to the trigger that was clicked.
    const active = document.activeElement as HTMLElement | null;
    const previous = active && active !== document.body ? active : clicked.current;
    if (!d.hasAttribute('open')) {
      if (typeof d.showModal === 'function') d.showModal();
      else {
        d.setAttribute('open', '');
        d.setAttribute('data-fallback', '');
      }
    }
    (initialFocus?.current ?? tabbables(bodyRef.current)[0] ?? titleRef.current)?.focus();
    const html = document.documentElement;
    locks++;
    html.classList.add('aukio-scroll-lock');
    return () => {
      if (--locks === 0) html.classList.remove('aukio-scroll-lock');
      // The element to return to is read on close, on purpose: it may have been rendered after opening.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      const target = returnFocus?.current ?? previous;
      if (d.hasAttribute('open')) {
        if (typeof d.close === 'function') d.close();
        else d.removeAttribute('open');
        if (d.isConnected) finishClosing.current = keepWhileFocusReturns(d, target);
      }
      target?.focus();
    };
  }, [open, initialFocus, returnFocus]);

  // Escape (heard on keydown, and the native cancel event for a platform's back gesture) through the one dismiss
  // helper, so state and focus stay in our hands. A modal dialog is not dismissed by a press outside or by focus.
  const dismiss = useDismiss(open, dialogRef, close, { outsidePointer: false, focusOut: false });

  function handleKeyDown(event: KeyboardEvent<HTMLDialogElement>) {
    onKeyDown?.(event);
    if (event.defaultPrevented) return;
    if (event.key !== 'Tab') dismiss.onKeyDown(event);
    else {
      // The native modal dialog lets Tab leave to the browser's own controls; keep it cycling inside.
      const list = tabbables(event.currentTarget);
      const i = list.indexOf(document.activeElement as HTMLElement);
      if (!list.length || (event.shiftKey ? i <= 0 : i === list.length - 1)) {
        event.preventDefault();
        list[event.shiftKey ? list.length - 1 : 0]?.focus();
      }
    }
  }

  function handleCancel(event: SyntheticEvent<HTMLDialogElement>) {
    onCancel?.(event);
    dismiss.onCancel(event);
  }

  function handleClose(event: SyntheticEvent<HTMLDialogElement>) {
    onClose?.(event);
    // Closed by the platform (a form with method="dialog"): bring the state along.
    if (open && !event.currentTarget.hasAttribute('open')) close();
  }

  return (
    <DialogContext.Provider value={close}>
      {trigger &&
        cloneElement(trigger, {
          onClick: (event: MouseEvent<HTMLElement>) => {
            trigger.props.onClick?.(event);
            clicked.current = event.currentTarget;
            if (!event.defaultPrevented) setOpen(true);
          },
        })}
      {/* Escape and Tab handling is the APG dialog pattern's keyboard interface. */}
      {/* eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions */}
      <dialog
        ref={mergeRefs(dialogRef, ref)}
        className={cx('aukio-dialog', className)}
        role={role === 'alertdialog' ? role : undefined}
        aria-modal="true"
        aria-labelledby={`${id}t`}
        aria-describedby={description ? `${id}d` : undefined}
        data-state={open ? 'open' : 'closed'}
        onKeyDown={handleKeyDown}
        onCancel={handleCancel}
        onClose={handleClose}
        {...rest}
      >
        <div className="aukio-dialog__header">
          <Heading ref={titleRef} id={`${id}t`} className="aukio-dialog__title" tabIndex={-1}>
            {title}
          </Heading>
          {closeButton && (
            <Button
              className="aukio-dialog__close"
              variant="tertiary"
              icon={<CloseIcon />}
              aria-label={strings['dialog.close']}
              onClick={close}
            />
          )}
        </div>
        <div ref={bodyRef} className="aukio-dialog__body">
          {description && (
            <p id={`${id}d`} className="aukio-dialog__description">
              {description}
            </p>
          )}
          {children}
        </div>
      </dialog>
    </DialogContext.Provider>
  );
});

/** A button that closes the dialog it is in (a "Cancel" or "Close" in the footer). Secondary by default. */
const DialogClose = forwardRef<HTMLButtonElement, ButtonProps>(function DialogClose(props, ref) {
  const close = useContext(DialogContext);
  return (
    <Button
      ref={ref}
      variant="secondary"
      {...props}
      onClick={(event) => {
        props.onClick?.(event);
        if (!event.defaultPrevented) close();
      }}
    />
  );
});

/** The row of buttons at the end of a dialog. Put the primary action first. */
function DialogActions({ className, ...rest }: HTMLAttributes<HTMLDivElement>) {
  return <div className={cx('aukio-dialog__actions', className)} {...rest} />;
}

/**
 * A modal dialog on the native `<dialog>` with `showModal()`: the page behind is inert, the dialog sits in the
 * top layer, focus moves in on open, cycles inside with Tab, and returns on close; Escape closes.
 *
 * The parts are exported by name as well (`DialogClose`, `DialogActions`): use the names in React Server Components,
 * where `Dialog.Actions` is undefined (a property of a client component does not cross to the server). The dot
 * parts work in client components.
 */
export const Dialog = Object.assign(DialogRoot, { Close: DialogClose, Actions: DialogActions });
export { DialogClose, DialogActions };
