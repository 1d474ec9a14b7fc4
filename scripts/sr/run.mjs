// npm run test:sr: what GNOME Orca says on the built Storybook (scripts/sr/*.sr.ts via all.transcript.ts,
// Vitest project `sr`). Installs Orca on Debian as root like setup:chromium installs Chromium; anywhere Orca
// cannot run it prints one skip line and passes. Ends with the stories, keys and phrases checked, the flaky
// ones and its time.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureScreenReader } from '@aukio/a11y/screen-reader';

const t0 = Date.now();
const reason = ensureScreenReader();
if (reason) {
  console.log(`screen reader: skipped, Orca cannot run here (${reason})`);
  process.exit(0);
}
const storybook = process.env.AUKIO_SR_STORYBOOK ?? 'storybook-static';
if (!existsSync(join(storybook, 'iframe.html'))) {
  console.error(`screen reader: no built Storybook in ${storybook}; run npm run build first`);
  process.exit(1);
}

const dir = mkdtempSync(join(tmpdir(), 'aukio-sr-report-'));
const report = join(dir, 'results.jsonl');
const run = spawnSync('npx', ['vitest', 'run', '--project', 'sr', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, AUKIO_SR_REPORT: report, AUKIO_SR_STORYBOOK: storybook },
});
const results = existsSync(report)
  ? readFileSync(report, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line))
  : [];
rmSync(dir, { recursive: true, force: true });

const keys = results.reduce((n, r) => n + r.steps.length, 0);
const phrases = results.reduce((n, r) => n + r.steps.reduce((m, s) => m + s.phrases, 0), 0);
const flaky = results.filter((r) => r.flaky);
const versions = results[0]?.versions;
for (const r of flaky) console.log(`screen reader: FLAKY ${r.name} passed on the second run; first run: ${r.firstFailure}`);
console.log(
  `screen reader: ${results.length} stories, ${keys} keys, ${phrases} phrases checked with Orca ${versions?.orca ?? '?'} + Chromium ${versions?.chromium ?? '?'}; ` +
    `${flaky.length} flaky; ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
process.exit(run.status ?? 1);
