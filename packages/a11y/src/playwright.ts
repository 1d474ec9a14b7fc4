// axe in a Playwright page: inject axe-core, run it with the Aukio configuration, and a test helper that fails
// with a readable list of violations.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { axeRunOptions } from './axe-config.ts';

export type Page = import('playwright').Page;

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

/** The source of axe-core's `axe.min.js`. */
export function getAxeSource() {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

/** The version of axe-core used. */
export function axeVersion() {
  return (require('axe-core/package.json') as { version: string }).version;
}

/**
 * Puts axe into the page unless it is there already. Uses `page.evaluate`, which a strict Content Security
 * Policy does not block (an inline `<script>` added with `addScriptTag({ content })` would be).
 */
export async function injectAxe(page: Page) {
  const has = await page.evaluate(() => typeof (window.axe?.run) === 'function');
  if (has) return;
  await page.evaluate(getAxeSource());
  const ok = await page.evaluate(() => typeof (window.axe?.run) === 'function');
  if (!ok) throw new Error('axe-core could not be loaded into the page');
}

/**
 * Shows another entry (a story, or a docs page) of the Storybook preview already loaded in `page`, as the
 * Storybook manager does: through the preview's channel, without loading its scripts (and axe) again. Clears
 * first what the last entry left (focus, scroll position); `globals`, when given, are the toolbar's for the new
 * entry, set before it renders. Returns once asked: the caller waits for the render in the way it needs (a
 * story's phase, a docs page's events). The audit, the visual check and the docs-site check go through here.
 */
export async function showInLoadedPreview(page: Page, entryId: string, options: { viewMode?: 'story' | 'docs'; globals?: Record<string, unknown> } = {}) {
  await page.evaluate(
    ({ entryId: id, viewMode, globals }) => {
      const focused = document.activeElement;
      if (focused instanceof HTMLElement && focused !== document.body) focused.blur();
      window.scrollTo(0, 0);
      const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
      if (!channel) throw new Error('no Storybook preview is loaded in this page');
      if (globals) channel.emit('updateGlobals', { globals });
      channel.emit('setCurrentStory', { storyId: id, viewMode });
    },
    { entryId, viewMode: options.viewMode ?? 'story', globals: options.globals },
  );
}

export type AxeNode = { target: string[], html: string, failureSummary: string };
export type AxeViolation = { id: string, impact: string | null, tags: string[], help: string, helpUrl: string, description: string, nodes: AxeNode[] };

/** The parts of an axe result the reports keep. */
function trim(violations: AxeResult[]): AxeViolation[] {
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? null,
    tags: v.tags,
    help: v.help,
    helpUrl: v.helpUrl,
    description: v.description,
    nodes: v.nodes.map((n) => ({
      // One selector per frame (and per shadow root inside it), outermost first.
      target: n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))),
      html: String(n.html).slice(0, 500),
      failureSummary: n.failureSummary ?? '',
    })),
  }));
}

export interface RunAxeOptions {
  include?: string;
  exclude?: string[];
  runOptions?: object;
  rules?: Record<string, { enabled: boolean }>;
  /**
   * Also test the content of iframes (default true), through @axe-core/playwright. `false` runs axe in the
   * top document only, in the page's own axe instance: the audit does so for Storybook stories, whose preview
   * runs axe itself (the a11y addon) and has no frames of its own.
   */
  frames?: boolean;
}

/**
 * Runs axe over the page (or `include`) and returns its violations, trimmed to what reports need.
 */
export async function runAxe(page: Page, options: RunAxeOptions = {}): Promise<AxeViolation[]> {
  const base = (options.runOptions ?? axeRunOptions) as { rules?: Record<string, { enabled: boolean }> };
  const runOptions = { ...base, rules: { ...base.rules, ...options.rules }, resultTypes: ['violations'] };
  if (options.frames !== false) {
    const { AxeBuilder } = await import('@axe-core/playwright');
    let builder = new AxeBuilder({ page, axeSource: getAxeSource() }).options(runOptions as never);
    if (options.include) builder = builder.include(options.include);
    for (const s of options.exclude ?? []) builder = builder.exclude(s);
    try {
      return trim((await builder.analyze()).violations as AxeResult[]);
    } catch (e) {
      // A page of browser.newPage() (a context that cannot open more pages): axe's legacy mode, which still
      // reaches same-origin frames.
      if (!/newContext/.test(String((e as Error)?.message))) throw e;
      return trim((await builder.setLegacyMode(true).analyze()).violations as AxeResult[]);
    }
  }
  await injectAxe(page);
  const context = options.include || options.exclude ? { include: options.include ? [options.include] : undefined, exclude: options.exclude?.map((s) => [s]) } : undefined;
  const violations = await page.evaluate(
    async ({ runOptions: opts, context: ctx }) => {
      const axe = window.axe!;
      // Another axe run in the page (Storybook's a11y addon checks each story it renders) must finish first.
      let result;
      for (let attempt = 0; ; attempt++) {
        try {
          result = await axe.run(ctx ?? document, opts);
          break;
        } catch (e) {
          if (attempt >= 100 || !/already running/i.test(String((e as Error)?.message))) throw e;
          await new Promise((ok) => setTimeout(ok, 100));
        }
      }
      // Only what the reports keep crosses back from the page.
      return result!.violations.map((v): AxeResult => ({
        id: v.id,
        impact: v.impact,
        tags: v.tags,
        help: v.help,
        helpUrl: v.helpUrl,
        description: v.description,
        nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
      }));
    },
    { runOptions, context },
  );
  return trim(violations);
}

/**
 * Text listing violations: rule id, impact, target selectors and help URL.
 */
export function formatViolations(violations: AxeViolation[]) {
  return violations
    .map((v) => {
      const targets = v.nodes.map((n) => `    - ${n.target.join(' ')}`).join('\n');
      return `  ${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n    ${v.helpUrl}\n${targets}`;
    })
    .join('\n');
}

/**
 * Fails (throws) when axe finds any violation in the page, for Playwright tests:
 *
 *   await page.goto('/form');
 *   await expectNoA11yViolations(page);
 *
 */
export async function expectNoA11yViolations(page: Page, options: RunAxeOptions & { disableRules?: string[] } = {}) {
  const rules = { ...options.rules };
  // A team may turn a rule off for one check it cannot fix yet (e.g. third-party markup). The caller owns
  // the reason: prefer a baseline entry (reason, owner, WCAG criterion) in the audit, which stays visible.
  for (const id of options.disableRules ?? []) rules[id] = { enabled: false };
  const violations = await runAxe(page, { ...options, rules });
  if (violations.length === 0) return;
  const count = violations.reduce((n, v) => n + v.nodes.length, 0);
  const error = new Error(`${violations.length} accessibility rule(s) violated at ${count} element(s) on ${page.url()}:\n${formatViolations(violations)}`);
  Object.assign(error, { violations });
  throw error;
}
