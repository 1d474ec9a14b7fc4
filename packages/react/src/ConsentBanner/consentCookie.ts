// Reading and writing the consent cookie's text: shared by the server helpers (consentServer.ts) and the browser's
// cookie store (consentStorage.ts). Pure: no React, no DOM.

/** Default name of the consent cookie. */
export const CONSENT_COOKIE_NAME = 'aukio-consent';

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

/** The cookie name from the options; throws on a name a browser would not store (a mistake in the code, not in the data). */
export function consentCookieName(options: ConsentCookieOptions | undefined): string {
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

/** The decoded value of one cookie in a `Cookie` header (or `document.cookie`); `null` when absent or not valid URI encoding. */
export function readCookie(header: unknown, name: string): string | null {
  const raw = cookieValue(header, name);
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch (error) {
    // A value that is not valid URI encoding was not written by us: the same as no cookie.
    if (error instanceof URIError) return null;
    throw error;
  }
}

export function consentCookieString(value: string, options: ConsentCookieOptions | undefined): string {
  const parts = [
    `${consentCookieName(options)}=${value}`,
    `Path=${options?.path ?? '/'}`,
    `Max-Age=${Math.max(0, Math.floor(options?.maxAge ?? 180 * 24 * 60 * 60))}`,
    `SameSite=${options?.sameSite ?? 'Lax'}`,
  ];
  if (options?.secure) parts.push('Secure');
  return parts.join('; ');
}

