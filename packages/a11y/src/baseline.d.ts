export interface BaselineEntry {
  /** axe rule id (`label`, `color-contrast`) or check name (`reflow`, `focus-visible`, `target-size`, `keyboard-trap`, `text-spacing`). */
  id: string;
  /** Story id, or the URL path (`/forms/apply?step=2`); `*` for every page. */
  page: string;
  /** CSS selector of the element as the report shows it; leave out to accept the issue anywhere on the page. */
  target?: string;
  /** Why it is accepted for now. */
  reason: string;
  /** Who fixes it. */
  owner: string;
  /** WCAG success criteria, e.g. `"1.4.3"`. */
  wcag?: string | string[];
  /** Planned fix date, `YYYY-MM-DD` (used in the statement). */
  fixBy?: string;
}
export declare function loadBaseline(file: string): BaselineEntry[];
export declare function validateBaseline(value: unknown, text: string, file: string): BaselineEntry[];
export declare function pageKey(page: string): string;
export declare function matches(entry: BaselineEntry, issue: { id: string; page: string; target: string }): boolean;
