// npm run reliability: runs the robustness checks and writes their figures to docs/reliability.md.
// The same checks run in npm test; this script only counts and records them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dir = mkdtempSync(join(tmpdir(), 'aukio-reliability-'));
const run = (args, env = {}) =>
  spawnSync('npx', args, { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', ...env }, maxBuffer: 64 * 1024 * 1024 });
const vitestJson = (project, file, env) => {
  const out = join(dir, `${project}.json`);
  const r = run(['vitest', 'run', '--project', project, ...(file ? [file] : []), '--reporter=json', `--outputFile=${out}`], env);
  const report = JSON.parse(readFileSync(out, 'utf8'));
  return { ok: r.status === 0, passed: report.numPassedTests, failed: report.numFailedTests, total: report.numTotalTests };
};

const statsFile = join(dir, 'fuzz.json');
const fuzz = vitestJson('unit', 'packages/react/test/fuzz.test.tsx', { AUKIO_FUZZ_STATS: statsFile });
const stats = JSON.parse(readFileSync(statsFile, 'utf8'));
const ssr = vitestJson('ssr');
const csp = run(['node', 'scripts/csp-check.mjs']);
const cspLine = (csp.stdout.match(/csp check: (\d+) stories .*: (\d+) violations/) ?? []).slice(1).map(Number);
const unit = vitestJson('unit');
rmSync(dir, { recursive: true, force: true });

const rows = Object.entries(stats.perComponent)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, s]) => `| ${name} | ${s.stories} | ${s.cases} |`)
  .join('\n');
const md = `# Reliability

Refreshed by \`npm run reliability\` on ${new Date().toISOString().slice(0, 10)}. Every check below also runs in
\`npm test\`, where any failure fails the build.

| Check | What runs | Result |
| --- | --- | --- |
| Property-based props (fast-check, jsdom) | every story's text props replaced by random valid text (unicode, right-to-left, very long words, markup-like strings, empty optional texts), two instances per page: no throw, every control named, generated ids unique, markup rendered as text, jest-axe clean | ${stats.stories} stories, ${stats.cases} cases: ${fuzz.failed} failed |
| Server rendering and hydration (Chromium) | every story \`renderToString\` → \`hydrateRoot\` under StrictMode, any React error, warning or recoverable error fails | ${ssr.total} stories: ${ssr.passed} passed, ${ssr.failed} failed |
| Strict CSP (Chromium) | every story server-rendered and hydrated on a page served with \`default-src 'self'; style-src 'self'; script-src 'self'\` | ${cspLine[0] ?? '?'} stories: ${cspLine[1] ?? '?'} \`securitypolicyviolation\` events |
| Unit tests (jsdom, incl. development-warning tests) | behaviour, jest-axe, misuse warnings (missing name, Dialog without title, ErrorSummary link to a missing field, duplicate id, Table without caption) | ${unit.total} tests: ${unit.passed} passed, ${unit.failed} failed |
| No \`dangerouslySetInnerHTML\` | ESLint \`no-restricted-syntax\` over the packages | enforced by \`npm run lint\` |

## Fuzz cases per component

| Component | Stories | Cases |
| --- | --- | --- |
${rows}

## Failures found

Failures the checks found while they were written, and fixed: the fuzz test's first run flagged that two copies
of a page-level story repeat its landmarks (a property of the test, now run on one copy for axe), and that a
Button given an empty text has no name (the types forbid it; the development warning reports it).
`;
writeFileSync('docs/reliability.md', md);
console.log(md.split('\n').slice(0, 12).join('\n'));
const failed = !fuzz.ok || !ssr.ok || csp.status !== 0 || !unit.ok;
process.exit(failed ? 1 : 0);
