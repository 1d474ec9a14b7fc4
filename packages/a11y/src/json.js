// Reads the JSON files a team writes by hand (baseline, manual findings) and says where a mistake is: the file,
// line and column of a syntax error, and the line of a list item with a missing or wrong field.
import { readFileSync } from 'node:fs';

/** An error in an input file; `message` names the file and, where known, line and column. */
export class InputError extends Error {
  /**
   * @param {string} message
   * @param {{ file?: string, line?: number, column?: number }} [where]
   */
  constructor(message, where = {}) {
    super(message);
    this.name = 'InputError';
    this.file = where.file;
    this.line = where.line;
    this.column = where.column;
  }
}

/**
 * Whether a value is a real calendar date written YYYY-MM-DD (not 2026-13-45 nor 2025-02-29).
 * @param {unknown} value
 * @returns {value is string}
 */
export function isIsoDate(value) {
  if (typeof value !== 'string') return false;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * 1-based line and column of a character offset.
 * @param {string} text
 * @param {number} offset
 */
export function lineColumn(text, offset) {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/**
 * Parses JSON text; a syntax error becomes an InputError "<file>:<line>:<column>: <reason>".
 * @param {string} text
 * @param {string} file  name used in messages
 */
export function parseJson(text, file) {
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
 * Offset of the first syntax error in JSON text (V8's messages do not always give a position).
 * @param {string} text
 * @returns {number}
 */
export function errorOffset(text) {
  let i = 0;
  const fail = () => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const lit = (/** @type {string} */ word) => {
    for (const c of word) {
      if (text[i] !== c) fail();
      i++;
    }
  };
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      if (text[i] < ' ') fail();
      if (text[i] === '\\') i++;
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) fail();
    i += /** @type {RegExpExecArray} */ (m)[0].length;
  };
  /** @returns {void} */
  const value = () => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
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
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return lit('true');
    if (c === 'f') return lit('false');
    if (c === 'n') return lit('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return Math.min(at, text.length);
    throw at;
  }
  return text.length;
}

/**
 * Reads and parses a JSON file.
 * @param {string} path
 */
export function readJsonFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(`${path}: cannot read the file (${/** @type {NodeJS.ErrnoException} */ (e).code ?? e})`, { file: path });
  }
  return { value: parseJson(text, path), text };
}

/**
 * Offsets of the items of the first JSON array found under `key` (or of the top-level array when `key` is
 * empty), for pointing at the line of a bad item. Works on valid JSON only.
 * @param {string} text
 * @param {string} [key]
 * @returns {number[]}
 */
export function arrayItemOffsets(text, key = '') {
  let i = 0;
  let start = -1;
  if (!key) start = text.indexOf('[');
  else {
    const m = new RegExp(`"${key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"\\s*:\\s*\\[`).exec(text);
    if (m) start = m.index + m[0].length - 1;
  }
  if (start < 0) return [];
  const offsets = [];
  let depth = 0;
  let expectItem = false;
  for (i = start; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      if (depth === 1 && expectItem) {
        offsets.push(i);
        expectItem = false;
      }
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === '\\') i++;
      continue;
    }
    if (/\s/.test(c)) continue;
    if (c === '[' || c === '{') {
      if (depth === 1 && expectItem) {
        offsets.push(i);
        expectItem = false;
      }
      depth++;
      if (depth === 1) expectItem = true;
      continue;
    }
    if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) break;
      continue;
    }
    if (c === ',' && depth === 1) {
      expectItem = true;
      continue;
    }
    if (depth === 1 && expectItem) {
      offsets.push(i);
      expectItem = false;
    }
  }
  return offsets;
}
