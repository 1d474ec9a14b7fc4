import { useSyncExternalStore } from 'react';

const subscribeNothing = () => () => {};

/**
 * False in server HTML and while hydrating it, true afterwards and in client-only renders (so a page without
 * server HTML shows the enhanced version at once). Components use it to add what needs JavaScript (a show
 * password button, a drop zone, a clear button) only where JavaScript runs, so server HTML never offers a
 * control that does nothing.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
