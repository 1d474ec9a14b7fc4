import { useSyncExternalStore } from 'react';
import { READING_PREFERENCES_KEY, READING_PREFERENCES_VERSION, type ReadingPreferences } from './preferences';

// The reader's plain-language choice for AukioProvider, kept apart from useReadingPreferences so that every
// component (they all use AukioProvider's texts) does not carry the whole preferences store: this reads one
// field of the saved value and follows changes, from this tab (an event the store sends) and from others.

/** Sent on `window` by the reading-preferences store after each change, with the new preferences as `detail`. */
export const READING_PREFERENCES_EVENT = 'aukio:reading-preferences';

let known = false;
let current: boolean | undefined;

function fromStorage(): boolean | undefined {
  try {
    const raw = window.localStorage.getItem(READING_PREFERENCES_KEY);
    if (!raw || raw.length > 2000) return undefined;
    const data: unknown = JSON.parse(raw);
    if (typeof data !== 'object' || data === null) return undefined;
    const { version, plainLanguage } = data as { version?: unknown; plainLanguage?: unknown };
    return version === READING_PREFERENCES_VERSION && typeof plainLanguage === 'boolean' ? plainLanguage : undefined;
  } catch {
    // Blocked storage or a corrupt value: no choice.
    return undefined;
  }
}

function subscribe(listener: () => void): () => void {
  const onChange = (event: Event) => {
    if (event instanceof StorageEvent) {
      if (event.key !== READING_PREFERENCES_KEY) return;
      known = false;
    } else {
      current = (event as CustomEvent<ReadingPreferences>).detail?.plainLanguage;
      known = true;
    }
    listener();
  };
  window.addEventListener('storage', onChange);
  window.addEventListener(READING_PREFERENCES_EVENT, onChange);
  return () => {
    window.removeEventListener('storage', onChange);
    window.removeEventListener(READING_PREFERENCES_EVENT, onChange);
  };
}

function getSnapshot(): boolean | undefined {
  if (!known) {
    current = fromStorage();
    known = true;
  }
  return current;
}

const noSubscribe = () => () => {};
const serverSnapshot = () => undefined;

/**
 * The reader's "plain language" choice in the reading preferences saved under the default key: `true` or
 * `false` once the reader has used the switch, `undefined` before that and during server rendering and
 * hydration. `AukioProvider` follows it, so the switch works with no wiring in the app.
 */
export function useReaderPlainLanguage(): boolean | undefined {
  const inBrowser = typeof window !== 'undefined';
  return useSyncExternalStore(inBrowser ? subscribe : noSubscribe, inBrowser ? getSnapshot : serverSnapshot, serverSnapshot);
}

/** Test helper: read the saved value again on the next render. */
export function forgetReaderPlainLanguage(): void {
  known = false;
}
