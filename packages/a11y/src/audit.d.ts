import type { Browser, BrowserContext, LaunchOptions } from 'playwright';
import type { BaselineEntry } from './baseline.js';

export interface ModeInfo {
  theme: string;
  width: number;
  forcedColors?: boolean;
  textSize?: string;
  description: string;
}
export declare const modes: Record<string, ModeInfo>;
export declare const checks: string[];
export declare const defaultModes: string[];

export interface Target {
  id: string;
  url: string;
  label: string;
  storybook?: boolean;
}
export interface Issue {
  /** axe rule id, or check name. */
  id: string;
  kind: 'axe' | 'check';
  /** Story id or URL path. */
  page: string;
  /** Mode name, or `checks`. */
  mode: string;
  impact: string | null;
  /** CSS selector (axe) or short element path (checks). */
  target: string;
  /** WCAG success criteria, e.g. `["1.4.3"]`; empty for best practices. */
  wcag: string[];
  /** The lowest level among `wcag` (the strictest requirement it fails); null for best practices. */
  level: 'A' | 'AA' | 'AAA' | null;
  /** Only criteria beyond AA (AAA): shown, not a failure unless `failOnAdvisory`, never in a statement. */
  advisory: boolean;
  help: string;
  helpUrl?: string;
  description?: string;
  failureSummary?: string;
  html?: string;
  /** Base64 PNG of the element (HTML report only). */
  screenshot?: string;
  status: 'new' | 'known';
  baseline?: { reason: string; owner: string; fixBy?: string };
}
export interface Run {
  mode: string;
  durationMs: number;
  /** The browser checks made in this mode. */
  checks?: string[];
  error?: string;
  issues: Issue[];
}
export interface PageResult {
  page: string;
  url: string;
  status: 'ok' | 'error';
  error?: string;
  durationMs: number;
  runs: Run[];
}
export interface AuditOptions {
  /** A built Storybook folder (with index.json). */
  storybook?: string;
  urls?: string[];
  /** Sitemap URL or file. */
  sitemap?: string;
  /** Only pages whose id or URL contains this. */
  filter?: string;
  modes?: string[];
  checks?: string[];
  workers?: number;
  /** `i/n`. */
  shard?: string;
  /** Per page, ms. */
  timeout?: number;
  baseline?: BaselineEntry[];
  /** Screenshots per page and mode (default 5). */
  screenshots?: number;
  /** Fail the run on advisory (AAA) findings too. */
  failOnAdvisory?: boolean;
  onStart?: (p: { total: number }) => void;
  onProgress?: (p: { done: number; total: number; page: PageResult }) => void;
  launchOptions?: LaunchOptions;
  /** A browser to use (left open); by default one is launched and closed. */
  browser?: Browser;
}
export interface AuditReport {
  tool: { name: string; version: string; axe: string; browser: string };
  startedAt: string;
  durationMs: number;
  source: { storybook?: string; urls?: string[]; sitemap?: string };
  modes: string[];
  checks: string[];
  shard?: string;
  workers: number;
  pages: PageResult[];
  /** Baseline entries no longer found on the pages audited. */
  fixed: BaselineEntry[];
  summary: { pages: number; audited: number; errors: number; new: number; advisory: number; known: number; fixed: number; passed: boolean };
}
export declare function storybookTargets(dir: string, base: string, options?: { filter?: string }): Target[];
export declare function readSitemap(source: string): Promise<string[]>;
export declare function urlTargets(urls: string[]): Target[];
export declare function shardList<T>(list: T[], spec: string | undefined): T[];
export declare function planChecks(modeNames: string[], checkNames: string[]): Map<string, string[]>;
export declare function audit(options: AuditOptions): Promise<AuditReport>;
export declare function applyBaseline(pages: PageResult[], baseline: BaselineEntry[]): BaselineEntry[];
export type { BrowserContext };
