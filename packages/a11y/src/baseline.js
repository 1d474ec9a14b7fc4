// The committed baseline: accepted known issues. A violation that matches an entry passes (reported as known);
// an entry that matches nothing on a page audited in this run is reported as fixed, so the baseline shrinks.
import baselineSchema from '../schemas/baseline.schema.json' with { type: 'json' };
import { readJsonFile } from './json.js';
import { assertSchema } from './schema.js';

/**
 * @typedef {{ id: string, page: string, target?: string, reason: string, owner: string, wcag?: string | string[], fixBy?: string }} BaselineEntry
 */

/**
 * Reads and checks a baseline file (schemas/baseline.schema.json): a JSON array of entries, or
 * `{ "issues": [...] }`.
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
  assertSchema(baselineSchema, value, text, file);
  return /** @type {BaselineEntry[]} */ (Array.isArray(value) ? value : /** @type {{ issues: BaselineEntry[] }} */ (value).issues);
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
