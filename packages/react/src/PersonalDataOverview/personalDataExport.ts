// The data a person can download from PersonalDataOverview, as JSON and CSV. Pure functions: also usable on the
// server (a route handler that sends the same files), from @aukio/react/server.
import type { AukioStrings } from '../i18n/catalogue';

/** One piece of data the city holds ("Address": "Esimerkkitie 1"). */
export interface PersonalDataItem {
  label: string;
  value: string;
}

/** A category of data with where it came from, why it is kept, on what basis, who gets it and for how long. */
export interface PersonalDataCategory {
  id: string;
  title: string;
  items: PersonalDataItem[];
  sources: string[];
  purposes: string[];
  legalBasis: string;
  recipients: string[];
  retention: string;
}

/** The shown data as pretty-printed JSON. */
export function personalDataToJson(categories: PersonalDataCategory[]): string {
  return JSON.stringify({ categories }, null, 2);
}

function csvField(value: string, separator: string): string {
  // A leading =, +, - or @ would be run as a formula by spreadsheets: prefix an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return safe.includes('"') || safe.includes(separator) || /[\r\n]/.test(safe) || /^\s|\s$/.test(safe)
    ? `"${safe.replace(/"/g, '""')}"`
    : safe;
}

/**
 * The shown data as CSV: one row per data item, with its category's sources, purposes, legal basis, recipients
 * and retention. Fields are quoted when needed, lines end in CRLF and a UTF-8 BOM lets Excel read ä and ö.
 */
export function personalDataToCsv(
  categories: PersonalDataCategory[],
  strings: Pick<AukioStrings, `personalData.${'category' | 'item' | 'value' | 'sources' | 'purposes' | 'legalBasis' | 'recipients' | 'retention'}`>,
  separator: ',' | ';' = ',',
): string {
  const header = (['category', 'item', 'value', 'sources', 'purposes', 'legalBasis', 'recipients', 'retention'] as const).map(
    (k) => strings[`personalData.${k}`],
  );
  const rows = categories.flatMap((c) =>
    (c.items.length ? c.items : [{ label: '', value: '' }]).map((item) => [
      c.title,
      item.label,
      item.value,
      c.sources.join('; '),
      c.purposes.join('; '),
      c.legalBasis,
      c.recipients.join('; '),
      c.retention,
    ]),
  );
  return `\uFEFF${[header, ...rows].map((r) => r.map((f) => csvField(f, separator)).join(separator)).join('\r\n')}\r\n`;
}
