export {
  Toast,
  ToastProvider,
  useToast,
  TOAST_SHORTCUT,
  type ToastApi,
  type ToastOptions,
  type ToastProps,
  type ToastProviderProps,
  type ToastType,
} from './Toast';
