import { useCallback, useMemo, useSyncExternalStore } from 'react';
import {
  READING_PREFERENCES_COOKIE,
  READING_PREFERENCES_KEY,
  READING_PREFERENCES_VERSION,
  applyReadingPreferences,
  defaultReadingPreferences,
  parseReadingPreferences,
  serializeReadingPreferences,
  type ReadingPreferences,
} from './preferences';
import { READING_PREFERENCES_EVENT, forgetReaderPlainLanguage } from './readerRegister';

export interface UseReadingPreferencesOptions {
  /** localStorage key; default `aukio:reading-preferences:v1` (the key the static apply script reads). */
  storageKey?: string | undefined;
  /**
   * Also write a cookie `aukio-reading-preferences` (path `/`, one year, `SameSite=Lax`) so a server can render
   * the attributes on `<html>` with `readingPreferenceAttributes`. Off by default.
   */
  cookie?: boolean | undefined;
}

export interface UseReadingPreferencesResult {
  /** The saved preferences (the defaults during server rendering and hydration). */
  preferences: ReadingPreferences;
  /** Change one preference: saved, and applied to `<html>` at once. */
  setPreference: <K extends keyof ReadingPreferences>(key: K, value: ReadingPreferences[K]) => void;
  /** Replace every preference. */
  setPreferences: (next: ReadingPreferences) => void;
  /** Back to the defaults. */
  reset: () => void;
  /** True when the system asks for reduced motion (`prefers-reduced-motion: reduce`). */
  systemReducedMotion: boolean;
  /** True when motion is reduced, by the preference or by the system. */
  motionReduced: boolean;
}

interface Store {
  get: () => ReadingPreferences;
  set: (next: ReadingPreferences, cookie: boolean) => void;
  subscribe: (listener: () => void) => () => void;
}

const stores = new Map<string, Store>();

function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    // Storage can be blocked (privacy settings, sandboxed frames): preferences then last for the page view.
    return null;
  }
}

function storeFor(key: string): Store {
  const existing = stores.get(key);
  if (existing) return existing;
  let current: ReadingPreferences | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  const onStorage = (event: StorageEvent) => {
    // Another tab changed the preferences: follow it.
    if (event.key !== key) return;
    current = parseReadingPreferences(event.newValue);
    applyReadingPreferences(document.documentElement, current);
    notify();
  };
  const store: Store = {
    get: () => (current ??= parseReadingPreferences(readStorage(key))),
    set: (next, cookie) => {
      current = parseReadingPreferences({ ...next, version: READING_PREFERENCES_VERSION });
      const value = serializeReadingPreferences(current);
      try {
        window.localStorage.setItem(key, value);
      } catch {
        // Full or blocked storage: still apply for this page view.
      }
      if (cookie) {
        document.cookie = `${READING_PREFERENCES_COOKIE}=${encodeURIComponent(value)}; path=/; max-age=31536000; SameSite=Lax`;
      }
      applyReadingPreferences(document.documentElement, current);
      notify();
      // AukioProvider's light reader of the plain-language choice follows this event (readerRegister.ts).
      if (key === READING_PREFERENCES_KEY) window.dispatchEvent(new CustomEvent(READING_PREFERENCES_EVENT, { detail: current }));
    },
    subscribe: (listener) => {
      if (listeners.size === 0) window.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) window.removeEventListener('storage', onStorage);
      };
    },
  };
  stores.set(key, store);
  return store;
}

/** Test helper: forget the cached values so the next read comes from storage again. */
export function resetReadingPreferencesCache(): void {
  stores.clear();
  forgetReaderPlainLanguage();
}

const serverDefaults = () => defaultReadingPreferences as ReadingPreferences;

const reducedMotionQuery = '(prefers-reduced-motion: reduce)';
function subscribeReducedMotion(listener: () => void) {
  if (typeof window.matchMedia !== 'function') return () => {};
  const mql = window.matchMedia(reducedMotionQuery);
  mql.addEventListener('change', listener);
  return () => mql.removeEventListener('change', listener);
}
const getReducedMotion = () => typeof window.matchMedia === 'function' && window.matchMedia(reducedMotionQuery).matches;
const getServerReducedMotion = () => false;

/**
 * The reader's preferences for text size, spacing, motion, link underlines and colour theme: read from and
 * saved to localStorage, and applied as data attributes on `<html>` whenever they change. Every component
 * using the hook with the same key shares one state, and other tabs follow changes.
 *
 * For the first paint, include the static script `apply-preferences.js` (or render
 * `readingPreferenceAttributes(...)` on the server): the hook itself changes `<html>` only when a preference
 * changes.
 */
export function useReadingPreferences(options: UseReadingPreferencesOptions = {}): UseReadingPreferencesResult {
  const { storageKey = READING_PREFERENCES_KEY, cookie = false } = options;
  const store = useMemo(() => (typeof window === 'undefined' ? undefined : storeFor(storageKey)), [storageKey]);
  const subscribe = useCallback((l: () => void) => (store ? store.subscribe(l) : () => {}), [store]);
  const getSnapshot = useCallback(() => (store ? store.get() : serverDefaults()), [store]);
  const preferences = useSyncExternalStore(subscribe, getSnapshot, serverDefaults);
  const systemReducedMotion = useSyncExternalStore(subscribeReducedMotion, getReducedMotion, getServerReducedMotion);

  const setPreferences = useCallback((next: ReadingPreferences) => store?.set(next, cookie), [store, cookie]);
  const setPreference = useCallback(
    <K extends keyof ReadingPreferences>(key: K, value: ReadingPreferences[K]) => {
      if (store) store.set({ ...store.get(), [key]: value }, cookie);
    },
    [store, cookie],
  );
  const reset = useCallback(() => store?.set({ ...defaultReadingPreferences }, cookie), [store, cookie]);

  return {
    preferences,
    setPreference,
    setPreferences,
    reset,
    systemReducedMotion,
    motionReduced: preferences.reduceMotion || systemReducedMotion,
  };
}
