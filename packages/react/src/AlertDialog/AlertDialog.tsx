import { forwardRef, useRef, useState, type ReactNode } from 'react';
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
    children,
    ...rest
  } = props;
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
      role="alertdialog"
      closeButton={false}
      initialFocus={cancelRef}
      className={cx('aukio-alert-dialog', className)}
      open={open}
      onOpenChange={change}
      {...rest}
    >
      {children}
      <div className="aukio-dialog__actions">
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
