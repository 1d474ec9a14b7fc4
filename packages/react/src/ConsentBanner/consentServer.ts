// Helpers for server rendering and for the forms that work without JavaScript. No React and no DOM at import
// time: safe to import in a Node server.
import type { AukioLocale } from '../i18n';
import { parseConsentRecord, type ConsentRecord, type ConsentStorage } from './consent';

/**
 * Names and values of the fields the consent forms post (banner and settings alike):
 * - `consent=accept-all` / `consent=reject-all`: the banner's buttons;
 * - `consent=save` plus one `purpose=<id>` per ticked box: the settings form.
 */
export const CONSENT_FORM_FIELDS = {
  decision: 'consent',
  purpose: 'purpose',
  acceptAll: 'accept-all',
  rejectAll: 'reject-all',
  save: 'save',
} as const;

/** Default name of the consent cookie. */
export const CONSENT_COOKIE_NAME = 'aukio-consent';

const LOCALES: readonly string[] = ['fi', 'sv', 'en'];
const COOKIE_NAME = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

export interface ConsentCookieOptions {
  /** Cookie name; default `aukio-consent`. */
  name?: string;
  /** Lifetime in seconds; default 180 days. */
  maxAge?: number;
  /** Default `/`. */
  path?: string;
  /** Default `Lax`: the cookie comes along with the form post and with links from other sites. */
  sameSite?: 'Lax' | 'Strict';
  /** Add `Secure`. Default: on in the browser over https; on the server, set it yourself (do in production). */
  secure?: boolean;
}

export interface ConsentCheckOptions {
  /** The current policy version: a record for another version counts as no consent. */
  policyVersion: string;
  /** The purpose ids, as in the provider. */
  purposes: readonly string[];
}

function cookieName(options: ConsentCookieOptions | undefined): string {
  const name = options?.name ?? CONSENT_COOKIE_NAME;
  if (!COOKIE_NAME.test(name)) throw new Error(`[Aukio] "${name}" is not a valid cookie name.`);
  return name;
}

/** The raw (still URI-encoded) value of one cookie in a `Cookie` header or `document.cookie`; never throws. */
function cookieValue(header: unknown, name: string): string | null {
  if (typeof header !== 'string' || header === '') return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}

function decodeCookie(raw: string | null): string | null {
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * The consent record in a request's `Cookie` header (or `document.cookie`), validated like stored consent:
 * missing, corrupt, foreign or for another policy version is `null` (no consent). Never throws. Pass the result
 * to `ConsentProvider initialRecord` so the server renders the banner and the settings as they will be.
 */
export function consentFromCookieHeader(
  cookieHeader: string | null | undefined,
  options: ConsentCheckOptions & Pick<ConsentCookieOptions, 'name'>,
): ConsentRecord | null {
  try {
    const text = decodeCookie(cookieValue(cookieHeader, options.name ?? CONSENT_COOKIE_NAME));
    return text === null ? null : parseConsentRecord(text, options.policyVersion, options.purposes);
  } catch {
    return null;
  }
}

/** The cookie for a record (the value of `Set-Cookie` on the server; also what `cookieConsent` writes). */
export function serializeConsentCookie(record: ConsentRecord, options?: ConsentCookieOptions): string {
  return cookieString(encodeURIComponent(JSON.stringify(record)), options);
}

function cookieString(value: string, options: ConsentCookieOptions | undefined): string {
  const parts = [
    `${cookieName(options)}=${value}`,
    `Path=${options?.path ?? '/'}`,
    `Max-Age=${Math.max(0, Math.floor(options?.maxAge ?? 180 * 24 * 60 * 60))}`,
    `SameSite=${options?.sameSite ?? 'Lax'}`,
  ];
  if (options?.secure) parts.push('Secure');
  return parts.join('; ');
}

/**
 * Keeps the record in a cookie, so that the server reads the same record (`consentFromCookieHeader`) and can
 * render the page as the user decided. The cookie is readable by the page's script (not HttpOnly) on purpose.
 */
export function cookieConsent(options?: ConsentCookieOptions): ConsentStorage {
  const name = cookieName(options);
  const secure = () => options?.secure ?? (typeof location !== 'undefined' && location.protocol === 'https:');
  return {
    read() {
      if (typeof document === 'undefined') return null;
      return decodeCookie(cookieValue(document.cookie, name));
    },
    write(record) {
      if (typeof document === 'undefined') return;
      document.cookie = serializeConsentCookie(record, { ...options, secure: secure() });
    },
    clear() {
      if (typeof document === 'undefined') return;
      document.cookie = cookieString('', { ...options, maxAge: 0, secure: secure() });
    },
  };
}

/** Posted fields: `URLSearchParams`, `FormData`, or an object of strings / string arrays (body parsers). */
export type ConsentFormFields = URLSearchParams | FormData | Readonly<Record<string, unknown>>;

function allValues(fields: ConsentFormFields, name: string): string[] {
  if (typeof URLSearchParams !== 'undefined' && fields instanceof URLSearchParams) return fields.getAll(name);
  if (typeof FormData !== 'undefined' && fields instanceof FormData) {
    return fields.getAll(name).filter((v): v is string => typeof v === 'string');
  }
  if (fields === null || typeof fields !== 'object' || !Object.prototype.hasOwnProperty.call(fields, name)) return [];
  const value = (fields as Record<string, unknown>)[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

export interface ConsentFormOptions extends ConsentCheckOptions {
  /** The language of the page the form was on (stored in the record). */
  locale: AukioLocale;
  /** The time of the decision; default now. */
  now?: Date;
}

/**
 * Turns the fields posted by the banner's or the settings' form (see `CONSENT_FORM_FIELDS`) into a record of
 * the same shape the browser saves. Unknown purposes are ignored. Returns `null`, never throws, when the post is
 * not a consent decision (no or an unknown `consent` value, several of them, a bad locale).
 */
export function consentRecordFromForm(fields: ConsentFormFields, options: ConsentFormOptions): ConsentRecord | null {
  try {
    const { purposes, policyVersion, locale } = options;
    if (!LOCALES.includes(locale)) return null;
    const decision = allValues(fields, CONSENT_FORM_FIELDS.decision);
    if (decision.length !== 1) return null;
    let chosen: (id: string) => boolean;
    if (decision[0] === CONSENT_FORM_FIELDS.acceptAll) chosen = () => true;
    else if (decision[0] === CONSENT_FORM_FIELDS.rejectAll) chosen = () => false;
    else if (decision[0] === CONSENT_FORM_FIELDS.save) {
      const ticked = new Set(allValues(fields, CONSENT_FORM_FIELDS.purpose));
      chosen = (id) => ticked.has(id);
    } else return null;
    const now = options.now ?? new Date();
    const record: ConsentRecord = {
      purposes: Object.fromEntries(purposes.map((id) => [id, chosen(id)])),
      policyVersion,
      decidedAt: now.toISOString(),
      locale,
    };
    return parseConsentRecord(record, policyVersion, purposes);
  } catch {
    return null;
  }
}
