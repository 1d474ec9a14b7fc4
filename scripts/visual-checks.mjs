// Browser checks axe does not make, over every story of the built Storybook (storybook-static):
//   reflow at 320 CSS px with 200 % text (1.4.10), clipped text under text-spacing overrides (1.4.12),
//   a focus indicator on every focusable element in light, dark, high-contrast and forced colours
//   (2.4.7 / 2.4.11, screenshot comparison), and 24 x 24 px targets (2.5.8).
// The checks themselves live in @aukio/a11y/checks (packages/a11y/src/checks.js), so city service teams run
// the same code against their own pages.
//
// Usage: node scripts/visual-checks.mjs [--dir storybook-static] [--filter <text in story id>] [--workers 2]
//        [--json <file>] [--all]   (run `npm run build-storybook` first)
// The Swedish and English copies of a story (ids ending in --swedish / --english) differ from the Finnish one
// only in text, so they get the text checks (reflow, text spacing, target size) but not the four focus
// passes; --all checks focus in them too.
import { createReadStream, existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium } from 'playwright';
import { checkFocusVisible, checkReflow, checkTargetSize, checkTextSpacing } from '../packages/a11y/src/checks.js';
import { chromiumLaunchOptions } from './chromium.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(opt('dir', 'storybook-static'));
const filter = opt('filter', '');
const workers = Math.max(1, Number(opt('workers', '2')));
const jsonOut = opt('json', '');
const all = args.includes('--all');
const localeCopy = (id) => !all && /--(swedish|english)$/.test(id);

if (!existsSync(join(dir, 'index.json'))) {
  console.error(`visual checks: ${dir}/index.json not found; run npm run build-storybook first`);
  process.exit(1);
}

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries)
  .filter((e) => e.type === 'story' && !(e.tags ?? []).includes('!test') && e.id.includes(filter))
  .map((e) => e.id)
  .sort();

// A static file server for storybook-static.
const types = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.png': 'image/png' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  if (!file.startsWith(dir) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const colourModes = [
  { name: 'light', theme: 'light', forced: false },
  { name: 'dark', theme: 'dark', forced: false },
  { name: 'high-contrast', theme: 'high-contrast', forced: false },
  { name: 'forced-colors', theme: 'light', forced: true },
];

const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
const started = Date.now();
/** @type {{ story: string, mode: string, check: string, criterion: string, target: string, message: string }[]} */
const violations = [];
const problems = [];
let checksRun = 0;
let storiesDone = 0;
const storyModes = { focus: 0, text: 0 };

const done = ['completed', 'afterEach', 'errored', 'aborted'];
const loaded = new WeakSet();

/** Shows a story in the page: the first one by loading iframe.html, later ones through Storybook's channel. */
async function openStory(page, id) {
  if (!loaded.has(page)) {
    await page.goto(`${base}/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`, { waitUntil: 'load' });
    loaded.add(page);
  } else {
    await page.evaluate((storyId) => window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' }), id);
  }
  // Wait until the story has rendered and its play function has finished.
  await page
    .waitForFunction(
      ({ storyId, phases }) => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        return render?.id === storyId && phases.includes(render.phase);
      },
      { storyId: id, phases: done },
      { timeout: 60000, polling: 100 },
    )
    .catch(() => problems.push(`${id}: did not finish rendering in 60 s`));
  await page.evaluate(() => document.fonts?.ready);
}

async function setTheme(page, theme, textSize) {
  await page.evaluate(
    ({ theme: t, textSize: s }) => {
      const root = document.documentElement;
      root.setAttribute('data-aukio-theme', t);
      if (s) root.setAttribute('data-aukio-text-size', s);
      else root.removeAttribute('data-aukio-text-size');
    },
    { theme, textSize },
  );
}

async function checkStory(page, id) {
  await openStory(page, id);
  const record = (mode, list) => {
    checksRun++;
    for (const v of list) violations.push({ story: id, mode, ...v });
  };
  if (!localeCopy(id)) {
    for (const mode of colourModes) {
      await page.emulateMedia({ forcedColors: mode.forced ? 'active' : 'none', reducedMotion: 'reduce' });
      await setTheme(page, mode.theme, null);
      record(mode.name, await checkFocusVisible(page, { within: '#storybook-root', label: mode.name }));
      storyModes.focus++;
    }
  }
  await page.emulateMedia({ forcedColors: 'none', reducedMotion: 'reduce' });
  await setTheme(page, 'light', null);
  record('light', await checkTargetSize(page));
  record('light', await checkTextSpacing(page));
  await setTheme(page, 'light', '200');
  record('320px-200%', await checkReflow(page, { width: 320 }));
  await setTheme(page, 'light', null);
  storyModes.text += 3;
  if (++storiesDone % 50 === 0) console.log(`visual checks: ${storiesDone}/${stories.length} stories, ${violations.length} violations so far`);
}

const queue = [...stories];
await Promise.all(
  Array.from({ length: Math.min(workers, queue.length) }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce' });
    const page = await context.newPage();
    page.on('pageerror', () => {});
    for (let id = queue.shift(); id; id = queue.shift()) {
      try {
        await checkStory(page, id);
      } catch (error) {
        problems.push(`${id}: ${String(error?.message ?? error).split('\n')[0]}`);
      }
    }
    await context.close();
  }),
);
await browser.close();
server.close();

const seconds = ((Date.now() - started) / 1000).toFixed(1);
const byCheck = {};
for (const v of violations) byCheck[v.check] = (byCheck[v.check] ?? 0) + 1;
for (const v of violations) console.log(`✗ ${v.story} [${v.mode}] ${v.check} (WCAG ${v.criterion}): ${v.message}`);
for (const p of problems) console.log(`! ${p}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ stories: stories.length, checksRun, violations, problems }, null, 2));
console.log(
  `visual checks: ${stories.length} stories; focus indicator in ${colourModes.length} modes (${colourModes.map((m) => m.name).join(', ')}) ` +
    `= ${storyModes.focus} story × mode passes; target size, text spacing and reflow at 320 px with 200 % text = ${storyModes.text}; ` +
    `${checksRun} checks in ${seconds} s; ${violations.length} violations` +
    `${violations.length ? ` (${Object.entries(byCheck).map(([k, n]) => `${k}: ${n}`).join(', ')})` : ''}` +
    `${problems.length ? `; ${problems.length} stories could not be checked` : ''}`,
);
process.exit(violations.length || problems.length ? 1 : 0);
