// npm test: runs every stage in order, stops at the first failure, and prints how long each took.
// The stages are npm scripts of the root package.json, so each can also be run alone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const stages = [
  ['setup:chromium', 'find or install Chromium'],
  ['build:tokens', 'design tokens (Style Dictionary)'],
  ['lint', 'ESLint with jsx-a11y (strict)'],
  ['typecheck', 'TypeScript, strict, incl. type tests of required names'],
  ['test:conventions', 'every component has stories, axe test, docs; locales complete; exports map'],
  ['test:unit', 'jsdom: behaviour, jest-axe, fuzzed props, tokens contrast, @aukio/a11y'],
  ['test:react18', 'the unit tests again on React 18.3'],
  ['test:stories', 'every story in Chromium with axe: light, then dark and high contrast'],
  ['test:ssr', 'every story server-rendered and hydrated in Chromium'],
  ['test:gate', 'the gate fails on planted violations'],
  ['build', 'packages and the static Storybook'],
  ['test:packages', 'publint and attw on every package'],
  ['test:size', 'size budgets; no development code in production bundles'],
  ['test:csp', 'every story under a strict Content-Security-Policy'],
  ['test:example', 'the example city service end to end'],
];

const defined = JSON.parse(readFileSync('package.json', 'utf8')).scripts;
const missing = stages.filter(([name]) => !defined[name]).map(([name]) => name);
if (missing.length) {
  console.error(`npm test: stages without an npm script: ${missing.join(', ')}`);
  process.exit(1);
}

const results = [];
for (const [name, what] of stages) {
  console.log(`\n▶ ${name} — ${what}`);
  const t0 = Date.now();
  const r = spawnSync('npm', ['run', '--silent', name], { stdio: 'inherit' });
  const seconds = (Date.now() - t0) / 1000;
  results.push({ name, ok: r.status === 0, seconds });
  if (r.status !== 0) break;
}
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log('\nStage                 Result   Time');
for (const r of results) console.log(`${r.name.padEnd(22)}${(r.ok ? 'passed' : 'FAILED').padEnd(9)}${r.seconds.toFixed(0)} s`);
const skipped = stages.length - results.length;
console.log(`\nnpm test stages: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
