import {
  useEffect,
  useRef,
  type FocusEvent,
  type FocusEventHandler,
  type KeyboardEvent,
  type KeyboardEventHandler,
  type RefObject,
  type SyntheticEvent,
} from 'react';

/** Why a popup was dismissed; components decide from it where focus goes (Escape returns it to the trigger). */
export type DismissReason = 'escape' | 'outside-pointer' | 'focus-out';

export interface DismissOptions {
  /**
   * `within` (default): Escape pressed while focus is inside `root`, heard through the returned `onKeyDown`, so an
   * app's own handler on the same element runs first and can claim it (`preventDefault`). `document`: Escape
   * anywhere, heard first (capture phase), for popups that never hold focus (a tooltip). `false`: not at all.
   * Either way the Escape is marked handled (`preventDefault`) and, for `within`, stopped, so an enclosing
   * Dialog or popup does not close with the same press; the next Escape reaches it as usual.
   */
  escape?: 'within' | 'document' | false;
  /** A pointer pressed down outside `root` dismisses. Default true. */
  outsidePointer?: boolean;
  /** Focus moving to an element outside `root` (Tab, a click on a focusable control) dismisses. Default true. */
  focusOut?: boolean;
  /** The app's own handlers for `root` (its props): the returned ones call them first, so they can claim a key. */
  onKeyDown?: KeyboardEventHandler<HTMLElement> | undefined;
  onBlur?: FocusEventHandler<HTMLElement> | undefined;
}

export interface DismissHandlers {
  /** Set on `root` (they call the `onKeyDown` and `onBlur` given in the options first). */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  onBlur: (event: FocusEvent<HTMLElement>) => void;
  /**
   * For a native `<dialog>` `root`: its `cancel` event (Escape where the keydown was not heard, a platform's back
   * gesture) dismisses with reason `escape` (unless `escape` is false); the browser never closes the dialog itself,
   * the component does, so its state stays true.
   */
  onCancel: (event: SyntheticEvent<HTMLElement>) => void;
}

/**
 * While `open`, calls `onDismiss` when a pointer goes down outside `root`. The listener is added a moment
 * after opening, so the tap or click that opened the popup (touch screen readers send a whole synthetic
 * pointer sequence) can never close it again.
 */
export function useOutsidePointer(open: boolean, root: RefObject<HTMLElement | null>, onDismiss: (event: PointerEvent) => void): void {
  const latest = useRef(onDismiss);
  useEffect(() => {
    latest.current = onDismiss;
  });
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const el = root.current;
      if (el && event.target instanceof Node && !el.contains(event.target)) latest.current(event);
    };
    const timer = setTimeout(() => document.addEventListener('pointerdown', onPointerDown), 0);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, root]);
}

/**
 * The one way Aukio's popups and dialogs (Popover, Toggletip, Tooltip, ActionMenu, Dialog and AlertDialog; the
 * Combobox uses `useOutsidePointer`) are dismissed:
 * Escape, a press outside, focus leaving. `root` holds the trigger and the popup (a popup in the top layer is
 * still a DOM descendant of its root, so "inside" keeps its meaning). Nothing is dismissed while closed.
 */
export function useDismiss(
  open: boolean,
  root: RefObject<HTMLElement | null>,
  onDismiss: (reason: DismissReason) => void,
  options: DismissOptions = {},
): DismissHandlers {
  const { escape = 'within', outsidePointer = true, focusOut = true } = options;
  const latest = useRef({ open, onDismiss });
  useEffect(() => {
    latest.current = { open, onDismiss };
  });
  const dismiss = (reason: DismissReason) => {
    if (latest.current.open) latest.current.onDismiss(reason);
  };

  useOutsidePointer(open && outsidePointer, root, () => dismiss('outside-pointer'));

  useEffect(() => {
    if (!open || escape !== 'document') return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      dismiss('escape');
    };
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
    // `dismiss` reads everything through a ref.
  }, [open, escape]);

  return {
    onKeyDown(event) {
      options.onKeyDown?.(event);
      if (escape !== 'within' || event.key !== 'Escape' || !open || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      dismiss('escape');
    },
    onBlur(event) {
      options.onBlur?.(event);
      const next = event.relatedTarget;
      if (focusOut && open && next instanceof Node && !root.current?.contains(next)) dismiss('focus-out');
    },
    onCancel(event) {
      event.preventDefault();
      if (escape !== false) dismiss('escape');
    },
  };
}
