// npm test: runs every stage in order, stops at the first failure, and prints how long each took.
// The stages are npm scripts of the root package.json, so each can also be run alone.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const stages = [
  ['setup:chromium', 'find or install Chromium'],
  ['build:tokens', 'design tokens (Style Dictionary)'],
  ['lint', 'ESLint with jsx-a11y (strict)'],
  ['typecheck', 'TypeScript, strict, incl. type tests of required names'],
  ['test:conventions', 'every component has stories, axe test, docs; locales complete; exports map'],
  ['test:unit', 'jsdom: behaviour, jest-axe, fuzzed props, tokens contrast, @aukio/a11y'],
  ['test:react18', 'the unit tests again on React 18.3'],
  ['test:stories', 'every story in Chromium with axe: light, dark and high contrast, and 320 CSS px with 200 % text'],
  ['test:ssr', 'every story server-rendered and hydrated in Chromium'],
  ['test:gate', 'the gate fails on planted violations'],
  ['build', 'packages and the static Storybook'],
  ['test:docs', 'every docs page of the built Storybook in Chromium, light, dark and 320 px: raw Markdown, console errors, failed stories, axe, sideways scrolling'],
  ['test:packages', 'publint and attw on every package'],
  ['test:size', 'size budgets; no development code in production bundles'],
  ['test:csp', 'every story under a strict Content-Security-Policy'],
  ['test:sr', 'GNOME Orca in a real Chromium window: what a screen-reader user hears, key by key, on the built Storybook'],
  ['test:audit', 'aukio-a11y audit of the built Storybook with an empty baseline, in 5 modes: focus by pixels in 4 colour modes, reflow, text spacing, targets, keyboard traps; axe in light and forced colours (the story tests run it in the others)'],
  ['test:example', 'the example city service end to end'],
  ['test:next', 'the Next.js App Router example from packed tarballs: npm ci, next build, Server Components, server actions, consent, in Chromium'],
];

const defined = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const missing = stages.filter(([name]) => !defined[name]).map(([name]) => name);
if (missing.length) {
  console.error(`npm test: stages without an npm script: ${missing.join(', ')}`);
  process.exit(1);
}

// The lines that carry a stage's figures, repeated at the end so the run ends with what was checked.
const figure = [
  /^\s*Tests\s+\d+.*passed/, // Vitest
  /^\s*Test Files\s+\d+/,
  /^Checked: /, // aukio-a11y audit
  /page\(s\), \d+ audited in/,
  /^csp check: /,
  /^screen reader: \d+ stories/,
  /^screen reader: skipped/,
  /^size budget: .*(ok|gzip)/,
  /^docs site: \d+ (docs pages|passed)/,
  /publint ok/,
  /^conventions: /,
  /^visual: \d+ screenshots/,
];
// Colour codes: ESC [ ... m.
const ansi = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');

/** Runs a stage, passing its output through and keeping its figure lines. */
function run(name) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['inherit', 'pipe', 'inherit'] });
    const figures = [];
    let rest = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const plain = line.replace(ansi, '').trim();
        if (figure.some((f) => f.test(plain))) figures.push(plain);
      }
    });
    child.on('close', (status) => done({ status, figures }));
  });
}

const results = [];
for (const [name, what] of stages) {
  console.log(`\n▶ ${name} — ${what}`);
  const t0 = Date.now();
  const r = await run(name);
  const seconds = (Date.now() - t0) / 1000;
  results.push({ name, ok: r.status === 0, seconds, figures: r.figures });
  // AUKIO_TEST_CONTINUE=1 runs the remaining stages after a failure (to see every failure in one run).
  if (r.status !== 0 && !process.env.AUKIO_TEST_CONTINUE) break;
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('\nStage                 Result   Time');
for (const r of results) console.log(`${r.name.padEnd(22)}${(r.ok ? 'passed' : 'FAILED').padEnd(9)}${r.seconds.toFixed(0)} s`);
console.log('\nFigures');
for (const r of results) for (const f of r.figures) console.log(`${r.name.padEnd(22)}${f}`);
const skipped = stages.length - results.length;
console.log(`\nnpm test stages: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
