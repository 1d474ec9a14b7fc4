// The outside-press helper moved to internal/dismiss.ts (the one dismiss helper); re-exported here until the
// Combobox imports it from there.
export { useOutsidePointer } from '../internal/dismiss';

/** Focusable descendants, for moving focus into a popup. */
export const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), summary, [contenteditable="true"]';
