// The committed baseline: accepted known issues. A violation that matches an entry passes (reported as known);
// an entry that matches nothing on a page audited in this run is reported as fixed, so the baseline shrinks.
import baselineSchema from '../schemas/baseline.schema.json' with { type: 'json' };
import { readJsonFile } from './json.ts';
import { assertSchema } from './schema.ts';

export type BaselineEntry = { id: string, page: string, target?: string, reason: string, owner: string, wcag?: string | string[], fixBy?: string };

/**
 * Reads and checks a baseline file (schemas/baseline.schema.json): a JSON array of entries, or
 * `{ "issues": [...] }`.
 */
export function loadBaseline(file: string): BaselineEntry[] {
  const { value, text } = readJsonFile(file);
  return validateBaseline(value, text, file);
}

/**
 * @param text  the file's text, for line numbers
 */
export function validateBaseline(value: unknown, text: string, file: string): BaselineEntry[] {
  assertSchema(baselineSchema, value, text, file);
  return (Array.isArray(value) ? value : (value as { issues: BaselineEntry[] }).issues);
}

/**
 * The page part of a URL (path and query) or a story id, as baselines name pages.
 */
export function pageKey(page: string) {
  if (/^https?:\/\//.test(page)) {
    const u = new URL(page);
    return u.pathname + u.search;
  }
  return page;
}

/**
 * Whether a baseline entry covers a found issue.
 */
export function matches(entry: BaselineEntry, issue: { id: string, page: string, target: string }) {
  if (entry.id !== issue.id) return false;
  if (entry.page !== '*' && pageKey(entry.page) !== pageKey(issue.page)) return false;
  if (entry.target && entry.target.trim() !== issue.target.trim()) return false;
  return true;
}
