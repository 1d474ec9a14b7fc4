// The one definition of "focusable" and "tabbable" for every component: focus moved into a dialog or a
// popup, a trap that cycles Tab, a panel that needs its own Tab stop, a skip link's target.

/** Elements that can take focus (some only by script: `tabindex="-1"`). */
export const FOCUSABLE =
  'a[href],area[href],button:not([disabled]),input:not([disabled]):not([type=hidden]),select:not([disabled]),textarea:not([disabled]),iframe,audio[controls],video[controls],summary,[contenteditable=""],[contenteditable=true],[tabindex]';

/** Whether `el` can take focus without being given a `tabindex` first. */
export function isFocusable(el: Element): boolean {
  return el.matches(FOCUSABLE);
}

/**
 * Elements inside `root` that Tab reaches, in DOM order: focusable, not `tabindex="-1"`, not inside a
 * `hidden` or `inert` part or a closed `<details>`.
 */
export function tabbables(root: ParentNode | null | undefined): HTMLElement[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => el.tabIndex >= 0 && !el.closest('[hidden],[inert],details:not([open]) > :not(summary)'),
  );
}

/** Moves focus in a list of items for arrow, Home and End keys. Returns the new index, or -1 for other keys. */
export function moveIndex(key: string, index: number, length: number, prev: string, next: string): number {
  if (key === next) return (index + 1) % length;
  if (key === prev) return (index - 1 + length) % length;
  if (key === 'Home') return 0;
  if (key === 'End') return length - 1;
  return -1;
}
