// The committed baseline: accepted known issues. A violation that matches an entry passes (reported as known);
// an entry that matches nothing on a page audited in this run is reported as fixed, so the baseline shrinks.
import { InputError, arrayItemOffsets, lineColumn, readJsonFile } from './json.js';

/**
 * @typedef {{ id: string, page: string, target?: string, reason: string, owner: string, wcag?: string | string[], fixBy?: string }} BaselineEntry
 */

const REQUIRED = /** @type {const} */ (['id', 'page', 'reason', 'owner']);

/**
 * Reads and checks a baseline file: a JSON array of entries, or `{ "issues": [...] }`.
 * @param {string} file
 * @returns {BaselineEntry[]}
 */
export function loadBaseline(file) {
  const { value, text } = readJsonFile(file);
  return validateBaseline(value, text, file);
}

/**
 * @param {unknown} value
 * @param {string} text  the file's text, for line numbers
 * @param {string} file
 * @returns {BaselineEntry[]}
 */
export function validateBaseline(value, text, file) {
  const wrapped = value !== null && typeof value === 'object' && !Array.isArray(value);
  const list = wrapped ? /** @type {any} */ (value).issues : value;
  if (!Array.isArray(list)) throw new InputError(`${file}:1:1: a baseline is a JSON array of issues, or an object with an "issues" array`, { file, line: 1, column: 1 });
  const offsets = arrayItemOffsets(text, wrapped ? 'issues' : '');
  /** @type {string[]} */
  const problems = [];
  /** @type {{ line: number, column: number } | undefined} */
  let first;
  list.forEach((item, i) => {
    const where = offsets[i] !== undefined ? lineColumn(text, offsets[i]) : undefined;
    const at = where ? `${file}:${where.line}:${where.column}` : file;
    const say = (/** @type {string} */ msg) => {
      problems.push(`${at}: issue ${i + 1}: ${msg}`);
      first ??= where;
    };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) return say('must be an object { id, page, target?, reason, owner, wcag }');
    for (const key of REQUIRED) if (typeof item[key] !== 'string' || !item[key].trim()) say(`"${key}" must be a non-empty string`);
    if (item.target !== undefined && typeof item.target !== 'string') say('"target" must be a string (a CSS selector) when given');
    if (item.wcag !== undefined && !(typeof item.wcag === 'string' || (Array.isArray(item.wcag) && item.wcag.every((/** @type {unknown} */ c) => typeof c === 'string')))) say('"wcag" must be a criterion such as "1.4.3", or a list of them');
  });
  if (problems.length) throw new InputError(problems.join('\n'), { file, ...first });
  return /** @type {BaselineEntry[]} */ (list);
}

/**
 * The page part of a URL (path and query) or a story id, as baselines name pages.
 * @param {string} page
 */
export function pageKey(page) {
  if (/^https?:\/\//.test(page)) {
    const u = new URL(page);
    return u.pathname + u.search;
  }
  return page;
}

/**
 * Whether a baseline entry covers a found issue.
 * @param {BaselineEntry} entry
 * @param {{ id: string, page: string, target: string }} issue
 */
export function matches(entry, issue) {
  if (entry.id !== issue.id) return false;
  if (entry.page !== '*' && pageKey(entry.page) !== pageKey(issue.page)) return false;
  if (entry.target && entry.target.trim() !== issue.target.trim()) return false;
  return true;
}
