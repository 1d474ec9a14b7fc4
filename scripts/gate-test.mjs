// Proves the accessibility gate cannot silently turn off: runs the fixture stories in scripts/gate/fixtures
// through the project's own Storybook and axe configuration in Chromium and requires that the broken
// fixtures fail for the right axe rule and the control fixture passes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const expectations = {
  'Unlabelled Input': { fails: true, rule: '(label)' },
  'Low Contrast Text': { fails: true, rule: '(color-contrast)' },
  Control: { fails: false },
};

const dir = mkdtempSync(join(tmpdir(), 'aukio-gate-'));
const out = join(dir, 'gate.json');
const run = spawnSync('npx', ['vitest', 'run', '--project', 'gate', '--reporter=json', `--outputFile=${out}`], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, FORCE_COLOR: '0' },
});

const problems = [];
let report;
try {
  report = JSON.parse(readFileSync(out, 'utf8'));
} catch {
  console.error(`gate test: vitest wrote no report (exit ${run.status})`);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (run.status === 0) problems.push('the gate run exited 0 although fixtures are broken');
const results = report.testResults.flatMap((file) => file.assertionResults);
for (const [title, want] of Object.entries(expectations)) {
  const r = results.find((a) => a.title === title);
  if (!r) {
    problems.push(`fixture story "${title}" did not run`);
    continue;
  }
  const failed = r.status === 'failed';
  const messages = (r.failureMessages ?? []).join('\n');
  if (want.fails && !failed) problems.push(`"${title}" passed, but it must fail axe rule ${want.rule}`);
  if (want.fails && failed && !messages.includes(want.rule)) problems.push(`"${title}" failed, but not for axe rule ${want.rule}`);
  if (!want.fails && failed) problems.push(`control story "${title}" failed: ${messages.slice(0, 300)}`);
}

if (problems.length) {
  console.error(`gate test FAILED:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`gate test: ${Object.keys(expectations).length} passed, 0 failed (label and color-contrast violations fail the story tests; the control passes)`);
