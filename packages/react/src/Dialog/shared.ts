import { useCallback, useState } from 'react';

// Small helpers shared by the patterns-a widgets (Dialog, AlertDialog, Accordion, Disclosure, Tabs, ActionMenu).

const FOCUSABLE =
  'a[href],button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),iframe,summary,[contenteditable=""],[contenteditable=true],[tabindex]';

/** Elements inside `root` that Tab reaches, in DOM order (skips hidden parts and closed `<details>`). */
export function tabbables(root: Element | null): HTMLElement[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden],[inert],details:not([open]) > :not(summary)'),
  );
}

/** Controlled (`value` given) or uncontrolled state; `onChange` is called on every change either way. */
export function useControllable<T>(value: T | undefined, defaultValue: T, onChange?: (value: T) => void) {
  const [inner, setInner] = useState(defaultValue);
  const controlled = value !== undefined;
  const set = useCallback(
    (next: T) => {
      if (!controlled) setInner(next);
      onChange?.(next);
    },
    [controlled, onChange],
  );
  return [controlled ? value : inner, set] as const;
}

/** Moves focus in a list of items for arrow, Home and End keys. Returns the new index, or -1 for other keys. */
export function moveIndex(key: string, index: number, length: number, prev: string, next: string): number {
  if (key === next) return (index + 1) % length;
  if (key === prev) return (index - 1 + length) % length;
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return -1;
}
