import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocale, type AukioLocale } from '../i18n';
import { warnOnce } from '../internal/dev';

/** One purpose the service asks consent for ("analytics", "marketing"). Nothing is ever pre-selected. */
export interface ConsentPurpose {
  /** Stable id, stored in the record. */
  id: string;
  /** Visible name of the purpose. */
  label: ReactNode;
  /** What is collected, by whom and why. */
  description?: ReactNode;
}

/** What the user decided, for which version of the policy, when, and in which language. */
export interface ConsentRecord {
  purposes: Record<string, boolean>;
  policyVersion: string;
  /** ISO 8601 date-time in UTC (`2026-05-01T09:30:00.000Z`). */
  decidedAt: string;
  locale: AukioLocale;
}

/**
 * Where the record is kept. `read` may return anything (it is validated); `write` gets a valid record.
 * Both may be async, e.g. for the team's own backend.
 */
export interface ConsentStorage {
  read(): unknown | Promise<unknown>;
  write(record: ConsentRecord): void | Promise<void>;
  clear?(): void | Promise<void>;
}

/** Default key of the localStorage adapter. The suffix is the format version of the stored record. */
export const CONSENT_STORAGE_KEY = 'aukio:consent:v1';

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

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/;
const RECORD_KEYS = ['decidedAt', 'locale', 'policyVersion', 'purposes'];
const LOCALES: readonly string[] = ['fi', 'sv', 'en'];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

function sameKeys(obj: Record<string, unknown>, keys: readonly string[]): boolean {
  const own = Object.keys(obj);
  return own.length === keys.length && keys.every((k) => Object.prototype.hasOwnProperty.call(obj, k));
}

/**
 * Strict validation of a stored consent record. Anything missing, corrupt, foreign (other keys), for another
 * policy version or for another set of purposes is `null`: no consent. Never throws. A JSON string is parsed
 * first.
 */
export function parseConsentRecord(
  value: unknown,
  policyVersion: string,
  purposes: readonly string[],
): ConsentRecord | null {
  try {
    let data = value;
    if (typeof data === 'string') {
      try {
        data = JSON.parse(data) as unknown;
      } catch {
        return null;
      }
    }
    if (!isPlainObject(data) || !sameKeys(data, RECORD_KEYS)) return null;
    const { purposes: stored, policyVersion: version, decidedAt, locale } = data;
    if (typeof version !== 'string' || version !== policyVersion) return null;
    if (typeof decidedAt !== 'string' || !ISO_DATE_TIME.test(decidedAt) || Number.isNaN(Date.parse(decidedAt))) return null;
    if (typeof locale !== 'string' || !LOCALES.includes(locale)) return null;
    if (!isPlainObject(stored) || new Set(purposes).size !== purposes.length || !sameKeys(stored, purposes)) return null;
    const clean: Record<string, boolean> = {};
    for (const id of purposes) {
      const v = stored[id];
      if (typeof v !== 'boolean') return null;
      clean[id] = v;
    }
    return { purposes: clean, policyVersion, decidedAt, locale: locale as AukioLocale };
  } catch {
    return null;
  }
}

/** The DOM event fired on `document` (it bubbles to `window`) whenever consent is known or changes. */
export const CONSENT_EVENT = 'aukio:consent';

export interface ConsentContextValue {
  purposes: ConsentPurpose[];
  policyVersion: string;
  /** The valid record, or `null` when the user has not decided for this policy version. */
  record: ConsentRecord | null;
  /**
   * False until stored consent has been read (on the server and during the first client render), unless the
   * provider got an `initialRecord`: then true from the start.
   */
  ready: boolean;
  /** The settings are open in the banner (after `openSettings`). */
  settingsOpen: boolean;
  openSettings(): void;
  closeSettings(): void;
  /** Saves a decision for every purpose (missing ones are `false`). Rejects when the storage fails. */
  save(choices: Record<string, boolean>): Promise<ConsentRecord>;
  acceptAll(): Promise<ConsentRecord>;
  rejectAll(): Promise<ConsentRecord>;
}

const ConsentContext = createContext<ConsentContextValue | null>(null);

export interface ConsentProviderProps {
  /** The purposes asked about, in the order shown. */
  purposes: ConsentPurpose[];
  /** Version of the privacy policy. A record for another version counts as no consent: people are asked again. */
  policyVersion: string;
  /** Where the record is kept. Default: `localStorage` under `aukio:consent:v1`. */
  storage?: ConsentStorage;
  /** Called with the record when it is read from storage and whenever it changes. */
  onChange?: (record: ConsentRecord) => void;
  /**
   * For server rendering: the record the server knows (e.g. from `consentFromCookieHeader`), or `null` for "known:
   * not decided yet". When given, the provider is `ready` on the server and in the first client render, so the
   * banner and the settings are in the server HTML and hydrate without a mismatch. It is validated like stored
   * consent (anything invalid counts as no consent). Storage is still read after mounting and wins if it differs.
   */
  initialRecord?: ConsentRecord | null;
  children?: ReactNode;
}

function sameRecord(a: ConsentRecord | null, b: ConsentRecord | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

/**
 * Holds the user's consent for the page. Reads the stored record after mounting (server rendering sees "not
 * decided yet" unless `initialRecord` is given), validates it strictly, and tells integrations through
 * `onChange` and the `aukio:consent` event.
 */
export function ConsentProvider({ purposes, policyVersion, storage, onChange, initialRecord, children }: ConsentProviderProps) {
  const locale = useLocale();
  const known = initialRecord !== undefined;
  const [record, setRecord] = useState<ConsentRecord | null>(() => {
    if (!known) return null;
    const parsed = parseConsentRecord(initialRecord, policyVersion, purposes.map((p) => p.id));
    if (process.env.NODE_ENV !== 'production' && initialRecord !== null && !parsed) {
      warnOnce('consent:initial', 'initialRecord was corrupt or for another policy version: rendering as not decided.');
    }
    return parsed;
  });
  const [ready, setReady] = useState(known);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const store = useMemo(() => storage ?? localStorageConsent(), [storage]);
  const ids = purposes.map((p) => p.id);
  const idKey = ids.join('\u0000');
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });

  const publish = useCallback((next: ConsentRecord) => {
    onChangeRef.current?.(next);
    if (typeof document !== 'undefined') {
      document.dispatchEvent(new CustomEvent(CONSENT_EVENT, { detail: next, bubbles: true }));
    }
  }, []);

  useEffect(() => {
    let cancelled = false;
    const purposeIds = idKey ? idKey.split('\u0000') : [];
    Promise.resolve()
      .then(() => store.read())
      .catch(() => null)
      .then((raw) => {
        if (cancelled) return;
        const parsed = parseConsentRecord(raw, policyVersion, purposeIds);
        if (process.env.NODE_ENV !== 'production' && raw != null && !parsed) {
          warnOnce('consent:stale', 'Stored consent was missing parts, corrupt or for another policy version: asking again.');
        }
        setRecord((current) => (sameRecord(current, parsed) ? current : parsed));
        setReady(true);
        if (parsed) publish(parsed);
      });
    return () => {
      cancelled = true;
    };
  }, [store, policyVersion, idKey, publish]);

  const save = useCallback(
    async (choices: Record<string, boolean>) => {
      const next: ConsentRecord = {
        purposes: Object.fromEntries(ids.map((id) => [id, choices[id] === true])),
        policyVersion,
        decidedAt: new Date().toISOString(),
        locale,
      };
      await store.write(next);
      setRecord(next);
      setSettingsOpen(false);
      publish(next);
      return next;
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [idKey, policyVersion, locale, store, publish],
  );

  const value = useMemo<ConsentContextValue>(
    () => ({
      purposes,
      policyVersion,
      record,
      ready,
      settingsOpen,
      openSettings: () => setSettingsOpen(true),
      closeSettings: () => setSettingsOpen(false),
      save,
      acceptAll: () => save(Object.fromEntries(purposes.map((p) => [p.id, true]))),
      rejectAll: () => save({}),
    }),
    [purposes, policyVersion, record, ready, settingsOpen, save],
  );
  return <ConsentContext.Provider value={value}>{children}</ConsentContext.Provider>;
}

/** The whole consent context. Throws a clear error outside a ConsentProvider. */
export function useConsentContext(): ConsentContextValue {
  const ctx = useContext(ConsentContext);
  if (!ctx) throw new Error('[Aukio] Consent components and useConsent() must be inside a <ConsentProvider>.');
  return ctx;
}

export interface UseConsentResult extends ConsentContextValue {
  /** True only when the user has said yes to this purpose for the current policy version. */
  granted: boolean;
  /** The user has decided (either way) for the current policy version. */
  decided: boolean;
}

/** Whether the user consented to `purpose`, plus the actions (`openSettings`, `save`...). */
export function useConsent(purpose?: string): UseConsentResult {
  const ctx = useConsentContext();
  return { ...ctx, granted: Boolean(purpose && ctx.record?.purposes[purpose] === true), decided: ctx.record !== null };
}
