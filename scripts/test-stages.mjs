// npm test: runs every stage in order, stops at the first failure, and prints how long each took.
// The stages are npm scripts of the root package.json, so each can also be run alone.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

const stages = [
  ['setup:chromium', 'find or install Chromium'],
  ['build:tokens', 'design tokens (Style Dictionary)'],
  ['typecheck', 'TypeScript, strict, incl. type tests of required names'],
  // ESLint and tsc each keep one core busy: the linter takes the other.
  ['lint', 'ESLint with jsx-a11y (strict)', { beside: 'typecheck' }],
  ['test:conventions', 'every component has stories, axe test, docs; locales complete; exports map'],
  ['test:unit', 'jsdom: behaviour, jest-axe, fuzzed props, tokens contrast, @aukio/a11y'],
  ['test:react18', 'the unit tests again on React 18.3'],
  ['test:stories', 'every story in Chromium with axe: light, dark and high contrast, and 320 CSS px with 200 % text'],
  ['test:ssr', 'every story server-rendered and hydrated in Chromium'],
  ['test:gate', 'the gate fails on planted violations'],
  ['build', 'packages and the static Storybook'],
  ['test:docs', 'every docs page of the built Storybook in Chromium, in light and at 320 px in Finnish, dark in Swedish and 320 px in English: raw Markdown, console errors, failed stories, axe, sideways scrolling'],
  ['test:size', 'size budgets; no development code in production bundles'],
  ['test:csp', 'every story under a strict Content-Security-Policy'],
  // publint and attw (one core) beside the CSP check's browser.
  ['test:packages', 'publint and attw on every package', { beside: 'test:csp' }],
  ['test:sr', 'GNOME Orca in a real Chromium window: what a screen-reader user hears, key by key, on the built Storybook'],
  ['test:audit', 'aukio-a11y audit of the built Storybook with an empty baseline, in 5 modes: focus by pixels in 4 colour modes, reflow, text spacing, targets, keyboard traps; axe in forced colours (the story tests and the docs-site check run it in the others)'],
  // `beside`: runs while that stage runs, its output held and printed when both have ended. The screen-reader
  // stage mostly waits for Orca to speak (one of the two cores stays idle), so the two example apps, which need
  // nothing from it, use that time instead of adding theirs after it.
  ['test:example', 'the example city service end to end', { beside: 'test:sr' }],
  ['test:next', 'the Next.js App Router example from packed tarballs: npm ci, next build, Server Components, server actions, consent, in Chromium', { beside: 'test:sr' }],
  // Measured beside the screen reader on this 2-core machine: example 57 s, next 44 s, visual 166 s, while the
  // screen-reader stage took 448 s (443 s without them) with the same 2 first-look retries as alone.
  ['test:visual', 'visual regression: every States story in Chromium, 3 themes, forced colours on a dark and a light palette, 1280 and 320 CSS px, 200 % text, against visual-baselines/', { beside: 'test:sr' }],
];

const started = Date.now();
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

/**
 * Runs a stage, passing its output through (or into `held`, for a stage that runs beside another) and keeping
 * its figure lines.
 */
function run(name, held) {
  return new Promise((done) => {
    const child = spawn('npm', ['run', '--silent', name], { stdio: ['inherit', 'pipe', held ? 'pipe' : 'inherit'] });
    const figures = [];
    let rest = '';
    if (held) child.stderr.on('data', (chunk) => held.push(chunk));
    child.stdout.on('data', (chunk) => {
      if (held) held.push(chunk);
      else process.stdout.write(chunk);
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
/** Runs one stage and records its result. */
async function stage(name, held) {
  const t0 = Date.now();
  const r = await run(name, held);
  const seconds = (Date.now() - t0) / 1000;
  return { name, ok: r.status === 0, seconds, figures: r.figures };
}
for (const [name, what, options] of stages) {
  if (options?.beside) continue; // started with the stage it runs beside
  const besides = stages.filter(([, , o]) => o?.beside === name);
  console.log(`\n▶ ${name} — ${what}${besides.length ? ` (beside it: ${besides.map(([n]) => n).join(', ')}, printed after it)` : ''}`);
  const held = besides.map(() => []);
  // The stages beside this one run one after another (each stops the chain if it fails, like the main line).
  const beside = (async () => {
    const out = [];
    for (const [k, [n]] of besides.entries()) {
      const r = await stage(n, held[k]);
      out.push(r);
      if (!r.ok && !process.env.AUKIO_TEST_CONTINUE) break;
    }
    return out;
  })();
  results.push(await stage(name));
  const others = await beside;
  for (const [k, r] of others.entries()) {
    const [n, w] = besides[k];
    console.log(`\n▶ ${n} — ${w} (ran beside ${name})`);
    process.stdout.write(Buffer.concat(held[k].map((c) => Buffer.from(c))));
    results.push(r);
  }
  // AUKIO_TEST_CONTINUE=1 runs the remaining stages after a failure (to see every failure in one run).
  if (results.some((r) => !r.ok) && !process.env.AUKIO_TEST_CONTINUE) break;
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('\nStage                 Result   Time');
const besideOf = Object.fromEntries(stages.filter(([, , o]) => o?.beside).map(([n, , o]) => [n, o.beside]));
for (const r of results) console.log(`${r.name.padEnd(22)}${(r.ok ? 'passed' : 'FAILED').padEnd(9)}${r.seconds.toFixed(0)} s${besideOf[r.name] ? ` (beside ${besideOf[r.name]})` : ''}`);
console.log(`Wall time of the stages: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log('\nFigures');
for (const r of results) for (const f of r.figures) console.log(`${r.name.padEnd(22)}${f}`);
const skipped = stages.length - results.length;
console.log(`\nnpm test stages: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
