// The audit: axe in each requested mode and the browser checks axe does not make, over every page of a built
// Storybook or of a running app, in parallel pages of one Chromium, compared with the committed baseline.
import { existsSync, readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { join, resolve } from 'node:path';
import { matches, pageKey } from './baseline.ts';
import { checkFocusVisible, checkReflow, checkTargetSize, checkTextSpacing } from './checks.ts';
import { chromiumLaunchOptions } from './chromium.ts';
import { InputError, parseJson } from './json.ts';
import { checkKeyboardTrap } from './keyboard.ts';
import { axeVersion, runAxe, showInLoadedPreview } from './playwright.ts';
import { serveStatic } from './server.ts';
import { criteriaFromTags, findingLevel, isAdvisory } from './wcag.ts';

export type BaselineEntry = import('./baseline.ts').BaselineEntry;
export type Page = import('playwright').Page;

export interface ModeInfo {
  theme: string;
  width: number;
  forcedColors?: boolean;
  textSize?: string;
  description: string;
}

/**
 * The modes axe runs in. Each starts from the light theme at 1280 CSS px.
 */
export const modes: Record<string, ModeInfo> = {
  light: { theme: 'light', width: 1280, description: 'light theme, 1280 CSS px' },
  dark: { theme: 'dark', width: 1280, description: 'dark theme, 1280 CSS px' },
  'high-contrast': { theme: 'high-contrast', width: 1280, description: 'high-contrast theme, 1280 CSS px' },
  320: { theme: 'light', width: 320, description: 'light theme, 320 CSS px wide' },
  'forced-colors': { theme: 'light', width: 1280, forcedColors: true, description: 'forced colours (Windows High Contrast), 1280 CSS px' },
  'text-200': { theme: 'light', width: 1280, textSize: '200', description: 'text at 200 %, 1280 CSS px' },
  '320-text-200': { theme: 'light', width: 320, textSize: '200', description: 'light theme, 320 CSS px wide with text at 200 %' },
};

/** The browser checks, in the order they run. */
export const checks = ['reflow', 'text-spacing', 'focus-visible', 'target-size', 'keyboard-trap'];

/**
 * Which browser checks run in which of the requested modes. A check belongs to the modes where its result can
 * differ: the focus indicator in every colour mode at full width (light, dark, high contrast, forced colours);
 * reflow in every narrow mode (and so at 200 % text too when `320-text-200` is asked for); text spacing, target
 * size and keyboard traps once, in the first mode. A check whose modes were not requested runs in the first mode.
 * @returns mode -> checks
 */
export function planChecks(modeNames: string[], checkNames: string[]): Map<string, string[]> {
  const plan: Map<string, string[]> = new Map(modeNames.map((m) => [m, []]));
  const first = modeNames[0];
  for (const check of checks) {
    if (!checkNames.includes(check)) continue;
    let where = [first];
    if (check === 'focus-visible') where = modeNames.filter((m) => modes[m].width >= 1024 && !modes[m].textSize);
    else if (check === 'reflow') where = modeNames.filter((m) => modes[m].width <= 400);
    if (where.length === 0) where = [first];
    for (const m of where) plan.get(m)?.push(check);
  }
  return plan;
}

export const defaultModes = ['light', 'dark', '320'];

export type Target = { id: string, url: string, label: string, storybook?: boolean };
export type Issue = {
    id: string, kind: 'axe' | 'check', page: string, mode: string, impact: string | null, target: string,
    wcag: string[], level: 'A' | 'AA' | 'AAA' | null, advisory: boolean, help: string, helpUrl?: string, description?: string, failureSummary?: string, html?: string,
    screenshot?: string, status: 'new' | 'known', baseline?: { reason: string, owner: string, fixBy?: string }
  };
export type Run = { mode: string, durationMs: number, axe?: boolean, checks?: string[], error?: string, issues: Issue[] };
export type PageResult = { page: string, url: string, status: 'ok' | 'error', error?: string, durationMs: number, runs: Run[] };

/**
 * The stories of a built Storybook (its `index.json`), as audit targets.
 * @param base  address the folder is served at
 */
export function storybookTargets(dir: string, base: string, { filter = '', excludeTags = [] }: { filter?: string, excludeTags?: string[] } = {}): Target[] {
  const file = join(dir, 'index.json');
  if (!existsSync(file)) throw new InputError(`${file}: not found; is ${dir} a built Storybook (storybook build)?`, { file });
  type Entry = { id: string; title: string; name: string; type?: string; tags?: string[] };
  const index = parseJson(readFileSync(file, 'utf8'), file) as { entries?: Record<string, Entry>; stories?: Record<string, Entry> };
  const entries = Object.values(index.entries ?? index.stories ?? {});
  return entries
    .filter((e) => (e.type ?? 'story') === 'story' && !(e.tags ?? []).some((t) => t === '!test' || excludeTags.includes(t)) && e.id.includes(filter))
    .map((e) => ({ id: e.id, label: `${e.title} / ${e.name}`, url: `${base}/iframe.html?id=${encodeURIComponent(e.id)}&viewMode=story`, storybook: true }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The text of a sitemap: fetched from an http(s) address, or read from a file. */
async function sitemapText(source: string): Promise<string> {
  if (/^https?:\/\//.test(source)) {
    let res;
    try {
      res = await fetch(source);
    } catch (e) {
      throw new InputError(`sitemap ${source}: cannot be fetched (${(e as { cause?: { code?: string } }).cause?.code ?? (e as Error).message})`);
    }
    if (!res.ok) throw new InputError(`sitemap ${source}: the server responded ${res.status}`);
    return res.text();
  }
  try {
    return readFileSync(source, 'utf8');
  } catch (e) {
    throw new InputError(`${source}: cannot read the sitemap file (${(e as NodeJS.ErrnoException).code ?? e})`, { file: source });
  }
}

/**
 * The page addresses of a sitemap (a URL or a file), parsed as XML (sitemaps.org 0.9): the `<loc>` of every
 * `<url>` of a `<urlset>`; a `<sitemapindex>` is followed to its child sitemaps (up to 3 levels, each read
 * once). Malformed XML is an InputError with its line and column.
 */
export async function readSitemap(source: string, depth = 0, seen = new Set<string>()): Promise<string[]> {
  seen.add(source);
  const xml = await sitemapText(source);
  const valid = XMLValidator.validate(xml);
  if (valid !== true) throw new InputError(`${source}:${valid.err.line}:${valid.err.col}: invalid XML: ${valid.err.msg}`, { file: source, line: valid.err.line, column: valid.err.col });
  const doc = new XMLParser({ removeNSPrefix: true, isArray: (name) => name === 'url' || name === 'sitemap', processEntities: true }).parse(xml) as {
    urlset?: { url?: { loc?: unknown }[] };
    sitemapindex?: { sitemap?: { loc?: unknown }[] };
  };
  const locs = (list: { loc?: unknown }[] | undefined) => (list ?? []).map((e) => String(e.loc ?? '').trim()).filter(Boolean);
  if (doc.sitemapindex) {
    if (depth >= 3) throw new InputError(`${source}: sitemap indexes nested more than 3 levels deep`);
    const urls: string[] = [];
    for (const child of locs(doc.sitemapindex.sitemap)) if (!seen.has(child)) urls.push(...(await readSitemap(child, depth + 1, seen)));
    if (urls.length === 0) throw new InputError(`${source}: the sitemap index lists no sitemap with pages`);
    return [...new Set(urls)];
  }
  if (!doc.urlset) throw new InputError(`${source}: not a sitemap (no <urlset> or <sitemapindex>)`);
  const urls = locs(doc.urlset.url);
  if (urls.length === 0) throw new InputError(`${source}: no <url><loc> addresses found in the sitemap`);
  return urls;
}

/**
 * Targets for page addresses.
 */
export function urlTargets(urls: string[]): Target[] {
  return urls.map((url) => {
    let id = url;
    try {
      id = pageKey(new URL(url).href);
    } catch {
      /* reported when visited */
    }
    return { id, url, label: url };
  });
}

/**
 * This runner's part of the list: `1/3` takes the 1st, 4th, 7th... page.
 * @template T
 * @param spec  `i/n`
 */
export function shardList<T>(list: T[], spec: string | undefined): T[] {
  if (!spec) return list;
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) throw new InputError(`--shard ${spec}: expected i/n with 1 <= i <= n, e.g. 2/4`);
  const i = Number(m[1]) - 1;
  const n = Number(m[2]);
  return list.filter((_, k) => k % n === i);
}

const rendered = ['completed', 'afterEach', 'errored', 'aborted', 'finished'];

/**
 * Loads a target in the page and waits until it has rendered.
 */
async function open(page: Page, target: Target, timeout: number) {
  if (target.storybook && (await isStorybook(page))) {
    // The Storybook preview is loaded already: switch story instead of loading the whole preview again.
    await showInLoadedPreview(page, target.id);
    await waitForStory(page, target, timeout);
    return;
  }
  let response;
  try {
    response = await page.goto(target.url, { waitUntil: 'load', timeout });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0].replace(/^page\.goto: /, '');
    throw new Error(`could not load ${target.url}: ${msg}`);
  }
  if (response && response.status() >= 400) throw new Error(`${target.url} responded ${response.status()} ${response.statusText()}`);
  if (target.storybook) await waitForStory(page, target, timeout);
  await page.evaluate(() => document.fonts?.ready.then(() => undefined));
}


async function isStorybook(page: Page) {
  if (page.url() === 'about:blank') return false;
  return page.evaluate(() => !!(window.__STORYBOOK_ADDONS_CHANNEL__ && window.__STORYBOOK_PREVIEW__)).catch(() => false);
}

/**
 * Waits until the story has rendered and its play function has finished.
 */
async function waitForStory(page: Page, target: Target, timeout: number) {
  await page.waitForFunction(
    ({ storyId, phases }) => {
      const render = window.__STORYBOOK_PREVIEW__?.currentRender;
      return render?.id === storyId && phases.includes(render.phase);
    },
    { storyId: target.id, phases: rendered },
    { timeout, polling: 100 },
  );
  await page.evaluate(() => document.fonts?.ready.then(() => undefined));
}

/**
 * Puts the page into a mode: the theme and text size on <html>, the viewport width and forced colours.
 */
async function setMode(page: Page, name: string) {
  const mode = modes[name];
  await page.setViewportSize({ width: mode.width, height: 800 });
  await page.emulateMedia({ forcedColors: mode.forcedColors ? 'active' : 'none', reducedMotion: 'reduce' });
  await page.evaluate(
    ({ theme, textSize }) => {
      const root = document.documentElement;
      root.setAttribute('data-aukio-theme', theme);
      if (textSize) {
        root.setAttribute('data-aukio-text-size', textSize);
        root.style.fontSize = `${textSize}%`; // the same for pages without Aukio's stylesheet
      } else {
        root.removeAttribute('data-aukio-text-size');
        root.style.removeProperty('font-size');
      }
    },
    { theme: mode.theme, textSize: mode.textSize ?? null },
  );
  await page.waitForTimeout(30);
}

/**
 * A PNG (base64) of the element with a margin around it, or undefined.
 */
async function shoot(page: Page, selector: string) {
  if (selector.includes(' >>> ')) return undefined;
  try {
    const loc = page.locator(selector).first();
    await loc.scrollIntoViewIfNeeded({ timeout: 5000 });
    const box = await loc.boundingBox({ timeout: 5000 });
    const vp = page.viewportSize();
    if (!box || !vp || box.width < 1 || box.height < 1) return undefined;
    const pad = 8;
    const x = Math.max(0, Math.floor(box.x - pad));
    const y = Math.max(0, Math.floor(box.y - pad));
    const width = Math.min(vp.width - x, Math.ceil(box.width + 2 * pad), 800);
    const height = Math.min(vp.height - y, Math.ceil(box.height + 2 * pad), 600);
    if (width < 1 || height < 1) return undefined;
    const png = await page.screenshot({ clip: { x, y, width, height }, animations: 'disabled', caret: 'hide', timeout: 10_000 });
    return png.toString('base64');
  } catch (e) {
    if (process.env.AUKIO_A11Y_DEBUG) console.error(`screenshot of ${selector}: ${(e as Error).message}`);
    return undefined;
  }
}

export type PageOptions = {
    modes?: string[], axeModes?: string[], checks?: string[], timeout?: number, screenshots?: number, storybook?: boolean,
    rules?: Record<string, { enabled: boolean }>
  };

/**
 * Audits one page in every mode and with every check.
 * @param slot  the worker's tab kept for the next story
 */
async function auditPage(context: import('playwright').BrowserContext, target: Target, options: Required<Pick<PageOptions, 'modes' | 'checks' | 'timeout' | 'screenshots'>> & PageOptions, slot: { page?: Page } = {}): Promise<PageResult> {
  const started = Date.now();
  const result: PageResult = { page: target.id, url: target.url, status: 'ok', durationMs: 0, runs: [] };
  // Stories share one tab per worker (switched through Storybook's channel); app pages get a fresh tab each.
  const page = (target.storybook && slot.page) || (await context.newPage());
  if (target.storybook) slot.page = page;
  page.setDefaultTimeout(options.timeout);
  let timer;
  const timedOut = new Promise((_, fail) => {
    timer = setTimeout(() => fail(new Error(`timed out after ${options.timeout} ms`)), options.timeout);
  });
  const within = target.storybook ? '#storybook-root' : undefined;
  const work = (async () => {
    await open(page, target, options.timeout);
    const plan = planChecks(options.modes, options.checks);
    for (const mode of options.modes) {
      const t0 = Date.now();
      await setMode(page, mode);
      // A story is a component, not a page: axe runs on <body> (as Storybook's a11y addon does), so rules about
      // the whole document (one main landmark, a level-one heading) do not apply; for app pages it runs on all.
      // Why color-contrast is off in the forced-colors mode only: the user's system colours replace the author's,
      // so author contrast does not apply (WCAG 1.4.3 is met by the user's chosen theme). axe still reads the
      // author's colours there: a dark-theme panel on the forced white page was reported at 1.09:1 while Chromium
      // drew it black on white (Foundations/Colours dark). Contrast is checked in light, dark and high contrast,
      // and focus/boundary visibility under forced colours by the pixel checks. Documented in docs/A11yAudit.mdx.
      const rules = modes[mode].forcedColors ? { ...options.rules, 'color-contrast': { enabled: false } } : options.rules;
      // axe runs in the modes of `axeModes` (all modes unless given): a CI that already runs axe over every
      // story in some modes (Aukio's story tests) keeps the browser checks there and leaves axe out.
      const withAxe = !options.axeModes || options.axeModes.includes(mode);
      // App pages through @axe-core/playwright, iframes included; stories in the preview's own axe (no frames).
      const violations = withAxe
        ? await runAxe(page, { rules, frames: !target.storybook, ...(target.storybook ? { include: 'body', exclude: ['.sb-wrapper', '#storybook-docs', '#storybook-highlights-root'] } : {}) })
        : [];
      const issues: Issue[] = [];
      let shots = 0;
      for (const v of violations) {
        const wcag = criteriaFromTags(v.tags);
        for (const node of v.nodes) {
          const target = node.target.join(' ');
          issues.push({
            id: v.id,
            kind: 'axe',
            page: result.page,
            mode,
            impact: v.impact,
            target,
            wcag,
            level: findingLevel(wcag),
            // Best-practice rules (no criterion) are not advisory: Aukio's CI holds them like AA.
            advisory: wcag.length > 0 && isAdvisory(wcag),
            help: v.help,
            helpUrl: v.helpUrl,
            description: v.description,
            failureSummary: node.failureSummary,
            html: node.html,
            screenshot: shots++ < options.screenshots ? await shoot(page, target) : undefined,
            status: 'new',
          });
        }
      }
      const found: import('./checks.ts').Violation[] = [];
      const width = modes[mode].width;
      for (const check of plan.get(mode) ?? []) {
        if (check === 'reflow') found.push(...(await checkReflow(page, { width: width <= 400 ? width : 320 })));
        else if (check === 'text-spacing') found.push(...(await checkTextSpacing(page)));
        else if (check === 'target-size') found.push(...(await checkTargetSize(page)));
        else if (check === 'focus-visible') found.push(...(await checkFocusVisible(page, { within, label: mode })));
        else if (check === 'keyboard-trap') found.push(...(await checkKeyboardTrap(page, { within })));
      }
      for (const v of found) {
        issues.push({
          id: v.check,
          kind: 'check',
          page: result.page,
          mode,
          impact: 'serious',
          target: v.target,
          wcag: [v.criterion],
          level: v.level,
          advisory: v.advisory,
          help: v.message,
          status: 'new',
        });
      }
      result.runs.push({ mode, durationMs: Date.now() - t0, axe: withAxe, checks: plan.get(mode) ?? [], issues });
    }
  })();
  try {
    await Promise.race([work, timedOut]);
  } catch (e) {
    result.status = 'error';
    result.error = (e as Error).message.split('\n')[0];
    work.catch(() => undefined);
    slot.page = undefined; // a page in an unknown state is not reused
  } finally {
    clearTimeout(timer);
    if (slot.page !== page) await page.close().catch(() => undefined);
    result.durationMs = Date.now() - started;
  }
  return result;
}

export type AuditOptions = {
    storybook?: string, urls?: string[], sitemap?: string, filter?: string, excludeTags?: string[],
    modes?: string[], axeModes?: string[], checks?: string[], workers?: number, shard?: string, timeout?: number,
    baseline?: BaselineEntry[], screenshots?: number, failOnAdvisory?: boolean,
    onProgress?: (p: { done: number, total: number, page: PageResult }) => void,
    onStart?: (p: { total: number }) => void,
    launchOptions?: import('playwright').LaunchOptions, browser?: import('playwright').Browser
  };
export type AuditReport = {
    tool: { name: string, version: string, axe: string, browser: string },
    startedAt: string, durationMs: number,
    source: { storybook?: string, urls?: string[], sitemap?: string },
    modes: string[], axeModes?: string[], checks: string[], shard?: string, workers: number,
    pages: PageResult[],
    fixed: BaselineEntry[],
    summary: { pages: number, audited: number, errors: number, new: number, advisory: number, known: number, fixed: number, passed: boolean }
  };

/**
 * Runs the audit and returns its report (write it with `writeReports`).
 */
export async function audit(options: AuditOptions): Promise<AuditReport> {
  const started = Date.now();
  const modeNames = options.modes ?? defaultModes;
  for (const m of modeNames) if (!modes[m]) throw new InputError(`unknown mode "${m}"; the modes are ${Object.keys(modes).join(', ')}`);
  const axeModes = options.axeModes ?? modeNames;
  for (const m of axeModes) if (!modeNames.includes(m)) throw new InputError(`axe mode "${m}" is not one of the audited modes (${modeNames.join(', ')})`);
  const checkNames = options.checks ?? checks;
  for (const c of checkNames) if (!checks.includes(c)) throw new InputError(`unknown check "${c}"; the checks are ${checks.join(', ')}`);
  const timeout = options.timeout ?? 30_000;
  const workers = Math.max(1, Math.floor(options.workers ?? 2));

  let server: { url: string, close: () => Promise<void> } | undefined;
  let targets: Target[];
  // The region rule needs a whole page; a story shows one component, an app shows pages.
  let rules: Record<string, { enabled: boolean }> = {};
  if (options.storybook) {
    const dir = resolve(options.storybook);
    if (!existsSync(join(dir, 'index.json'))) throw new InputError(`${join(dir, 'index.json')}: not found; is ${options.storybook} a built Storybook (storybook build)?`);
    server = await serveStatic(dir);
    targets = storybookTargets(dir, server.url, { filter: options.filter, excludeTags: options.excludeTags });
  } else {
    const urls = [...(options.urls ?? [])];
    if (options.sitemap) urls.push(...(await readSitemap(options.sitemap)));
    if (urls.length === 0) throw new InputError('nothing to audit: give --storybook <dir>, --url <url> or --sitemap <url|file>');
    targets = urlTargets(urls.filter((u) => !options.filter || u.includes(options.filter)));
    rules = { region: { enabled: true } };
  }
  targets = shardList(targets, options.shard);
  options.onStart?.({ total: targets.length });

  const own = !options.browser;
  const browser = options.browser ?? (await (await loadPlaywright()).chromium.launch({ ...chromiumLaunchOptions(), ...options.launchOptions }));
  const pages: PageResult[] = new Array(targets.length);
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      Array.from({ length: Math.min(workers, targets.length) }, async () => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
        const slot: { page?: Page } = {};
        try {
          while (next < targets.length) {
            const k = next++;
            pages[k] = await auditPage(context, targets[k], { modes: modeNames, axeModes, checks: checkNames, timeout, screenshots: options.screenshots ?? 5, rules }, slot);
            done++;
            options.onProgress?.({ done, total: targets.length, page: pages[k] });
          }
        } finally {
          await context.close().catch(() => undefined);
        }
      }),
    );
  } finally {
    if (own) await browser.close().catch(() => undefined);
    await server?.close();
  }

  const fixed = applyBaseline(pages, options.baseline ?? []);
  const all = pages.flatMap((p) => p.runs.flatMap((r) => r.issues));
  const errors = pages.filter((p) => p.status === 'error').length;
  const summary = {
    pages: pages.length,
    audited: pages.length - errors,
    errors,
    new: all.filter((i) => i.status === 'new' && !i.advisory).length,
    // Findings beyond AA (2.4.13 Focus Appearance): shown, failing the run only with `failOnAdvisory`.
    advisory: all.filter((i) => i.status === 'new' && i.advisory).length,
    known: all.filter((i) => i.status === 'known').length,
    fixed: fixed.length,
    passed: false,
  };
  summary.passed = summary.new === 0 && errors === 0 && !(options.failOnAdvisory && summary.advisory > 0);
  return {
    tool: { name: '@aukio/a11y', version: packageVersion(), axe: axeVersion(), browser: browser.version() },
    startedAt: new Date(started).toISOString(),
    durationMs: Date.now() - started,
    source: options.storybook ? { storybook: options.storybook } : { urls: options.urls, sitemap: options.sitemap },
    modes: modeNames,
    axeModes,
    checks: checkNames,
    shard: options.shard,
    workers,
    pages,
    fixed,
    summary,
  };
}

/**
 * Playwright, imported only when a browser is needed (the `statement` command works without it).
 */
export async function loadPlaywright(): Promise<typeof import('playwright')> {
  try {
    return await import('playwright');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new InputError('the audit needs Playwright to drive Chromium, and it is not installed: npm install --save-dev playwright (then npx playwright install chromium, or set CHROMIUM_PATH)');
    }
    throw e;
  }
}

/**
 * Marks issues the baseline accepts as known; returns the entries that matched nothing on the pages audited.
 */
export function applyBaseline(pages: PageResult[], baseline: BaselineEntry[]): BaselineEntry[] {
  const used = new Set();
  for (const p of pages) {
    for (const run of p.runs) {
      for (const issue of run.issues) {
        const entry = baseline.find((e) => matches(e, issue));
        if (!entry) continue;
        issue.status = 'known';
        issue.baseline = { reason: entry.reason, owner: entry.owner, ...(entry.fixBy ? { fixBy: entry.fixBy } : {}) };
        used.add(entry);
      }
    }
  }
  const audited = new Set(pages.filter((p) => p.status === 'ok').map((p) => pageKey(p.page)));
  return baseline.filter((e) => !used.has(e) && (e.page === '*' ? audited.size > 0 : audited.has(pageKey(e.page))));
}

function packageVersion() {
  try {
    return JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}
