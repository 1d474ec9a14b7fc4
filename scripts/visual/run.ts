// npm run test:visual — visual regression of the built Storybook, with no cloud service. Every story tagged
// `visual` (the components' States stories) is photographed in real Chromium in each mode of modes.ts, cropped
// to the story, and compared with the baseline PNGs in visual-baselines/. A difference writes the expected,
// actual and diff images and reports/visual/index.html. Options:
//   --storybook <dir>  the built Storybook (default storybook-static, or $AUKIO_VISUAL_STORYBOOK)
//   --story <text>     only the stories whose id contains the text (repeatable)
//   --update           record the baselines (only those that changed or are missing; removes stale ones)
//   --self-test        first calibrate on a real story: a reload passes, a token colour change in dark mode
//                      and a one-pixel border change fail
//   --workers <n>      pages in parallel (default 3, or $AUKIO_VISUAL_WORKERS)
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { showInLoadedPreview } from '../../packages/a11y/src/playwright.ts';
import { serveStatic } from '../../packages/a11y/src/server.ts';
import { chromiumLaunchOptions } from '../chromium.ts';
import { compareImages, decodePng, describeFailure, encodePng, tolerance, type Image } from './compare.ts';
import { forceCellStates } from './force.ts';
import { modeKey, rendersOf, visualModes, type VisualMode } from './modes.ts';
import { writeReport, type Failure } from './report.ts';

const { values: args } = parseArgs({
  options: {
    storybook: { type: 'string', default: process.env.AUKIO_VISUAL_STORYBOOK ?? 'storybook-static' },
    baselines: { type: 'string', default: 'visual-baselines' },
    out: { type: 'string', default: 'reports/visual' },
    story: { type: 'string', multiple: true, default: [] },
    update: { type: 'boolean', default: false },
    'self-test': { type: 'boolean', default: false },
    workers: { type: 'string', default: process.env.AUKIO_VISUAL_WORKERS ?? '3' },
  },
});

const storybookDir = resolve(args.storybook);
const baselineDir = resolve(args.baselines);
const outDir = resolve(args.out);
const maxBaselineBytes = 30 * 1024 * 1024;
/** Dates in stories (a date picker's month, "today") come from this fixed moment, so baselines do not age. */
const fixedTime = new Date('2026-03-16T10:00:00+02:00');
const renderTimeout = 90_000;

interface Story {
  id: string;
  title: string;
  name: string;
}

function visualStories(): Story[] {
  const file = join(storybookDir, 'index.json');
  if (!existsSync(file)) {
    console.error(`visual: ${file} not found. Build the Storybook first (npm run build, or npx storybook build -o <dir> and --storybook <dir>).`);
    process.exit(1);
  }
  const index = JSON.parse(readFileSync(file, 'utf8')) as { entries: Record<string, Story & { type?: string; tags?: string[] }> };
  return Object.values(index.entries)
    .filter((e) => e.type === 'story' && (e.tags ?? []).includes('visual'))
    .filter((e) => args.story.length === 0 || args.story.some((s) => e.id.includes(s)))
    .map(({ id, title, name }) => ({ id, title, name }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

type Preview = { currentRender?: { id: string; phase: string } };

type Globals = VisualMode['globals'];
const globalsParam = ({ theme, textSize }: Globals) => `theme:${theme};textSize:${textSize};motion:reduce`;

/**
 * Waits until the story has rendered with these globals (the decorator has put them on <html>), its fonts and
 * images are ready and two frames have been drawn (resize observers have run).
 */
async function settle(page: Page, story: Story, { theme, textSize }: Globals) {
  await page.waitForFunction(
    ({ id, theme, textSize }) => {
      const render = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender;
      if (render?.id !== id) return false;
      if (['errored', 'aborted'].includes(render.phase)) return true;
      const root = document.documentElement;
      return ['completed', 'finished'].includes(render.phase) && root.getAttribute('data-aukio-theme') === theme && (root.getAttribute('data-aukio-text-size') ?? '100') === textSize;
    },
    { id: story.id, theme, textSize },
    { timeout: renderTimeout, polling: 50 },
  );
  const problem = await page.evaluate(async () => {
    const render = (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender;
    if (render?.phase !== 'completed' && render?.phase !== 'finished') return `the story did not render (${render?.phase})`;
    await document.fonts.ready;
    await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
    return null;
  });
  if (problem) throw new Error(problem);
  await fitViewport(page);
}

/**
 * What a screenshot takes, in page coordinates: the story root, and whatever of the story is in the top layer
 * (an open popover or dialog, placed by its anchor, which may reach beyond the root and the page). Runs in the page.
 */
function pictureBox() {
  const root = document.querySelector('#storybook-root');
  if (!root) return null;
  const boxes = [root, ...document.querySelectorAll(':popover-open, dialog[open]')].map((e) => e.getBoundingClientRect()).filter((b) => b.width > 0 && b.height > 0);
  const x = Math.floor(Math.min(...boxes.map((b) => b.left)) + window.scrollX);
  const y = Math.floor(Math.min(...boxes.map((b) => b.top)) + window.scrollY);
  const right = Math.ceil(Math.max(...boxes.map((b) => b.right), root.getBoundingClientRect().left + root.scrollWidth) + window.scrollX);
  const bottom = Math.ceil(Math.max(...boxes.map((b) => b.bottom)) + window.scrollY);
  return { x, y, width: right - x, height: bottom - y };
}

/**
 * Makes the viewport as tall as the page and its popups, so that the screenshot is taken inside it: a
 * screenshot beyond the viewport resizes it while it is taken, and a popup that follows resizes would move
 * between screenshots. A popup placed anew after the resize is measured again.
 */
async function fitViewport(page: Page) {
  for (let round = 0; round < 5; round++) {
    const viewport = page.viewportSize() ?? { width: 1280, height: 800 };
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    const box = await page.evaluate(pictureBox);
    const needed = Math.max(await page.evaluate(() => Math.ceil(document.documentElement.scrollHeight)), box ? box.y + box.height : 0);
    if (needed <= viewport.height) return;
    await page.setViewportSize({ width: viewport.width, height: needed });
  }
}

/**
 * Shows a story with the mode's globals at the mode's width. Another story than the one shown is switched to
 * through the preview's channel, as the Storybook manager does: it is rendered anew without loading the
 * preview's scripts again (the audit does the same), with focus and scroll cleared first. The story already
 * shown (at another width) is loaded afresh, so nothing placed at the last width stays.
 */
async function load(page: Page, base: string, story: Story, mode: VisualMode) {
  await page.setViewportSize({ width: mode.width, height: 800 });
  const media = { forcedColors: 'none' as const, colorScheme: 'light' as const, reducedMotion: 'reduce' as const };
  await page.emulateMedia(media);
  emulated.set(page, media);
  const shown = page.url() === 'about:blank' ? undefined : await page.evaluate(() => (window as unknown as { __STORYBOOK_PREVIEW__?: Preview }).__STORYBOOK_PREVIEW__?.currentRender?.id).catch(() => undefined);
  if (shown && shown !== story.id) {
    await showInLoadedPreview(page, story.id, { globals: mode.globals });
  } else {
    const url = `${base}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globalsParam(mode.globals)}`;
    await page.goto(url, { waitUntil: 'load', timeout: renderTimeout });
  }
  await settle(page, story, mode.globals);
}

/** Switches the loaded story to another mode's globals, as the toolbar does (no reload). */
async function switchGlobals(page: Page, story: Story, mode: VisualMode) {
  await page.evaluate((globals) => {
    const channel = (window as unknown as { __STORYBOOK_ADDONS_CHANNEL__?: { emit: (event: string, data: unknown) => void } }).__STORYBOOK_ADDONS_CHANNEL__;
    channel?.emit('updateGlobals', { globals });
  }, mode.globals);
  await settle(page, story, mode.globals);
}

/**
 * Forces the cells' pseudo-classes (after a load, and after anything else that asks the DevTools protocol for
 * the document: that forgets forced states).
 */
async function force(page: Page) {
  await forceCellStates(page, await cdpOf(page));
}

const sessions = new WeakMap<Page, Awaited<ReturnType<BrowserContext['newCDPSession']>>>();
async function cdpOf(page: Page) {
  let session = sessions.get(page);
  if (!session) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

const nextFrames = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
/** The media features each page emulates now. */
const emulated = new WeakMap<Page, Parameters<Page['emulateMedia']>[0]>();

/** A screenshot of the story root, and of anything in the top layer (an open popup) beyond it. */
async function shoot(page: Page, mode: VisualMode): Promise<Buffer> {
  const media = { forcedColors: mode.forcedColors ? ('active' as const) : ('none' as const), colorScheme: mode.forcedColors ?? ('light' as const), reducedMotion: 'reduce' as const };
  if (JSON.stringify(media) !== JSON.stringify(emulated.get(page))) {
    await page.emulateMedia(media);
    emulated.set(page, media);
    await nextFrames(page);
  }
  const clip = await page.evaluate(pictureBox);
  if (!clip || clip.width < 1 || clip.height < 1) throw new Error('the story root is empty');
  return page.screenshot({ clip, animations: 'disabled', caret: 'hide', scale: 'css', timeout: renderTimeout });
}

/** The fonts Chromium drew the story's text with (system fonts and web fonts), by family name. */
async function fontsOf(page: Page): Promise<string[]> {
  const cdp = await cdpOf(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '#storybook-root, #storybook-root *' });
  const fonts = new Set<string>();
  for (const { fonts: used } of await Promise.all(nodeIds.map((nodeId) => cdp.send('CSS.getPlatformFontsForNode', { nodeId })))) {
    for (const f of used) fonts.add(f.isCustomFont ? `${f.familyName} (web font)` : f.familyName);
  }
  return [...fonts];
}

const baselinePath = (story: Story, mode: VisualMode) => join(baselineDir, story.id, `${modeKey(mode)}.png`);
const fontsFile = () => join(baselineDir, 'fonts.json');

interface Outcome {
  shots: number;
  /** Pictures that differed at the first look and not at the second. */
  flaky: string[];
  failures: Failure[];
  written: number;
  fonts: Set<string>;
}

/** Writes expected, actual and diff images for the report. */
function keepFailure(story: Story, mode: VisualMode, message: string, actual: Buffer, expected?: Image, diff?: Image): Failure {
  const dir = join(outDir, story.id);
  mkdirSync(dir, { recursive: true });
  const base = join(dir, modeKey(mode));
  writeFileSync(`${base}.actual.png`, actual);
  if (expected) writeFileSync(`${base}.expected.png`, encodePng(expected));
  if (diff) writeFileSync(`${base}.diff.png`, encodePng(diff));
  const rel = (suffix: string) => relative(outDir, `${base}.${suffix}.png`);
  return {
    story: story.id,
    title: `${story.title} / ${story.name}`,
    mode: modeKey(mode),
    description: mode.description,
    message,
    actual: rel('actual'),
    ...(expected ? { expected: rel('expected') } : {}),
    ...(diff ? { diff: rel('diff') } : {}),
  };
}

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex').slice(0, 32);

/**
 * A shortcut past decoding: for each baseline, the hash of the baseline file and of the screenshot bytes
 * Chromium gave when it was last recorded or confirmed (`--update`). Chromium encodes the same pixels into the
 * same bytes, so a screenshot with that hash, against a baseline file with its hash, is the picture that
 * passed then, and needs no comparing. Anything else (another Chromium, a changed pixel, a baseline edited by
 * hand) is decoded and compared pixel by pixel.
 */
const hashesFile = () => join(baselineDir, 'hashes.json');
const hashes: Record<string, string> = existsSync(hashesFile()) ? (JSON.parse(readFileSync(hashesFile(), 'utf8')) as Record<string, string>) : {};
const hashKey = (file: string) => relative(baselineDir, file).split('\\').join('/');

/**
 * Compares (or records) one screenshot. A first look that differs from its baseline is not yet a failure
 * (`firstLook`): the caller takes the picture again and asks once more.
 */
function check(story: Story, mode: VisualMode, png: Buffer, outcome: Outcome, firstLook = false): 'same' | 'differs' {
  const file = baselinePath(story, mode);
  const known = existsSync(file) ? readFileSync(file) : undefined;
  if (known && hashes[hashKey(file)] === `${sha(known)} ${sha(png)}`) return 'same';
  const actual = decodePng(png);
  const expected = known ? decodePng(known) : undefined;
  const result = expected ? compareImages(expected, actual) : undefined;
  if (args.update) {
    let written: Buffer | undefined = known;
    if (result?.status !== 'same') {
      mkdirSync(dirname(file), { recursive: true });
      written = encodePng(actual);
      writeFileSync(file, written);
      outcome.written++;
    }
    hashes[hashKey(file)] = `${sha(written as Buffer)} ${sha(png)}`;
    return 'same';
  }
  if (firstLook && expected && result?.status !== 'same') return 'differs';
  const where = `${story.id}  ${modeKey(mode)} (${mode.description})`;
  if (!expected || !result) {
    const message = `no baseline ${relative(process.cwd(), file)}; record it with npm run test:visual -- --update`;
    outcome.failures.push(keepFailure(story, mode, message, png));
    console.error(`✗ ${where}: ${message}`);
    return 'differs';
  }
  if (result.status === 'same') return 'same';
  const message = describeFailure(result);
  outcome.failures.push(keepFailure(story, mode, message, png, expected, result.status === 'changed' ? result.diff : undefined));
  console.error(`✗ ${where}: ${message}`);
  return 'differs';
}

/** Where the time goes, summed over the pages working in parallel (printed at the end). */
const timings = { loads: 0, 'theme switches': 0, 'forcing states': 0, screenshots: 0, comparing: 0 };
async function timed<T>(what: keyof typeof timings, work: () => T | Promise<T>): Promise<T> {
  const t0 = performance.now();
  try {
    return await work();
  } finally {
    timings[what] += performance.now() - t0;
  }
}

/**
 * Photographs a story in every mode at one width: shown once, the themes and text size switched as globals,
 * forced colours emulated on the light render.
 */
async function photograph(page: Page, base: string, story: Story, width: number, outcome: Outcome) {
  let shown = false;
  for (const group of rendersOf(visualModes).filter((g) => g[0]?.width === width)) {
    const first = group[0] as VisualMode;
    try {
      if (!shown) await timed('loads', () => load(page, base, story, first));
      else await timed('theme switches', () => switchGlobals(page, story, first));
      shown = true;
      if (group.some((m) => m.name === 'light' && m.width === 1280)) for (const f of await fontsOf(page)) outcome.fonts.add(f);
      await timed('forcing states', () => force(page));
      for (const mode of group) {
        const png = await timed('screenshots', () => shoot(page, mode));
        outcome.shots++;
        if ((await timed('comparing', () => check(story, mode, png, outcome, !args.update))) === 'same') continue;
        if (args.update) continue;
        // A second look, after two more frames: a picture taken while the page was still drawing a change
        // (forced colours just switched on) is not the page's look. Printed, so a repeat is seen.
        await nextFrames(page);
        const again = await timed('screenshots', () => shoot(page, mode));
        if ((await timed('comparing', () => check(story, mode, again, outcome, true))) === 'same') {
          outcome.flaky.push(`${story.id} ${modeKey(mode)}`);
          console.log(`↻ ${story.id}  ${modeKey(mode)}: differed at the first look, the same at the second`);
          continue;
        }
        // A third look, at the story loaded afresh in this mode: what a page shows can depend on what it showed
        // before (a popup placed while the page was still settling after a switch from another story, under
        // load, kept its place; seen once in CI on ActionMenu at 320 px). A fresh load shows the story as a
        // designer opening it would. A real change fails this look too, and only this look is reported.
        await page.goto('about:blank');
        await timed('loads', () => load(page, base, story, first));
        await timed('forcing states', () => force(page));
        const fresh = await timed('screenshots', () => shoot(page, mode));
        if ((await timed('comparing', () => check(story, mode, fresh, outcome))) === 'same') {
          outcome.flaky.push(`${story.id} ${modeKey(mode)}`);
          console.log(`↻ ${story.id}  ${modeKey(mode)}: differed twice after switching to it, the same loaded afresh`);
        }
      }
    } catch (e) {
      // The next group loads the preview afresh.
      shown = false;
      await page.goto('about:blank').catch(() => undefined);
      const message = `could not photograph: ${(e as Error).message.split('\n')[0]}`;
      for (const mode of group) {
        outcome.failures.push({ story: story.id, title: `${story.title} / ${story.name}`, mode: modeKey(mode), description: mode.description, message });
        console.error(`✗ ${story.id}  ${modeKey(mode)}: ${message}`);
      }
    }
  }
}

/**
 * Raster flags for drawing the same pixels each time. Without them the anti-aliased edges of Stepper's round
 * markers differed from run to run (up to 491 pixels, mostly after a theme switch, which re-rasters part of a
 * tile); with them, three runs in a row were identical.
 */
const deterministicRaster = ['--disable-partial-raster', '--disable-skia-runtime-opts', '--force-color-profile=srgb', '--disable-lcd-text'];

/**
 * One Chromium for the run, which sees only the repository's own fonts and draws text without anti-aliasing
 * (fonts.conf says why).
 */
function launch(): Promise<Browser> {
  const fontconfig = fileURLToPath(new URL('fonts.conf', import.meta.url));
  const fonts = fileURLToPath(new URL('../../node_modules/dejavu-fonts-ttf/ttf/DejaVuSans.ttf', import.meta.url));
  if (!existsSync(fonts)) {
    console.error(`visual: ${relative(process.cwd(), fonts)} is missing; the screenshots are drawn with the fonts of the dejavu-fonts-ttf devDependency: run npm install`);
    process.exit(1);
  }
  const options = chromiumLaunchOptions();
  return chromium.launch({ ...options, args: [...options.args, ...deterministicRaster], env: { ...process.env, FONTCONFIG_FILE: fontconfig } });
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ deviceScaleFactor: 1, reducedMotion: 'reduce', colorScheme: 'light', locale: 'fi-FI', timezoneId: 'Europe/Helsinki' });
  const page = await context.newPage();
  await page.clock.setFixedTime(fixedTime);
  return page;
}

/** A colour a few steps away from `colour` in its red channel (down if it is light, up if it is dark). */
async function shiftedColour(page: Page, token: string): Promise<string> {
  return page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = `var(${name})`;
    document.body.append(probe);
    const [r = 0, g = 0, b = 0] = (getComputedStyle(probe).color.match(/\d+/g) ?? []).map(Number);
    probe.remove();
    return `rgb(${r > 127 ? r - 24 : r + 24} ${g} ${b})`;
  }, token);
}

/**
 * The calibration: on a real visual story in the dark theme, an unchanged build passes (a fresh load in dark
 * matches a light load switched to dark, as the run takes it), while one token's
 * colour in the dark theme and a one-pixel border each fail with the three images. Throws when the check
 * would miss either change, or would fail an unchanged build.
 */
const modeNamed = (name: string, width: number) => visualModes.find((m) => m.name === name && m.width === width) as VisualMode;

async function selfTest(browser: Browser, base: string, story: Story) {
  const mode = modeNamed('dark', 1280);
  const page = await newPage(browser);
  try {
    await load(page, base, story, mode);
    await force(page);
    const before = decodePng(await shoot(page, mode));
    // The run's way: loaded in the light theme, switched to dark.
    await load(page, base, story, modeNamed('light', mode.width));
    await switchGlobals(page, story, mode);
    await force(page);
    const again = compareImages(before, decodePng(await shoot(page, mode)));
    if (again.status !== 'same') throw new Error(`${story.id} loaded in dark and switched from light to dark differ: ${describeFailure(again)}`);
    const token = '--aukio-color-border-subtle';
    const planted: [string, string][] = [
      [`one token in dark mode (${token})`, `:root[data-aukio-theme="dark"] { ${token}: ${await shiftedColour(page, token)}; }`],
      ['a one-pixel border (the first cell’s 1 px border in another colour)', '.aukio-state-cell:first-child { border-color: var(--aukio-color-text-default); }'],
    ];
    for (const [what, css] of planted) {
      const style = await page.addStyleTag({ content: css });
      const png = await shoot(page, mode);
      await style.evaluate((el) => (el as Element).remove());
      const result = compareImages(before, decodePng(png));
      if (result.status === 'same') throw new Error(`a changed ${what} passed (${result.changed} pixels differ)`);
      const failure = keepFailure({ ...story, id: `calibration/${story.id}` }, mode, `${what}: ${describeFailure(result)}`, png, before, result.status === 'changed' ? result.diff : undefined);
      console.log(`visual self-test: ${what} is caught: ${failure.message}`);
    }
    console.log(`visual self-test: ${story.id} loaded in dark and switched to dark from light are the same (${again.changed} pixels differ)`);
    // Forced colours on a dark and on a light system palette must be two different pictures.
    await switchGlobals(page, story, modeNamed('light', mode.width));
    const dark = decodePng(await shoot(page, modeNamed('forced-dark', mode.width)));
    const palettes = compareImages(dark, decodePng(await shoot(page, modeNamed('forced-light', mode.width))));
    if (palettes.status === 'same') throw new Error('forced colours look the same on a dark and on a light system palette');
    console.log(`visual self-test: forced colours differ between the dark and the light system palette (${palettes.status === 'changed' ? `${(palettes.ratio * 100).toFixed(0)} % of pixels` : 'size'})`);
  } finally {
    await page.context().close();
  }
}

function folderSize(dir: string): { bytes: number; files: string[] } {
  const files: string[] = [];
  let bytes = 0;
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.png')) {
        files.push(p);
        bytes += statSync(p).size;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes, files };
}

async function main() {
  const t0 = Date.now();
  const stories = visualStories();
  if (stories.length === 0) {
    console.error(`visual: no story tagged 'visual'${args.story.length ? ` matches ${args.story.join(', ')}` : ''} in ${storybookDir}`);
    process.exit(1);
  }
  rmSync(outDir, { recursive: true, force: true });
  const server = await serveStatic(storybookDir);
  const browser = await launch();
  const outcome: Outcome = { shots: 0, flaky: [], failures: [], written: 0, fonts: new Set() };
  let problems: string[] = [];
  try {
    if (args['self-test']) {
      const subject = stories.find((s) => s.id === 'components-button--states') ?? (stories[0] as Story);
      await selfTest(browser, server.url, subject);
    }
    const workers = Math.max(1, Math.min(Number(args.workers) || 3, stories.length));
    // Every story at one width, then every story at the next: each page goes from story to story, which the
    // preview switches to without loading again.
    const widths = [...new Set(visualModes.map((m) => m.width))];
    const tasks = widths.flatMap((width) => stories.map((story) => ({ story, width })));
    let next = 0;
    await Promise.all(
      Array.from({ length: workers }, async () => {
        const page = await newPage(browser);
        while (next < tasks.length) {
          const { story, width } = tasks[next++] as (typeof tasks)[number];
          await photograph(page, server.url, story, width, outcome);
        }
        await page.context().close();
      }),
    );
    problems = checkFonts(outcome.fonts, `Chromium ${browser.version()}`);
  } finally {
    await browser.close();
    await server.close();
  }
  if (!args.update && args.story.length === 0) {
    const expected = new Set(stories.flatMap((s) => visualModes.map((m) => baselinePath(s, m))));
    const stale = folderSize(baselineDir).files.filter((f) => !expected.has(f));
    if (stale.length) problems.push(`${stale.length} baseline(s) belong to no visual story or mode (e.g. ${relative(process.cwd(), stale[0] as string)}); remove them with npm run test:visual -- --update`);
  }
  if (args.update && args.story.length === 0) {
    const expected = new Set(stories.flatMap((s) => visualModes.map((m) => baselinePath(s, m))));
    for (const f of folderSize(baselineDir).files) if (!expected.has(f)) rmSync(f);
  }
  if (args.update) {
    const kept = Object.keys(hashes).filter((k) => existsSync(join(baselineDir, k))).sort();
    writeFileSync(hashesFile(), `${JSON.stringify(Object.fromEntries(kept.map((k) => [k, hashes[k]])), null, 1)}\n`);
  }
  const size = folderSize(baselineDir);
  if (size.bytes > maxBaselineBytes) problems.push(`the baselines take ${(size.bytes / 1048576).toFixed(1)} MB, more than the 30 MB allowed`);
  for (const p of problems) console.error(`✗ ${p}`);
  if (outcome.failures.length) {
    writeReport(outDir, outcome.failures, tolerance);
    console.error(`\nvisual: ${outcome.failures.length} screenshot(s) differ from the baselines; expected, actual and diff images: ${relative(process.cwd(), join(outDir, 'index.html'))}`);
    console.error('If the change is intended, record the new baselines with npm run test:visual -- --update and commit them.');
  }
  const seconds = ((Date.now() - t0) / 1000).toFixed(0);
  const verb = args.update ? `recorded (${outcome.written} new or changed)` : `compared, ${outcome.failures.length} failed, ${outcome.flaky.length} the same at a second or third look`;
  console.log(
    `visual: ${outcome.shots} screenshots of ${stories.length} stories in ${visualModes.length} modes ${verb}, ${seconds} s; ` +
      `baselines ${(size.bytes / 1048576).toFixed(1)} MB in ${size.files.length} files (limit 30 MB); fonts: ${[...outcome.fonts].sort().join(', ') || 'none'}`,
  );
  const spent = Object.entries(timings).map(([what, ms]) => `${what} ${(ms / 1000).toFixed(0)} s`);
  console.log(`visual: time in ${spent.join(', ')} (summed over ${args.workers} pages in parallel)`);
  if (outcome.failures.length || problems.length) process.exit(1);
}

/**
 * The fonts the text was drawn with must be the ones the baselines were drawn with: another font (a missing
 * system font replaced by a fallback) changes every glyph, and the right message is that, not 600 diffs.
 * `--update` records them in visual-baselines/fonts.json.
 */
function checkFonts(fonts: Set<string>, chromiumVersion: string): string[] {
  const file = fontsFile();
  const recorded = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { fonts: string[]; chromium: string }) : undefined;
  if (args.update) {
    const all = new Set([...(args.story.length ? (recorded?.fonts ?? []) : []), ...fonts]);
    mkdirSync(baselineDir, { recursive: true });
    writeFileSync(file, `${JSON.stringify({ fonts: [...all].sort(), chromium: chromiumVersion }, null, 2)}\n`);
    return [];
  }
  if (!recorded) return [`no ${relative(process.cwd(), file)}: record the baselines with npm run test:visual -- --update`];
  if (recorded.chromium !== chromiumVersion) console.log(`visual: the baselines were recorded with ${recorded.chromium}, this is ${chromiumVersion}`);
  const extra = [...fonts].filter((f) => !recorded.fonts.includes(f));
  if (extra.length === 0) return [];
  return [`text was drawn with ${extra.join(', ')}, not among the fonts the baselines were drawn with (${recorded.fonts.join(', ')}): install the same fonts, or re-record on this machine with --update`];
}

await main();
