// The outside-press helper moved to internal/dismiss.ts (the one dismiss helper); re-exported here until the
// Combobox imports it from there.
export { useOutsidePointer } from '../internal/dismiss';
