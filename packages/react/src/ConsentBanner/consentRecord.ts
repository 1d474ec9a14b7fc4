// The consent record: its shape, its strict validation and the names it is kept under. Pure: no React at run time,
// no DOM, so the server entry (@aukio/react/server) and the client components share one validation.
import type { ReactNode } from 'react';
import type { AukioLocale } from '../i18n/locales';

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

