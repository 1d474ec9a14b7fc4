import { useEffect, useRef, type RefObject } from 'react';

/**
 * While `open`, calls `onDismiss` when a pointer goes down outside `root`. The listener is added a moment
 * after opening, so the tap or click that opened the popup (touch screen readers send a whole synthetic
 * pointer sequence) can never close it again.
 */
export function useOutsidePointer(open: boolean, root: RefObject<HTMLElement | null>, onDismiss: () => void): void {
  const latest = useRef(onDismiss);
  useEffect(() => {
    latest.current = onDismiss;
  });
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      const el = root.current;
      if (el && event.target instanceof Node && !el.contains(event.target)) latest.current();
    };
    const timer = setTimeout(() => document.addEventListener('pointerdown', onPointerDown), 0);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('pointerdown', onPointerDown);
    };
  }, [open, root]);
}

/** Focusable descendants, for moving focus into a popup. */
export const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary, [contenteditable="true"]';
