import {
  createContext,
  forwardRef,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type ReactNode,
} from 'react';
import { useStrings } from '../i18n';
import { announce } from '../internal/announcer';
import { cx } from '../internal/cx';
import { CloseIcon, statusIcons, statusLabelKey, type StatusType } from '../Notification/icons';
import { notificationMessages } from '../i18n/messages/notification';
import { toastMessages } from '../i18n/messages/toast';

export type ToastType = StatusType;

/** The keyboard shortcut that moves focus to the toasts. F8 is not used by NVDA, JAWS, VoiceOver or browsers' page keys. */
export const TOAST_SHORTCUT = 'F8';

export interface ToastOptions {
  /** `info` (default), `success`, `warning` or `error`. Errors stay until closed. */
  type?: ToastType;
  /** Short bold title. */
  title?: string;
  /** The message. Plain text, so it can be announced as it is shown. */
  message: string;
  /**
   * Milliseconds before it closes itself (default from the provider, 8000). The time pauses while the
   * pointer is over the toasts or focus is in them. `null` keeps it until closed; errors always stay.
   */
  duration?: number | null;
}

export interface ToastApi {
  /** Shows a toast (queued if the maximum is on screen) and returns its id. */
  show: (options: ToastOptions | string) => string;
  /** Closes a toast by id. */
  dismiss: (id: string) => void;
  /** Closes every toast. */
  clear: () => void;
}

const ToastContext = createContext<ToastApi | null>(null);

/** Shows short messages about the result of an action. Needs a `<ToastProvider>` above it. */
export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('[Aukio] useToast() must be used inside <ToastProvider>.');
  return api;
}

export interface ToastProps extends Omit<HTMLAttributes<HTMLDivElement>, 'title'> {
  type?: ToastType;
  title?: ReactNode;
  /** Called by the close button. */
  onClose: () => void;
  children: ReactNode;
}

/** One toast: icon shape and a (visually hidden) type word, title, message and a close button. */
export const Toast = forwardRef<HTMLDivElement, ToastProps>(function Toast(
  { type = 'info', title, onClose, className, children, ...rest },
  ref,
) {
  const strings = useStrings(notificationMessages, toastMessages);
  const Icon = statusIcons[type];
  return (
    <div ref={ref} className={cx('aukio-toast', className)} data-type={type} {...rest}>
      <span className="aukio-toast__icon">
        <Icon />
      </span>
      <div className="aukio-toast__content">
        <span className="aukio-visually-hidden">{strings[statusLabelKey[type]]}:</span>{' '}
        {title != null && title !== false && <strong className="aukio-toast__title">{title}</strong>}
        <span className="aukio-toast__message">{children}</span>
      </div>
      <button type="button" className="aukio-toast__close" aria-label={strings['toast.close']} onClick={onClose}>
        <CloseIcon />
      </button>
    </div>
  );
});

interface QueuedToast extends Required<Omit<ToastOptions, 'title' | 'duration'>> {
  id: string;
  title?: string | undefined;
  duration: number | null;
}

/** Closes a toast after its time, counting only the time it is not paused. */
function useAutoDismiss(duration: number | null, paused: boolean, onDismiss: () => void) {
  const remaining = useRef(duration ?? 0);
  const dismiss = useRef(onDismiss);
  dismiss.current = onDismiss;
  useEffect(() => {
    if (duration == null || paused) return;
    const started = Date.now();
    const timer = setTimeout(() => dismiss.current(), remaining.current);
    return () => {
      clearTimeout(timer);
      remaining.current -= Date.now() - started;
    };
  }, [duration, paused]);
}

function QueuedToastItem({ toast, paused, onClose }: { toast: QueuedToast; paused: boolean; onClose: (id: string) => void }) {
  useAutoDismiss(toast.type === 'error' ? null : toast.duration, paused, () => onClose(toast.id));
  return (
    <li className="aukio-toast-region__item" data-toast-id={toast.id}>
      <Toast type={toast.type} title={toast.title} onClose={() => onClose(toast.id)}>
        {toast.message}
      </Toast>
    </li>
  );
}

export interface ToastProviderProps {
  children?: ReactNode;
  /** How many toasts are on screen at once (default 3); the rest wait in order. */
  max?: number;
  /** Default time in milliseconds before a non-error toast closes itself (default 8000). */
  duration?: number;
}

let counter = 0;

/**
 * Holds the toast queue and renders the toasts in a labelled region at the end of the page. Each toast is
 * announced through the page's live regions (errors assertively). F8 moves focus to the toasts, Escape
 * returns it.
 */
export function ToastProvider({ children, max = 3, duration = 8000 }: ToastProviderProps) {
  const strings = useStrings(notificationMessages, toastMessages);
  const [toasts, setToasts] = useState<QueuedToast[]>([]);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const regionRef = useRef<HTMLElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const announcedIds = useRef(new Set<string>());
  const focusAfterClose = useRef<number | null>(null);

  const dismiss = useCallback((id: string) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const api = useMemo<ToastApi>(
    () => ({
      show: (options) => {
        const o = typeof options === 'string' ? { message: options } : options;
        const id = `aukio-toast-${++counter}`;
        const toast: QueuedToast = {
          id,
          type: o.type ?? 'info',
          title: o.title,
          message: o.message,
          duration: o.duration === undefined ? duration : o.duration,
        };
        setToasts((list) => [...list, toast]);
        return id;
      },
      dismiss,
      clear: () => setToasts([]),
    }),
    [dismiss, duration],
  );

  const visible = toasts.slice(0, Math.max(1, max));

  // Announce each toast once, when it comes on screen. Toasts shown together are read as one message per
  // politeness, because a second message within 100 ms would replace the first.
  useEffect(() => {
    const fresh = visible.filter((t) => !announcedIds.current.has(t.id));
    if (!fresh.length) return;
    const text = (t: QueuedToast) =>
      [strings[statusLabelKey[t.type]], t.title, t.message].filter((part) => part && part.trim()).join('. ');
    const assertive = fresh.filter((t) => t.type === 'error');
    const polite = fresh.filter((t) => t.type !== 'error');
    if (polite.length) announce(polite.map(text).join('. '), 'polite');
    if (assertive.length) announce(assertive.map(text).join('. '), 'assertive');
    for (const t of fresh) announcedIds.current.add(t.id);
  });

  // With no toasts the region is gone: nothing can be hovered or focused in it any more.
  const empty = visible.length === 0;
  useEffect(() => {
    if (empty) {
      setHovered(false);
      setFocused(false);
    }
  }, [empty]);

  // F8 anywhere moves focus to the toasts (and remembers where it was).
  useEffect(() => {
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== TOAST_SHORTCUT || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const region = regionRef.current;
      if (!region) return;
      event.preventDefault();
      const active = document.activeElement as HTMLElement | null;
      if (active && !region.contains(active) && active !== document.body) returnFocus.current = active;
      region.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  function restoreFocus() {
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target && target.isConnected) target.focus();
  }

  // After a toast closed with focus inside the region: focus the next close button, or go back.
  useEffect(() => {
    const index = focusAfterClose.current;
    if (index == null) return;
    focusAfterClose.current = null;
    const buttons = regionRef.current?.querySelectorAll<HTMLButtonElement>('.aukio-toast__close');
    if (buttons && buttons.length) buttons[Math.min(index, buttons.length - 1)]?.focus();
    else restoreFocus();
  }, [toasts]);

  // Pointer and focus inside the region pause the timers; Escape returns focus. Native listeners: the
  // region is a landmark, not a widget.
  useEffect(() => {
    const region = regionRef.current;
    if (!region) return;
    const enter = () => setHovered(true);
    const leave = () => setHovered(false);
    const focusIn = (event: globalThis.FocusEvent) => {
      setFocused(true);
      const from = event.relatedTarget as HTMLElement | null;
      if (from && !region.contains(from)) returnFocus.current = from;
    };
    const focusOut = (event: globalThis.FocusEvent) => {
      if (!region.contains(event.relatedTarget as Node | null)) setFocused(false);
    };
    const keyDown = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      setFocused(false);
      restoreFocus();
    };
    region.addEventListener('mouseenter', enter);
    region.addEventListener('mouseleave', leave);
    region.addEventListener('focusin', focusIn);
    region.addEventListener('focusout', focusOut);
    region.addEventListener('keydown', keyDown);
    return () => {
      region.removeEventListener('mouseenter', enter);
      region.removeEventListener('mouseleave', leave);
      region.removeEventListener('focusin', focusIn);
      region.removeEventListener('focusout', focusOut);
      region.removeEventListener('keydown', keyDown);
    };
  }, [empty]);

  function close(id: string) {
    const region = regionRef.current;
    if (region && region.contains(document.activeElement)) {
      focusAfterClose.current = Math.max(0, visible.findIndex((t) => t.id === id));
    }
    dismiss(id);
  }

  return (
    <ToastContext.Provider value={api}>
      {children}
      {visible.length > 0 && (
        <section
          ref={regionRef}
          className="aukio-toast-region"
          aria-label={strings['toast.region']}
          aria-keyshortcuts={TOAST_SHORTCUT}
          tabIndex={-1}
          data-paused={hovered || focused ? '' : undefined}
        >
          <ol className="aukio-toast-region__list">
            {visible.map((toast) => (
              <QueuedToastItem key={toast.id} toast={toast} paused={hovered || focused} onClose={close} />
            ))}
          </ol>
        </section>
      )}
    </ToastContext.Provider>
  );
}
