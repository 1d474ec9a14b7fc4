export { AlertDialog, ConfirmDialog, type AlertDialogProps, type ConfirmDialogProps } from './AlertDialog';
