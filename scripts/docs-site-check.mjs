// npm run test:docs — the docs site as a designer sees it. Every docs page of the built Storybook
// (storybook-static/index.json, entries of type "docs") is opened with viewMode=docs in one Chromium and checked
// in four modes, switched the way a visitor switches them (the toolbar's globals, the window width):
//   light    the Light theme at 1280 CSS px, in Finnish
//   320      the Light theme at 320 CSS px (WCAG 1.4.10 Reflow), in Finnish, whose long compound words are the
//            likeliest to overflow
//   dark-sv  the Dark theme at 1280 CSS px, in Swedish
//   320-en   the Light theme at 320 CSS px, in English
// Each theme, width and language is on every page, paired so that a page costs two switches of the globals
// (each renders every story on the page again) instead of three: dark and Swedish change nothing of each
// other's (a theme only colours, a language only texts), so one switch checks both. In Swedish and English
// the example texts and built-in texts change, so a play function that looks for a Finnish text fails there.
// The stories in iframes of their own (the examples) must show each mode's theme and language too.
// A page fails on: Markdown printed as text (a pipe-table row, **bold**, a # heading), a console error or an
// uncaught page error, a story on the page whose render or play function failed, an axe violation (the
// @aukio/a11y configuration) and, at 320 px, a page wider than the window (@aukio/a11y's reflow check).
// `--self-test` first proves the checks fail: it plants a raw table and a console error on a real page.
// A page that could not be checked (its tab crashed, navigated away or did not settle in time) or that had a
// finding is checked once more in a new tab, the first look printed as a flaky line (↻); a second failure fails it.
// Options: --filter <text> (docs ids containing it), --modes <names> (some modes only, e.g. dark-sv,320-en), --workers <n>
// (pages in parallel, default 2: one per core of the CI machine), --dir <path> (the built Storybook, default
// storybook-static). AUKIO_DOCS_VERBOSE=1 prints each page's time and its tab's JavaScript heap.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { checkReflow } from '@aukio/a11y/checks';
import { chromiumLaunchOptions } from '@aukio/a11y/chromium';
import { axeRunOptions } from '@aukio/a11y/axe-config';
import { formatViolations, runAxe, showInLoadedPreview } from '@aukio/a11y/playwright';
import { serveStatic } from '@aukio/a11y/server';

const root = resolve(import.meta.dirname, '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const dir = resolve(root, arg('--dir', 'storybook-static'));
const filter = arg('--filter', '');
const only = arg('--modes', '').split(',').filter(Boolean);
const workers = Math.max(1, Number(arg('--workers', '2')));
const selfTest = process.argv.includes('--self-test');
const timeout = 60_000;
/** Why a page could not be checked that a second look in a new tab may not meet: see the retry below. */
const retryable = /crash|Execution context was destroyed|navigat|Timeout \d+ms exceeded|closed/i;

/**
 * `axe: 'colour'` runs only axe's colour rules: a theme changes nothing but colours (packages/tokens puts only
 * colour tokens in a theme), so dark at 1280 px has the DOM and layout of light at 1280 px, and every other
 * rule would find what light found. 320 px runs every rule, as components fold (the header's menu) there.
 * `'colour+text'` (dark in Swedish) runs the colour rules and the text rules below.
 */
export const modes = [
  { name: 'light', theme: 'light', locale: 'fi', width: 1280, axe: 'all' },
  { name: '320', theme: 'light', locale: 'fi', width: 320, axe: 'all' },
  { name: 'dark-sv', theme: 'dark', locale: 'sv', width: 1280, axe: 'colour+text' },
  { name: '320-en', theme: 'light', locale: 'en', width: 320, axe: 'all' },
];
const colourRuleIds = ['color-contrast', 'link-in-text-block'];
const colourRules = { ...axeRunOptions, runOnly: { type: 'rule', values: colourRuleIds } };
/**
 * `axe: 'text'`: a language changes only texts (the layout and colours are those of light at 1280 px), so only the
 * rules a missing or empty text or a wrong language code would break.
 */
const textRules = {
  ...axeRunOptions,
  runOnly: {
    type: 'rule',
    values: ['button-name', 'link-name', 'label', 'select-name', 'input-button-name', 'image-alt', 'svg-img-alt', 'aria-command-name', 'aria-input-field-name', 'aria-toggle-field-name', 'aria-dialog-name', 'empty-heading', 'document-title', 'html-lang-valid', 'valid-lang'],
  },
};

/** Dark in Swedish: the colour rules of the one and the text rules of the other. */
const colourAndTextRules = { ...axeRunOptions, runOnly: { type: 'rule', values: [...colourRuleIds, ...textRules.runOnly.values] } };

/** Channel events that mean a story on the page failed (its render or its play function). */
const failureEvents = ['storyErrored', 'storyThrewException', 'playFunctionThrewException', 'unhandledErrorsWhilePlaying', 'storyMissing'];
const finalPhases = ['finished', 'aborted', 'errored', 'completed'];

/**
 * axe with the @aukio/a11y rules, less three landmark rules a docs page cannot meet by its nature: it shows
 * whole-page stories (Header, the examples, the patterns) with their own <main> and navigation inside the page's
 * <main>. Those pages' landmarks are checked where each is the page: the story tests and test:audit.
 */
const docsRules = {
  // A whole-page story's own <main> sits inside the docs page's <main>.
  'landmark-main-is-top-level': { enabled: false },
  // A docs page shows the docs <main> and each whole-page story's <main> (Header, examples, patterns).
  'landmark-no-duplicate-main': { enabled: false },
  // Several whole-page stories on one docs page repeat the same navigation landmarks by design.
  'landmark-unique': { enabled: false },
};

/**
 * Runs in the page before Storybook starts: records the preview's channel events (when the docs page and each
 * story on it have rendered, and what failed), by catching the channel as Storybook puts it on `window`.
 */
function recordChannel({ failures, final }) {
  const w = /** @type {any} */ (window);
  w.__docsCheck = { docs: null, renders: {}, failures: [], last: performance.now() };
  let channel;
  Object.defineProperty(w, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      const emit = value.emit.bind(value);
      value.emit = (name, ...args) => {
        const s = w.__docsCheck;
        s.last = performance.now();
        const a = args[0];
        if (name === 'docsRendered') s.docs = a;
        else if (name === 'storyRenderPhaseChanged') s.renders[a.renderId] = a.newPhase;
        else if (name === 'storyFinished' && a?.status && a.status !== 'success') s.failures.push(`${a.storyId}: story finished with status ${a.status}`);
        else if (failures.includes(name)) s.failures.push(`${name}: ${String(a?.message ?? a?.description ?? JSON.stringify(a)).slice(0, 300)}`);
        if (name === 'storyRenderPhaseChanged' && a.newPhase === 'errored') s.failures.push(`${a.storyId}: render errored`);
        return emit(name, ...args);
      };
      w.__docsCheckFinal = final;
    },
  });
  // Storybook gives a story in an iframe of its own (inline: false) loading="lazy": it loads only once scrolled
  // near, so which of them had loaded depended on the scroll position (at 320 px the sample form's second and
  // third were never loaded, their stories never checked) and one could start loading in the middle of a check.
  // The check loads every one of them at once.
  new MutationObserver(() => {
    for (const frame of document.querySelectorAll('iframe[loading="lazy"]')) frame.setAttribute('loading', 'eager');
  }).observe(document, { childList: true, subtree: true });
}

/**
 * Waits until the docs page `id` has rendered and every story on it has settled for 300 ms, those in iframes of
 * their own (inline: false, each a preview of its own) included: each iframe must have loaded its story, and its
 * render and play function must have ended. The iframes are the page's own (same origin), so one wait in the
 * docs page reads them all.
 */
async function settle(page, id) {
  await page.waitForFunction(
    (docsId) => {
      const settled = (/** @type {any} */ w, /** @type {boolean} */ story) => {
        const s = w?.__docsCheck;
        const final = w?.__docsCheckFinal ?? [];
        const renders = Object.values(s?.renders ?? {});
        return (
          !!s &&
          (story ? renders.length > 0 || s.failures.length > 0 : s.docs === docsId) &&
          renders.every((p) => final.includes(p)) &&
          w.performance.now() - s.last > 300
        );
      };
      const frames = [...document.querySelectorAll('#storybook-docs iframe[src*="viewMode=story"]')];
      return settled(window, false) && frames.every((f) => settled(/** @type {HTMLIFrameElement} */ (f).contentWindow, true));
    },
    id,
    { timeout, polling: 100 },
  );
  await page.evaluate(() => document.fonts?.ready.then(() => undefined));
}

/** Text of the docs page, without code blocks (which may show Markdown on purpose), and what looks like raw Markdown in it. */
function rawMarkdownInPage() {
  const docs = document.querySelector('#storybook-docs');
  if (!docs) return ['no #storybook-docs element'];
  // innerText leaves out what is not displayed: hide the code for the moment it is read.
  const hide = document.createElement('style');
  hide.textContent = '#storybook-docs :is(pre, code, textarea) { display: none !important; }';
  document.head.append(hide);
  const text = /** @type {HTMLElement} */ (docs).innerText;
  hide.remove();
  const found = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if ((line.startsWith('|') && (/\|\s*:?-{3,}:?\s*\|/.test(line) || /\|\s*$/.test(line))) || /\*\*[^*\s][^*]*\*\*/.test(line) || /^#{1,6}\s\S/.test(line)) {
      found.push(line.slice(0, 120));
    }
  }
  return found;
}

/**
 * For a canvas that scrolls: its scrolling and client sizes, what sticks out of it sideways (the widest three elements past its right edge), the
 * width of the window and the root font size, so that a failure seen once under load can be told from the log.
 */
function wideContent() {
  const out = [];
  for (const box of document.querySelectorAll('.docs-story')) {
    if (box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight) continue;
    const right = box.getBoundingClientRect().right;
    const wide = [...box.querySelectorAll('*')]
      .map((e) => ({ e, r: e.getBoundingClientRect() }))
      .filter(({ r }) => r.right > right + 1)
      .sort((a, b) => b.r.width - a.r.width)
      .slice(0, 3)
      .map(({ e, r }) => `<${e.tagName.toLowerCase()} class="${e.getAttribute('class') ?? ''}"> ${Math.round(r.width)} px wide, right edge at ${Math.round(r.right)} px`);
    out.push(`canvas ${box.scrollWidth}×${box.scrollHeight} px in ${box.clientWidth}×${box.clientHeight} px (window ${innerWidth} px, root font ${getComputedStyle(document.documentElement).fontSize}): ${wide.join('; ') || 'no element sticks out'}`);
  }
  return out;
}

/**
 * The stories in iframes of their own (the examples) follow the docs page's toolbar: each iframe's <html> has the
 * mode's theme and language, unless the story fixes its own language (the Swedish example stays Swedish).
 */
function nestedStoriesOutOfStep({ theme, locale }) {
  const out = [];
  for (const frame of document.querySelectorAll('#storybook-docs iframe[src*="viewMode=story"]')) {
    const w = /** @type {any} */ (/** @type {HTMLIFrameElement} */ (frame).contentWindow);
    const root = w?.document.documentElement;
    const own = w?.__STORYBOOK_PREVIEW__?.currentRender?.story?.storyGlobals ?? {};
    const want = { theme: own.theme ?? theme, lang: own.locale ?? locale };
    const got = { theme: root?.getAttribute('data-aukio-theme'), lang: root?.lang };
    if (got.theme !== want.theme || got.lang !== want.lang) {
      out.push(`story iframe ${new URL(/** @type {HTMLIFrameElement} */ (frame).src).searchParams.get('id')} does not follow the toolbar: theme ${got.theme}, lang ${got.lang} (expected ${want.theme}, ${want.lang})`);
    }
  }
  return out;
}

/** Only axe's rule that two landmarks of one role need names of their own. */
const landmarkRules = { ...axeRunOptions, runOnly: { type: 'rule', values: ['landmark-unique'] } };

/**
 * Landmarks with the same role and name inside one story on the page (docsRules leaves landmark-unique out for
 * the page as a whole). The story tests and the audit check each story in Finnish; this sees it in the mode's
 * language, where a cell in the toolbar's language can repeat another cell's names (a "Swedish" cell beside
 * the default one, when the toolbar is Swedish too).
 */
async function landmarksPerStory(page) {
  const out = [];
  const ids = await page.evaluate(() => [...document.querySelectorAll('#storybook-docs .sb-story[id^="story--"]')].map((e) => e.id));
  for (const id of ids) {
    const violations = await runAxe(page, { frames: false, include: `#${id}`, runOptions: landmarkRules });
    if (violations.length) out.push(`axe, inside ${id.replace(/^story--/, '')}:\n${formatViolations(violations)}`);
  }
  return out;
}

/**
 * Checks the page shown in `page` in the mode it is in.
 * @returns {Promise<string[]>} the problems found
 */
async function checkMode(page, mode, log) {
  const problems = [];
  for (const line of await page.evaluate(rawMarkdownInPage)) problems.push(`raw Markdown: "${line}"`);
  for (const frame of page.frames()) {
    const failures = await frame.evaluate(() => /** @type {any} */ (window).__docsCheck?.failures.splice(0) ?? []).catch(() => []);
    for (const f of failures) problems.push(`story failed: ${f}`);
  }
  for (const e of log.splice(0)) problems.push(e);
  // The page itself shows the mode: a toolbar change that reloaded the preview (Storybook does when it tears
  // down a story still rendering) came back in the default theme and language, and every mode checked light Finnish.
  const shown = await page.evaluate(() => ({ theme: document.documentElement.getAttribute('data-aukio-theme'), lang: document.documentElement.lang }));
  if (shown.theme !== mode.theme || shown.lang !== mode.locale) problems.push(`the page shows theme ${shown.theme}, lang ${shown.lang} instead of the mode's ${mode.theme}, ${mode.locale}`);
  for (const p of await page.evaluate(nestedStoriesOutOfStep, { theme: mode.theme, locale: mode.locale })) problems.push(p);
  // In the docs page's own document (frames: false): one axe instance per tab instead of one injected into every
  // frame and a new tab per run, which took most of the time. A story in an iframe of its own (the examples,
  // inline: false) is a whole page checked as a page by test:stories (light, dark, high contrast, 320 px) and
  // test:audit; this check still sees its console errors and, through the frame's channel, its failures.
  const axe = () => runAxe(page, { rules: docsRules, frames: false, runOptions: { colour: colourRules, text: textRules, 'colour+text': colourAndTextRules }[mode.axe] });
  let violations = await axe();
  // A violation is reported when it is still there once the layout has been still again: under heavy load a canvas
  // was seen scrolling for a moment after the switch to 320 px (scrollable-region-focusable), and not on a second look.
  if (violations.length) {
    await stableLayout(page);
    violations = await axe();
  }
  if (violations.length) problems.push(`axe:\n${formatViolations(violations)}`);
  if (violations.some((v) => v.id === 'scrollable-region-focusable')) problems.push(...(await page.evaluate(wideContent)));
  if (mode.axe !== 'colour') problems.push(...(await landmarksPerStory(page)));
  if (mode.width <= 400) {
    for (const v of await checkReflow(page, { width: mode.width, height: 640 })) {
      if (/page is \d+ px wide/.test(v.message)) problems.push(`sideways scrolling: ${v.message}`);
    }
  }
  return problems;
}

/** Puts the page into a mode through the toolbar's globals and the window width, and waits for it to settle. */
async function setMode(page, id, mode) {
  await page.setViewportSize({ width: mode.width, height: 900 });
  const now = await currentGlobals(page);
  if (now.theme === mode.theme && now.locale === mode.locale) {
    await stableLayout(page);
    return;
  }
  await page.evaluate((globals) => {
    const w = /** @type {any} */ (window);
    w.__docsCheck.docs = null;
    w.__STORYBOOK_ADDONS_CHANNEL__.emit('updateGlobals', { globals });
  }, { theme: mode.theme, locale: mode.locale });
  await settle(page, id);
  await stableLayout(page);
}

/**
 * Waits until the layout has stopped changing after a new width or theme (components and wide tables that
 * measure themselves re-render): the same page size and the same scrolling boxes (their width and height, as a
 * canvas that is still growing scrolls for a moment) over three looks 100 ms apart.
 */
async function stableLayout(page) {
  await page.waitForFunction(
    () => {
      const w = /** @type {any} */ (window);
      const root = document.documentElement;
      const boxes = [...document.querySelectorAll('.docs-story, .aukio-docs-scroll')].map((b) => `${b.scrollWidth}/${b.clientWidth}x${b.scrollHeight}/${b.clientHeight}/${b.getAttribute('role')}`);
      const now = `${root.scrollWidth}x${root.scrollHeight}|${boxes.join(',')}`;
      w.__docsLayout = w.__docsLayout?.now === now ? { now, same: w.__docsLayout.same + 1 } : { now, same: 0 };
      return w.__docsLayout.same >= 3;
    },
    undefined,
    { timeout, polling: 100 },
  );
}

/** The toolbar theme and language the preview in `page` is showing. */
function currentGlobals(page) {
  return page.evaluate(() => {
    const globals = /** @type {any} */ (window).__STORYBOOK_PREVIEW__?.storyStoreValue?.userGlobals?.get?.() ?? {};
    return { theme: globals.theme ?? 'light', locale: globals.locale ?? 'fi' };
  });
}

/**
 * The modes in an order that switches the toolbar's globals as seldom as possible from `start` (each switch
 * renders the page again): next always the mode that changes fewest of theme and language.
 */
function modeOrder(start) {
  const left = modes.filter((m) => only.length === 0 || only.includes(m.name));
  const order = [];
  let now = start;
  while (left.length) {
    const cost = (/** @type {typeof modes[number]} */ m) => Number(m.theme !== now.theme || m.locale !== now.locale);
    const next = left.reduce((best, m) => (cost(m) < cost(best) ? m : best));
    left.splice(left.indexOf(next), 1);
    order.push(next);
    now = next;
  }
  return order;
}

/** Opens docs page `id`: the first time by loading the preview, then through Storybook's channel. */
async function open(page, base, id) {
  const loaded = page.url().startsWith(base);
  if (!loaded) {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=docs`, { waitUntil: 'load', timeout });
  } else {
    await page.evaluate(() => {
      const w = /** @type {any} */ (window);
      w.__docsCheck.docs = null;
      w.__docsCheck.renders = {};
    });
    await showInLoadedPreview(page, id, { viewMode: 'docs' });
  }
  await settle(page, id);
}

/** A tab that records console errors and page errors into `log`. */
async function newPage(context, log) {
  const page = await context.newPage();
  page.setDefaultTimeout(timeout);
  await page.addInitScript(recordChannel, { failures: failureEvents, final: finalPhases });
  page.on('console', (m) => {
    if (m.type() === 'error') log.push(`console error: ${m.text().slice(0, 300)}${m.location()?.url ? ` (${m.location().url})` : ''}`);
  });
  page.on('pageerror', (e) => log.push(`page error: ${String(e).slice(0, 300)}`));
  return page;
}

/** The docs entries of the built Storybook. */
function docsPages() {
  const file = join(dir, 'index.json');
  if (!existsSync(file)) {
    console.error(`docs site: ${file} not found; run npm run build first`);
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(file, 'utf8'));
  return Object.values(index.entries)
    .filter((e) => e.type === 'docs' && e.id.includes(filter))
    .map((e) => ({ id: e.id, title: e.title }));
}

/** Plants a raw table and a console error on a real page: each must be reported, and the clean page must not. */
async function runSelfTest(context, base, id) {
  const log = [];
  const page = await newPage(context, log);
  const out = [];
  try {
    await open(page, base, id);
    await setMode(page, id, modes[0]);
    const clean = await checkMode(page, modes[0], log);
    if (clean.length) out.push(`the clean page ${id} already fails, so the self-test proves nothing:\n  ${clean.join('\n  ')}`);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '| Key | Action |\n| --- | --- |\n| Tab | Moves focus |';
      p.style.whiteSpace = 'pre-line';
      document.querySelector('#storybook-docs .sbdocs-content')?.append(p);
    });
    const table = await checkMode(page, modes[0], log);
    if (!table.some((p) => p.startsWith('raw Markdown: "| --- | --- |"'))) out.push(`a planted raw table was not reported (found: ${table.join('; ') || 'nothing'})`);
    await page.evaluate(() => document.querySelector('#storybook-docs .sbdocs-content p:last-child')?.remove());
    await page.evaluate(() => console.error('planted console error'));
    const error = await checkMode(page, modes[0], log);
    if (!error.some((p) => p.startsWith('console error: planted console error'))) out.push(`a planted console error was not reported (found: ${error.join('; ') || 'nothing'})`);
  } finally {
    await page.close();
  }
  return out;
}

const started = Date.now();
const pages = docsPages();
const server = await serveStatic(dir);
const browser = await chromium.launch(chromiumLaunchOptions());
const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
let failed = 0;
let retried = 0;
/** Seconds spent in each mode (switching to it and checking it), summed over the pages and the workers. */
const modeSeconds = Object.fromEntries(modes.map((m) => [m.name, 0]));
try {
  if (selfTest) {
    const problems = await runSelfTest(context, server.url, pages.find((p) => p.id === 'components-button--docs')?.id ?? pages[0].id);
    if (problems.length) {
      console.error(`docs site self-test FAILED:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else console.log('docs site self-test: a planted raw table and a planted console error are both reported');
  }
  if (!process.exitCode) {
    let next = 0;
    await Promise.all(
      Array.from({ length: Math.min(workers, pages.length) }, async () => {
        const log = [];
        let page = await newPage(context, log);
        while (next < pages.length) {
          const { id, title } = pages[next++];
          const t0 = Date.now();
          let problems = [];
          // A tab that crashed (Chromium's "Target crashed": Icon's and Tag's pages once each in a CI run, not
          // again alone), whose document navigated away (once in 97 pages under heavy load) or whose page did not
          // settle in time (the sample form's three story iframes under a full CI run) is replaced, and the page
          // is checked once more in the new tab. The retry is printed as flaky, not hidden; a second failure fails.
          for (let attempt = 0; attempt < 2; attempt++) {
            problems = [];
            try {
              await open(page, server.url, id);
              // The modes in the theme and language the tab is in first, so each page costs as few switches as it can.
              for (const mode of modeOrder(await currentGlobals(page))) {
                const m0 = Date.now();
                await setMode(page, id, mode);
                for (const p of await checkMode(page, mode, log)) problems.push(`[${mode.name}] ${p}`);
                modeSeconds[mode.name] += (Date.now() - m0) / 1000;
              }
              // A finding is checked once more in a new tab too: Container's canvases were once reported scrolling
              // at 320 px in a CI run under load and never again, alone or with the CPU slowed eight times. The
              // first look is printed as flaky with what it found; a finding that is there again fails the page.
              if (problems.length && attempt === 0) {
                retried++;
                console.log(`↻ flaky? ${title} (${id}) checked again in a new tab after:\n  ${problems.join('\n  ').replace(/\n(?! {2})/g, '\n    ')}`);
                await page.close().catch(() => undefined);
                log.splice(0);
                page = await newPage(context, log);
                continue;
              }
              break;
            } catch (e) {
              const message = String(/** @type {Error} */ (e).message).split('\n')[0];
              problems.push(`could not be checked: ${message}`);
              await page.close().catch(() => undefined);
              log.splice(0);
              page = await newPage(context, log);
              if (attempt > 0 || !retryable.test(message)) break;
              retried++;
              console.log(`↻ flaky: ${title} (${id}) checked again in a new tab after: ${message}`);
            }
          }
          if (problems.length) {
            failed++;
            console.log(`✗ ${title} (${id})\n  ${problems.join('\n  ').replace(/\n(?! {2})/g, '\n    ')}`);
          } else if (process.env.AUKIO_DOCS_VERBOSE) {
            const heap = await page.evaluate(() => /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0).catch(() => 0);
            console.log(`✓ ${title} (${((Date.now() - t0) / 1000).toFixed(1)} s, tab's JS heap ${(heap / 2 ** 20).toFixed(0)} MB)`);
          }
        }
        await page.close().catch(() => undefined);
      }),
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(0);
    console.log(`docs site: ${pages.length} docs pages in ${modeOrder(modes[0]).map((m) => m.name).join(', ')} checked in ${seconds} s`);
    const spent = modeOrder(modes[0]).map((m) => `${m.name} ${modeSeconds[m.name].toFixed(0)} s`);
    console.log(`docs site: time in each mode (switch and check, all workers): ${spent.join(', ')}`);
    console.log(`docs site: ${pages.length - failed} passed, ${failed} failed${retried ? `, ${retried} checked again after a crash, a timeout or a finding (↻ above)` : ''}`);
    if (failed || pages.length === 0) process.exitCode = 1;
  }
} finally {
  await context.close().catch(() => undefined);
  await browser.close().catch(() => undefined);
  await server.close();
}
