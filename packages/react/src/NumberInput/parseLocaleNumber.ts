import type { AukioLocale } from '../i18n';

/** Decimal separator each locale writes. fi and sv write a comma and group with (no-break) spaces. */
const decimalOf: Record<AukioLocale, ',' | '.'> = { fi: ',', sv: ',', en: '.' };

// Space characters people and browsers put between digit groups: space, no-break space, narrow no-break
// space (what Intl writes for fi/sv), thin space, figure space. Apostrophes are also accepted as grouping.
const SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const APOSTROPHES = /['’]/g;
// Currency and unit noise around the number: a currency sign, EUR/SEK codes, Finnish "e"/"euroa", "kr".
const NOISE_START = /^(?:\p{Sc}|eur|sek)\s*/iu;
const NOISE_END = /\s*(?:\p{Sc}|eur|euroa|euro|e|sek|kr)\.?$/iu;
const MINUS = /^[-\u2212\u2013]/;

function validGroups(intPart: string, groupChars: RegExp): boolean {
  const groups = intPart.split(groupChars);
  if (groups.length === 1) return /^\d*$/.test(intPart);
  return /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/**
 * Reads a number the way a resident types it, in the locale's conventions, and returns `null` when the text
 * is empty or is not a number.
 *
 * - `fi`/`sv`: comma decimal, space grouping: `"1 234,5"`, `"1 234,50 €"`, `"-12,5"`. A single dot is read as
 *   a decimal point too (`"1234.5"`), because that is what people using an English keyboard habit mean.
 * - `en`: dot decimal, comma grouping: `"1,234.5"`. A single comma not followed by exactly three digits
 *   (`"12,5"`) is read as a decimal comma.
 * - When both a comma and a dot appear, the last one is the decimal separator (`"1.234,5"`, `"1,234.5"`).
 * - Grouping must be in threes (`"12 34"` is not a number). Currency signs and codes around the number
 *   (`€`, `EUR`, `e`, `kr`) are ignored; the minus sign may be `-`, `−` or `–`. No exponents.
 */
export function parseLocaleNumber(text: string, locale: AukioLocale = 'fi'): number | null {
  let s = text.trim();
  if (!s) return null;
  s = s.replace(NOISE_START, '').replace(NOISE_END, '').trim();
  let sign = '';
  if (MINUS.test(s)) {
    sign = '-';
    s = s.slice(1).trim();
  } else if (s.startsWith('+')) {
    s = s.slice(1).trim();
  }
  // Currency after the sign: "-€5".
  s = s.replace(NOISE_START, '');
  s = s.replace(SPACES, ' ').replace(APOSTROPHES, "'");
  if (!/^[\d.,' ]+$/.test(s) || !/\d/.test(s)) return null;

  const commas = s.split(',').length - 1;
  const dots = s.split('.').length - 1;
  let decimal: ',' | '.' | null = null;
  if (commas && dots) {
    decimal = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    if ((decimal === ',' ? commas : dots) > 1) return null;
  } else if (commas === 1 || dots === 1) {
    const sep = commas ? ',' : '.';
    const localeDecimal = decimalOf[locale] ?? ',';
    if (sep === localeDecimal) decimal = sep;
    else {
      // The locale groups with this character (only en groups with a comma): "1,234" is 1234, "12,5" is 12.5.
      const groupsWithIt = locale === 'en' && sep === ',';
      decimal = groupsWithIt && /^\d{1,3},\d{3}(?!\d)/.test(s.replace(/[ ']/g, '')) ? null : sep;
    }
  }
  let intPart = s;
  let fracPart = '';
  if (decimal) {
    const at = s.lastIndexOf(decimal);
    intPart = s.slice(0, at);
    fracPart = s.slice(at + 1);
  }
  intPart = intPart.trim();
  if (!/^\d*$/.test(fracPart)) return null;
  const groupChars = decimal === ',' ? /[.' ]/ : decimal === '.' ? /[,' ]/ : /[.,' ]/;
  if (!validGroups(intPart, groupChars)) return null;
  const digits = intPart.replace(/[.,' ]/g, '');
  if (!digits && !fracPart) return null;
  const value = Number(`${sign}${digits || '0'}.${fracPart || '0'}`);
  return Number.isFinite(value) ? (Object.is(value, -0) ? 0 : value) : null;
}

/** Formats a number for messages and examples in the locale: `1 234,5` in fi/sv, `1,234.5` in en. */
export function formatLocaleNumber(value: number, locale: AukioLocale = 'fi'): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 10 }).format(value);
}
