// Reading preferences: the data, its storage format and the attributes that apply it to `<html>`.
// Shared by the hook, the component and the server helper. No React and no DOM access at import time.

export const readingThemes = ['light', 'dark', 'high-contrast', 'auto'] as const;
export type ReadingTheme = (typeof readingThemes)[number];

export const textSizes = [100, 125, 150, 200] as const;
export type TextSize = (typeof textSizes)[number];

export interface ReadingPreferences {
  /** Colour theme; `auto` follows the system's dark mode and increased-contrast settings. */
  theme: ReadingTheme;
  /** Text size in percent of the browser's own size: scales every rem-based size. */
  textSize: TextSize;
  /** WCAG 1.4.12 text spacing: line height 1.5, paragraphs 2em apart, letters 0.12em, words 0.16em. */
  spacing: boolean;
  /** Stop animations and transitions. They stop anyway when the system asks for reduced motion. */
  reduceMotion: boolean;
  /** Underline every link, also in navigation and buttons made of links. */
  underlineLinks: boolean;
  /**
   * Built-in texts in the plain register (selkokieli, lättläst, plain English); `AukioProvider` follows it.
   * Left out (`undefined`) until the reader uses the switch, so the app's own `register` applies until then.
   */
  plainLanguage?: boolean;
}

export const defaultReadingPreferences: Readonly<ReadingPreferences> = Object.freeze({
  theme: 'light',
  textSize: 100,
  spacing: false,
  reduceMotion: false,
  underlineLinks: false,
});

/** The storage format's version. A stored value of another version is ignored (defaults apply). */
export const READING_PREFERENCES_VERSION = 1;
/** localStorage key; the version is part of it so a new format never reads an old one by mistake. */
export const READING_PREFERENCES_KEY = `aukio:reading-preferences:v${READING_PREFERENCES_VERSION}`;
/** Cookie name for servers that render the attributes on `<html>` (see `readingPreferenceAttributes`). */
export const READING_PREFERENCES_COOKIE = 'aukio-reading-preferences';

/** Longest stored value we read: anything bigger is not ours. */
const MAX_LENGTH = 2000;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a stored value: a JSON string (from localStorage), the same string URI-encoded (from a cookie), a
 * whole `Cookie` header, or an already parsed object. Anything missing, of another version or malformed falls
 * back to the defaults, field by field; this function never throws.
 */
export function parseReadingPreferences(stored: unknown): ReadingPreferences {
  const defaults = { ...defaultReadingPreferences };
  let data: unknown = stored;
  try {
    if (typeof data === 'string') {
      if (data.length > MAX_LENGTH) return defaults;
      data = JSON.parse(decodeStored(data));
    }
  } catch {
    return defaults;
  }
  if (!isObject(data) || data.version !== READING_PREFERENCES_VERSION) return defaults;
  const out = defaults;
  if (typeof data.theme === 'string' && (readingThemes as readonly string[]).includes(data.theme)) out.theme = data.theme as ReadingTheme;
  const size = typeof data.textSize === 'string' ? Number(data.textSize) : data.textSize;
  if (typeof size === 'number' && (textSizes as readonly number[]).includes(size)) out.textSize = size as TextSize;
  if (typeof data.spacing === 'boolean') out.spacing = data.spacing;
  if (typeof data.reduceMotion === 'boolean') out.reduceMotion = data.reduceMotion;
  if (typeof data.underlineLinks === 'boolean') out.underlineLinks = data.underlineLinks;
  if (typeof data.plainLanguage === 'boolean') out.plainLanguage = data.plainLanguage;
  return out;
}

/** A cookie header or a URI-encoded value becomes the JSON text; plain JSON passes through. */
function decodeStored(value: string): string {
  let v = value.trim();
  const cookie = new RegExp(`(?:^|;\\s*)${READING_PREFERENCES_COOKIE}=([^;]*)`).exec(v);
  if (cookie) v = cookie[1] ?? '';
  if (v.startsWith('%7B') || v.startsWith('%7b')) v = decodeURIComponent(v);
  return v;
}

/** The string to store in localStorage (and, URI-encoded, in the cookie). */
export function serializeReadingPreferences(prefs: ReadingPreferences): string {
  const { theme, textSize, spacing, reduceMotion, underlineLinks, plainLanguage } = prefs;
  // plainLanguage is left out of the JSON while undefined (no choice yet). Version 1 still: an older value
  // without it reads as "no choice", and older code ignores it.
  return JSON.stringify({ version: READING_PREFERENCES_VERSION, theme, textSize, spacing, reduceMotion, underlineLinks, plainLanguage });
}

/** Every attribute the preferences may set on `<html>`; the ones not in use are removed. */
export const readingPreferenceAttributeNames = [
  'data-aukio-theme',
  'data-aukio-text-size',
  'data-aukio-spacing',
  'data-aukio-motion',
  'data-aukio-underline-links',
] as const;
export type ReadingPreferenceAttributes = Partial<Record<(typeof readingPreferenceAttributeNames)[number], string>>;

/** The attributes for a set of preferences. Defaults add only `data-aukio-theme`. */
export function attributesFor(prefs: ReadingPreferences): ReadingPreferenceAttributes {
  const attrs: ReadingPreferenceAttributes = { 'data-aukio-theme': prefs.theme };
  if (prefs.textSize !== 100) attrs['data-aukio-text-size'] = String(prefs.textSize);
  if (prefs.spacing) attrs['data-aukio-spacing'] = '';
  if (prefs.reduceMotion) attrs['data-aukio-motion'] = 'reduce';
  if (prefs.underlineLinks) attrs['data-aukio-underline-links'] = '';
  return attrs;
}

/**
 * Server-side rendering: the attributes to render on `<html>` from the stored value, so the page is right on
 * first paint. Pass the cookie value (or the whole `Cookie` header, or a JSON string); a missing or corrupt
 * value gives the defaults.
 *
 * ```tsx
 * <html lang="fi" {...readingPreferenceAttributes(cookies.get('aukio-reading-preferences'))}>
 * ```
 */
export function readingPreferenceAttributes(cookieOrStoredValue: string | null | undefined): ReadingPreferenceAttributes {
  return attributesFor(parseReadingPreferences(cookieOrStoredValue));
}

/** Sets the attributes on an element (normally `document.documentElement`) and removes the unused ones. */
export function applyReadingPreferences(element: Element, prefs: ReadingPreferences): void {
  const attrs = attributesFor(prefs);
  for (const name of readingPreferenceAttributeNames) {
    const value = attrs[name];
    if (value === undefined) element.removeAttribute(name);
    else if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
