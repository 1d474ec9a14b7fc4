import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocale } from '../i18n';
import { renamedProp } from '../internal/deprecated';
import { warnOnce } from '../internal/dev';
import { CONSENT_EVENT, parseConsentRecord, type ConsentPurpose, type ConsentRecord, type ConsentStorage } from './consentRecord';
import type { ConsentCookieOptions } from './consentServer';
import { cookieConsent, localStorageConsent, memoryConsent } from './consentStorage';

export {
  CONSENT_EVENT,
  CONSENT_STORAGE_KEY,
  parseConsentRecord,
  type ConsentPurpose,
  type ConsentRecord,
  type ConsentStorage,
} from './consentRecord';
export { cookieConsent, localStorageConsent, memoryConsent } from './consentStorage';

/**
 * The stores the provider knows by name. A name (and `storageOptions`) is plain data, so a Server Component can
 * pass it to the provider; the provider makes the store itself in the browser.
 */
export type ConsentStorageName = 'cookie' | 'localStorage' | 'memory';

/** Options of the named stores: the cookie's (`name`, `maxAge`, `path`, `sameSite`, `secure`) or the localStorage `key`. */
export interface ConsentStorageOptions extends ConsentCookieOptions {
  /** Key of the `localStorage` store; default `aukio:consent:v1`. */
  key?: string;
}

function namedStorage(name: ConsentStorageName, options: ConsentStorageOptions | undefined): ConsentStorage {
  if (name === 'cookie') return cookieConsent(options);
  if (name === 'memory') return memoryConsent();
  return localStorageConsent(options?.key);
}

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
  /**
   * Where the record is kept: `'cookie'` (the server reads it with `consentFromCookieHeader`), `'localStorage'`
   * (the default, key `aukio:consent:v1`) or `'memory'`, with `storageOptions`. Names work from a Server
   * Component. A store object (`storage={cookieConsent()}`, or your own `{ read, write, clear }`) still works in a
   * client component, but has functions in it, which cannot cross from a Server Component to the client.
   */
  storage?: ConsentStorageName | ConsentStorage;
  /** Options of a named store: the cookie's `name`, `maxAge`, `path`, `sameSite`, `secure`, or the localStorage `key`. */
  storageOptions?: ConsentStorageOptions;
  /** Called with the record when it is read from storage and whenever it changes. */
  onRecordChange?: (record: ConsentRecord) => void;
  /** @deprecated use `onRecordChange` (same argument); removed in the next minor version. */
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
export function ConsentProvider({
  purposes,
  policyVersion,
  storage,
  storageOptions,
  onRecordChange,
  onChange: onChangeAlias,
  initialRecord,
  children,
}: ConsentProviderProps) {
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
  const serverRecord = useRef(record);
  const [ready, setReady] = useState(known);
  const [settingsOpen, setSettingsOpen] = useState(false);
  // Named stores are made once per name and options, compared by value (a Server Component sends new objects).
  const optionsKey = JSON.stringify(storageOptions ?? {});
  const store = useMemo(
    () => (typeof storage === 'object' ? storage : namedStorage(storage ?? 'localStorage', JSON.parse(optionsKey) as ConsentStorageOptions)),
    [storage, optionsKey],
  );
  const ids = purposes.map((p) => p.id);
  const idKey = ids.join('\u0000');
  const onChange = renamedProp('ConsentProvider', 'onChange', onChangeAlias, 'onRecordChange', onRecordChange);
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
        // Nothing stored (e.g. a decision posted without JavaScript, its cookie out of the script's reach): the
        // record the server knew stands. Something stored but stale or corrupt: ask again.
        const next = parsed ?? (raw == null ? serverRecord.current : null);
        setRecord((current) => (sameRecord(current, next) ? current : next));
        setReady(true);
        if (next) publish(next);
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
