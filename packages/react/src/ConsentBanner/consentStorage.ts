// Where the browser keeps the consent record: localStorage, a cookie, or memory. These run in the browser (the
// provider calls them after mounting); the server reads the cookie with consentFromCookieHeader instead.
import { consentCookieName, consentCookieString, readCookie, type ConsentCookieOptions } from './consentCookie';
import { serializeConsentCookie } from './consentServer';
import { CONSENT_STORAGE_KEY, type ConsentStorage } from './consentRecord';

/** Keeps the record in `localStorage` (JSON) under a versioned key. Unavailable storage reads as "no consent". */
export function localStorageConsent(key: string = CONSENT_STORAGE_KEY): ConsentStorage {
  const store = () => {
    try {
      return typeof window === 'undefined' ? null : window.localStorage;
    } catch {
      return null;
    }
  };
  return {
    read() {
      try {
        const raw = store()?.getItem(key);
        return raw == null ? null : (JSON.parse(raw) as unknown);
      } catch {
        return null;
      }
    },
    write(record) {
      store()?.setItem(key, JSON.stringify(record));
    },
    clear() {
      store()?.removeItem(key);
    },
  };
}

/** Keeps the record in memory only (tests, stories, or a page that must not store anything). */
export function memoryConsent(initial: unknown = null): ConsentStorage {
  let value = initial;
  return {
    read: () => value,
    write(record) {
      value = JSON.parse(JSON.stringify(record)) as unknown;
    },
    clear() {
      value = null;
    },
  };
}

/**
 * Keeps the record in a cookie, so that the server reads the same record (`consentFromCookieHeader`) and can
 * render the page as the user decided. The cookie is readable by the page's script (not HttpOnly) on purpose.
 */
export function cookieConsent(options?: ConsentCookieOptions): ConsentStorage {
  const name = consentCookieName(options);
  const secure = () => options?.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
  return {
    read() {
      if (typeof document === 'undefined') return null;
      return readCookie(document.cookie, name);
    },
    write(record) {
      if (typeof document === 'undefined') return;
      document.cookie = serializeConsentCookie(record, { ...options, secure: secure() });
    },
    clear() {
      if (typeof document === 'undefined') return;
      document.cookie = consentCookieString('', { ...options, maxAge: 0, secure: secure() });
    },
  };
}
