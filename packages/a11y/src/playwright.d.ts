import type { Page } from 'playwright';

export interface AxeNode {
  target: string[];
  html: string;
  failureSummary: string;
}
export interface AxeViolation {
  id: string;
  impact: string | null;
  tags: string[];
  help: string;
  helpUrl: string;
  description: string;
  nodes: AxeNode[];
}
export interface AxeOptions {
  /** Only check inside this selector. */
  include?: string;
  /** Selectors to leave out. */
  exclude?: string[];
  /** Replaces the Aukio `axeRunOptions`. */
  runOptions?: object;
  /** Rule settings on top of the run options. */
  rules?: Record<string, { enabled: boolean }>;
}
export declare function getAxeSource(): string;
export declare function axeVersion(): string;
export declare function injectAxe(page: Page): Promise<void>;
export declare function runAxe(page: Page, options?: AxeOptions): Promise<AxeViolation[]>;
export declare function formatViolations(violations: AxeViolation[]): string;
/** Throws an Error listing every violation (rule id, impact, targets, help URL); the Error has `violations`. */
export declare function expectNoA11yViolations(page: Page, options?: AxeOptions & { disableRules?: string[] }): Promise<void>;
