// Reads the JSON files a team writes by hand (baseline, manual findings) and says where a mistake is: the file,
// line and column of a syntax error, and the line of a list item with a missing or wrong field.
import { readFileSync } from 'node:fs';

/** An error in an input file; `message` names the file and, where known, line and column. */
export class InputError extends Error {
    file?: string;
  line?: number;
  column?: number;

  constructor(message: string, where: { file?: string; line?: number; column?: number } = {}) {
    super(message);
    this.name = 'InputError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

/**
 * Whether a value is a real calendar date written YYYY-MM-DD (not 2026-13-45 nor 2025-02-29).
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * 1-based line and column of a character offset.
 */
export function lineColumn(text: string, offset: number) {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Parses JSON text; a syntax error becomes an InputError "<file>:<line>:<column>: <reason>".
 * @param file  name used in messages
 */
export function parseJson(text: string, file: string) {
  const clean = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(clean);
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    let where;
    const lc = /line (\d+) column (\d+)/.exec(msg);
    const pos = /position (\d+)/.exec(msg);
    if (lc) where = { line: Number(lc[1]), column: Number(lc[2]) };
    else if (pos) where = lineColumn(clean, Number(pos[1]));
    else where = lineColumn(clean, errorOffset(clean));
    const reason = msg.replace(/\s*\(line \d+ column \d+\)/, '').replace(/ in JSON at position \d+/, '');
    const at = where ? `:${where.line}:${where.column}` : '';
    throw new InputError(`${file}${at}: invalid JSON: ${reason}`, { file, ...where });
  }
}

/**
 * Walks JSON text, telling `visit` where each value (and each object key, as `<path>#key`) starts, by path:
 * `"findings/1/criteria/0"`. Returns the offset of the first syntax error, or the text's length when it is
 * valid (V8's messages do not always give a position).
 */
export function scanJson(text: string, visit: (path: string, offset: number) => void = () => undefined): number {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const lit = (word: string) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] < ' ') fail();
      if (text[i] === '\\') i++;
      i++;
    }
    if (i >= text.length) fail();
    i++;
    return text.slice(start + 1, i - 1);
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const join = (path: string, key: string | number) => (path ? `${path}/${key}` : String(key));
  const value = (path: string): void => {
    ws();
    visit(path, i);
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        const keyAt = i;
        const raw = string();
        let key = raw;
        try {
          key = JSON.parse(`"${raw}"`);
        } catch {
          /* an invalid escape: JSON.parse has reported it already */
        }
        visit(`${join(path, key)}#key`, keyAt);
        ws();
        if (text[i] !== ':') fail();
        i++;
        value(join(path, key));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (let k = 0; ; k++) {
        value(join(path, k));
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return void string();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    return number();
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value('');
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
  return text.length;
}

/**
 * Offset of the first syntax error in JSON text, or its length when it is valid.
 */
export function errorOffset(text: string) {
  return scanJson(text);
}

/**
 * Offsets of every value (and of every object key, as `<path>#key`) in valid JSON text, by path.
 */
export function valueOffsets(text: string): Map<string, number> {
  const at: Map<string, number> = new Map();
  scanJson(text, (path, offset) => at.set(path, offset));
  return at;
}

/**
 * Reads and parses a JSON file.
 */
export function readJsonFile(path: string) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`${path}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? e})`, { file: path });
  }
  return { value: parseJson(text, path), text };
}
