import { forwardRef, useId, useRef, useState, type ReactNode } from 'react';
import { Button } from '../Button';
import { Dialog, type DialogProps } from '../Dialog';
import { useControllable } from '../internal/useControllable';
import { useStrings } from '../i18n';
import { cx } from '../internal/cx';
import { alertDialogMessages } from '../i18n/messages/alertDialog';

export interface AlertDialogProps extends Omit<DialogProps, 'role' | 'closeButton' | 'initialFocus'> {
  /** Text of the confirming button, naming the action ("Delete application"). Required. */
  confirmLabel: ReactNode;
  /** Text of the cancelling button. Default: "Peruuta" / "Avbryt" / "Cancel". */
  cancelLabel?: ReactNode;
  /**
   * Runs the action. May return a promise: the confirm button shows `loading` meanwhile; the dialog closes
   * when it resolves and stays open when it rejects (show the error inside the dialog, e.g. in `children`).
   */
  onConfirm: () => void | Promise<unknown>;
  /** Called when the dialog is cancelled (Cancel, Escape). */
  onCancel?: () => void;
  /** Look of the confirm button: `danger` (default) for destructive actions, `primary` otherwise. */
  confirmVariant?: 'danger' | 'primary';
}

/**
 * A confirmation for a destructive or irreversible action (`role="alertdialog"`). Focus starts on the safe
 * choice, Cancel, so a hurried Enter does not destroy anything.
 *
 * The `alertdialog` role sits on the row of buttons inside the modal `<dialog>`, named by the title and
 * described by the message, not on the `<dialog>` itself: Orca 43 with Chromium reads the whole content of
 * an alert each time the browser reports it added, and a `<dialog role="alertdialog">` entering the top layer
 * is reported twice, so the message was heard three times (with focus). This way the message is heard once,
 * with the alert's role and name and the focused Cancel button (scripts/sr/overlays.sr.ts).
 */
export const AlertDialog = forwardRef<HTMLDialogElement, AlertDialogProps>(function AlertDialog(props, ref) {
  const {
    confirmLabel,
    cancelLabel,
    onConfirm,
    onCancel,
    confirmVariant = 'danger',
    open: openProp,
    defaultOpen = false,
    onOpenChange,
    className,
    title,
    description,
    children,
    ...rest
  } = props;
  const id = useId();
  const strings = useStrings(alertDialogMessages);
  const [open, setOpen] = useControllable(openProp, defaultOpen, onOpenChange);
  const [pending, setPending] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);

  function change(next: boolean) {
    if (!next) {
      if (pending) return;
      onCancel?.();
    }
    setOpen(next);
  }

  async function confirm() {
    const result = onConfirm();
    if (result && typeof result.then === 'function') {
      setPending(true);
      try {
        await result;
      } catch {
        // Stays open: the app shows what went wrong and the user can try again or cancel.
        return;
      } finally {
        setPending(false);
      }
    }
    setOpen(false);
  }

  return (
    <Dialog
      ref={ref}
      closeButton={false}
      initialFocus={cancelRef}
      className={cx('aukio-alert-dialog', className)}
      open={open}
      onOpenChange={change}
      title={<span id={`${id}t`}>{title}</span>}
      description={description && <span id={`${id}d`}>{description}</span>}
      {...rest}
      // The message describes the alert (below), not the <dialog> too: it would be read twice.
      aria-describedby={undefined}
    >
      {children}
      <div
        className="aukio-dialog__actions"
        role="alertdialog"
        aria-labelledby={`${id}t`}
        aria-describedby={description ? `${id}d` : undefined}
      >
        <Button variant={confirmVariant} loading={pending} onClick={confirm}>
          {confirmLabel}
        </Button>
        <Button ref={cancelRef} variant="secondary" onClick={() => change(false)}>
          {cancelLabel ?? strings['alertDialog.cancel']}
        </Button>
      </div>
    </Dialog>
  );
});

/** The same component under the name many teams look for. */
export const ConfirmDialog = AlertDialog;
export type ConfirmDialogProps = AlertDialogProps;
