// Helpers for server rendering and for the forms that work without JavaScript. No React, no DOM and no client
// module: safe in a Node server, a route handler, a server action and a React Server Component
// (re-exported by @aukio/react/server).
import type { AukioLocale } from '../i18n/locales';
import { CONSENT_COOKIE_NAME, consentCookieString, readCookie, type ConsentCookieOptions } from './consentCookie';
import { parseConsentRecord, type ConsentRecord } from './consentRecord';

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

export { CONSENT_COOKIE_NAME, type ConsentCookieOptions } from './consentCookie';

const LOCALES: readonly string[] = ['fi', 'sv', 'en'];

export interface ConsentCheckOptions {
  /** The current policy version: a record for another version counts as no consent. */
  policyVersion: string;
  /** The purpose ids, as in the provider. */
  purposes: readonly string[];
}

/**
 * The consent record in a request's `Cookie` header (or `document.cookie`), validated like stored consent:
 * missing, corrupt, foreign or for another policy version is `null` (no consent). Pass the result
 * to `ConsentProvider initialRecord` so the server renders the banner and the settings as they will be. Bad data
 * is `null`; a mistake in the code (options missing) throws rather than hiding as "no consent".
 */
export function consentFromCookieHeader(
  cookieHeader: string | null | undefined,
  options: ConsentCheckOptions & Pick<ConsentCookieOptions, 'name'>,
): ConsentRecord | null {
  const text = readCookie(cookieHeader, options.name ?? CONSENT_COOKIE_NAME);
  return text === null ? null : parseConsentRecord(text, options.policyVersion, options.purposes);
}

/** The cookie for a record (the value of `Set-Cookie` on the server; also what `cookieConsent` writes). */
export function serializeConsentCookie(record: ConsentRecord, options?: ConsentCookieOptions): string {
  return consentCookieString(encodeURIComponent(JSON.stringify(record)), options);
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
 * the same shape the browser saves. Unknown purposes are ignored. Returns `null` when the post is
 * not a consent decision (no or an unknown `consent` value, several of them, a bad locale); a mistake in the code
 * (options missing) throws.
 */
export function consentRecordFromForm(fields: ConsentFormFields, options: ConsentFormOptions): ConsentRecord | null {
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
}
