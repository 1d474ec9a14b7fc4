import { formatPlural, formatString, type AukioLocale } from '../i18n/locales';
import { messagesFor, type AukioRegister } from '../i18n/messages';
import { fileInputMessages } from '../i18n/messages/fileInput';

export interface FileRules {
  /** Allowed types, as in the `accept` attribute: `.pdf,.jpg,image/png,image/*`. */
  accept?: string | undefined;
  /** Largest allowed size of one file, in bytes (`5 * 1024 * 1024` for 5 MB). */
  maxSize?: number | undefined;
  /** Most files allowed at once. */
  maxFiles?: number | undefined;
}

export interface FileValidationOptions extends FileRules {
  locale?: AukioLocale | undefined;
  /** Catalogue for the messages; by default the built-in one of `locale`. */
  strings?: Record<keyof (typeof fileInputMessages)['en'], string>;
  /** `plain` for the plain-language messages (selkokieli, lättläst, plain English); `standard` by default. */
  register?: AukioRegister;
}

export interface FileProblem {
  /** The file the message is about; missing for the count limit, which is about all of them. */
  file?: File;
  message: string;
}

const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/** A file size in the locale's words and units: "5 Mt" in Finnish, "5 MB" in Swedish and English. */
export function formatFileSize(bytes: number, locale: AukioLocale = 'fi'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: unit === 0 ? 0 : 1,
  }).format(value);
}

/** Whether a file matches an `accept` list (by extension, exact type or `type/*`). */
export function fileMatchesAccept(file: File, accept: string | undefined): boolean {
  if (!accept?.trim()) return true;
  const name = file.name.toLowerCase();
  const type = (file.type || '').toLowerCase();
  return accept
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean)
    .some((token) => {
      if (token.startsWith('.')) return name.endsWith(token);
      if (token.endsWith('/*')) return type.startsWith(token.slice(0, -1));
      return type === token;
    });
}

/** The accepted types in words for messages: "PDF, JPG tai PNG". */
export function describeAccept(accept: string, locale: AukioLocale = 'fi', strings: Record<keyof (typeof fileInputMessages)['en'], string> = fileInputMessages[locale]): string {
  const names = accept
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((token) => {
      if (token.startsWith('.')) return token.slice(1).toUpperCase();
      if (token.toLowerCase() === 'image/*') return strings['fileInput.typeImage'];
      const sub = token.split('/')[1] ?? token;
      return (sub.split(/[.+]/).pop() ?? sub).toUpperCase();
    });
  const unique = [...new Set(names)];
  return new Intl.ListFormat(locale, { type: 'disjunction' }).format(unique);
}

/**
 * Checks chosen files against the rules. Each problem has a message in the locale that names the file and
 * the limit and says what to do: "tiedosto.pdf on liian suuri: enintään 5 Mt. Valitse pienempi tiedosto".
 */
export function validateFiles(files: readonly File[], options: FileValidationOptions = {}): FileProblem[] {
  const locale = options.locale ?? 'fi';
  const t = options.strings ?? messagesFor(fileInputMessages, locale, options.register);
  const problems: FileProblem[] = [];
  if (options.maxFiles !== undefined && files.length > options.maxFiles) {
    problems.push({
      message: formatPlural(locale, options.maxFiles, { one: t['fileInput.tooMany.one'], other: t['fileInput.tooMany.other'] }),
    });
  }
  for (const file of files) {
    if (options.accept && !fileMatchesAccept(file, options.accept)) {
      problems.push({ file, message: formatString(t['fileInput.wrongType'], { name: file.name, types: describeAccept(options.accept, locale, t) }) });
    } else if (options.maxSize !== undefined && file.size > options.maxSize) {
      problems.push({ file, message: formatString(t['fileInput.tooLarge'], { name: file.name, max: formatFileSize(options.maxSize, locale) }) });
    } else if (file.size === 0) {
      problems.push({ file, message: formatString(t['fileInput.empty'], { name: file.name }) });
    }
  }
  return problems;
}
