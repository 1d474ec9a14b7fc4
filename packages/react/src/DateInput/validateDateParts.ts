import { formatString, type AukioLocale } from '../i18n/locales';
import { messagesFor, type AukioRegister } from '../i18n/messages';
import { dateInputMessages } from '../i18n/messages/dateInput';

export type DatePart = 'day' | 'month' | 'year';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/**
 * Order of the parts and how a date is written in messages, per locale. All three Aukio locales write
 * day-month-year; the table keeps the order in one place so another locale can differ.
 */
export const dateLocaleTable: Record<AukioLocale, { order: DatePart[]; format: (d: number, m: number, y: number) => string }> = {
  fi: { order: ['day', 'month', 'year'], format: (d, m, y) => `${d}.${m}.${y}` },
  sv: { order: ['day', 'month', 'year'], format: (d, m, y) => `${d}.${m}.${y}` },
  en: {
    order: ['day', 'month', 'year'],
    format: (d, m, y) =>
      `${d} ${new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m - 1, 1))} ${y}`,
  },
};

export interface DateValidationOptions {
  locale?: AukioLocale | undefined;
  /** Catalogue for the messages; by default the built-in one of `locale` (pass `useStrings(dateInputMessages)` for overrides). */
  strings?: Record<keyof (typeof dateInputMessages)['en'], string>;
  /** `plain` for the plain-language messages (selkokieli, lättläst, plain English); `standard` by default. */
  register?: AukioRegister;
  /** Earliest allowed date, `YYYY-MM-DD`. */
  min?: string | undefined;
  /** Latest allowed date, `YYYY-MM-DD`. */
  max?: string | undefined;
  /** When true, an empty date is an error ("Enter a date"; give your own, more specific text if you can). */
  required?: boolean | undefined;
}

export interface DateValidation {
  /** The date as `YYYY-MM-DD` when it is complete and real, otherwise `null`. */
  value: string | null;
  /** The message in the locale, naming the wrong part, or `undefined`. */
  error?: string;
  /** The parts to mark invalid (empty when there is no error). */
  invalidParts: DatePart[];
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` to numbers, or null when the string is not in that shape. */
export function parseIsoDate(iso: string | undefined): { day: number; month: number; year: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

/** Splits `YYYY-MM-DD` into the text of the three fields (without leading zeros), or empty parts. */
export function isoToParts(iso: string | undefined): DateParts {
  const d = parseIsoDate(iso);
  return d ? { day: String(d.day), month: String(d.month), year: String(d.year) } : { day: '', month: '', year: '' };
}

/** The three parts posted by a DateInput named `name` (`name-day`, `name-month`, `name-year`). */
export function datePartsFromFormData(formData: FormData, name: string): DateParts {
  const get = (part: DatePart) => String(formData.get(`${name}-${part}`) ?? '');
  return { day: get('day'), month: get('month'), year: get('year') };
}

const missingKeys: Record<string, keyof (typeof dateInputMessages)['en']> = {
  day: 'dateInput.missingDay',
  month: 'dateInput.missingMonth',
  year: 'dateInput.missingYear',
  'day,month': 'dateInput.missingDayMonth',
  'day,year': 'dateInput.missingDayYear',
  'month,year': 'dateInput.missingMonthYear',
};

/**
 * Checks a typed date and returns the ISO value or a specific message that names the wrong part:
 * "Päivämäärässä on oltava kuukausi", "31.2.2026 ei ole olemassa oleva päivämäärä", or the allowed range.
 * Only the wrong parts are returned in `invalidParts`, so only they get `aria-invalid`.
 */
export function validateDateParts(parts: DateParts, options: DateValidationOptions = {}): DateValidation {
  const locale = options.locale ?? 'fi';
  const t = options.strings ?? messagesFor(dateInputMessages, locale, options.register);
  const table = dateLocaleTable[locale] ?? dateLocaleTable.fi;
  const text = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() };
  const order = table.order;
  const missing = order.filter((p) => !text[p]);
  if (missing.length === 3) {
    return options.required ? { value: null, error: t['dateInput.required'], invalidParts: [...order] } : { value: null, invalidParts: [] };
  }
  if (missing.length) {
    const key = missingKeys[[...missing].sort((a, b) => 'day,month,year'.indexOf(a) - 'day,month,year'.indexOf(b)).join(',')]!;
    return { value: null, error: t[key], invalidParts: missing };
  }
  const day = /^\d{1,2}$/.test(text.day) ? Number(text.day) : NaN;
  const month = /^\d{1,2}$/.test(text.month) ? Number(text.month) : NaN;
  const year = /^\d{4}$/.test(text.year) ? Number(text.year) : NaN;
  // Name the first wrong part in the locale's order.
  for (const part of order) {
    if (part === 'day' && !(day >= 1 && day <= 31)) return { value: null, error: t['dateInput.invalidDay'], invalidParts: ['day'] };
    if (part === 'month' && !(month >= 1 && month <= 12)) {
      return { value: null, error: t['dateInput.invalidMonth'], invalidParts: ['month'] };
    }
    if (part === 'year' && !(year >= 1000)) {
      const example = String(new Date().getFullYear());
      return { value: null, error: formatString(t['dateInput.invalidYear'], { example }), invalidParts: ['year'] };
    }
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCDate() !== day) {
    return { value: null, error: formatString(t['dateInput.notReal'], { date: table.format(day, month, year) }), invalidParts: ['day'] };
  }
  const iso = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  const min = parseIsoDate(options.min);
  const max = parseIsoDate(options.max);
  const fmt = (d: { day: number; month: number; year: number }) => table.format(d.day, d.month, d.year);
  const early = options.min && min && iso < options.min;
  const late = options.max && max && iso > options.max;
  if (early || late) {
    const error =
      min && max
        ? formatString(t['dateInput.outOfRange'], { min: fmt(min), max: fmt(max) })
        : early
          ? formatString(t['dateInput.tooEarly'], { min: fmt(min!) })
          : formatString(t['dateInput.tooLate'], { max: fmt(max!) });
    return { value: null, error, invalidParts: [...order] };
  }
  return { value: iso, invalidParts: [] };
}
