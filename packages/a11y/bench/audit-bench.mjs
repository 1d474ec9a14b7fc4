// Pages audited per minute with 1, 2 and 4 workers over a built Storybook (not a timed test: figures depend on
// the machine and what else runs on it).
//
// Usage: node packages/a11y/bench/audit-bench.mjs [--dir storybook-static] [--pages 12] [--modes light]
//        [--checks reflow,text-spacing,focus-visible,target-size,keyboard-trap] [--workers 1,2,4]
//        (build the Storybook first: npx storybook build --quiet -o storybook-static)
import { existsSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { audit, checks as allChecks } from '../src/audit.ts';
import { chromiumLaunchOptions } from '../src/chromium.ts';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback */
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(opt('dir', 'storybook-static'));
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`${dir}/index.json not found: build the Storybook first (npx storybook build --quiet -o storybook-static)`);
  process.exit(2);
}
const pages = Number(opt('pages', '12'));
const modes = opt('modes', 'light').split(',');
const checksOpt = opt('checks', allChecks.join(','));
const checks = checksOpt === 'none' ? [] : checksOpt.split(',');
const workerCounts = opt('workers', '1,2,4').split(',').map(Number);

// Take `pages` stories spread over the whole list: a shard of the right size.
const { storybookTargets } = await import('../src/audit.ts');
const total = storybookTargets(dir, 'http://x').length;
const n = Math.max(1, Math.floor(total / Math.max(1, pages)));

console.log(`${cpus().length} CPU(s), load ${loadavg().map((l) => l.toFixed(1)).join(' ')}; ${total} stories, auditing every ${n}th (shard 1/${n}); modes ${modes.join(',')}; checks ${checks.join(',') || 'none'}`);
const browser = await chromium.launch(chromiumLaunchOptions());
const rows = [];
try {
  for (const workers of workerCounts) {
    const started = Date.now();
    const report = await audit({ browser, storybook: dir, shard: `1/${n}`, modes, checks, workers, timeout: 120_000 });
    const minutes = (Date.now() - started) / 60_000;
    const row = {
      workers,
      pages: report.summary.pages,
      errors: report.summary.errors,
      seconds: +(minutes * 60).toFixed(1),
      pagesPerMinute: +(report.summary.audited / minutes).toFixed(1),
      load: loadavg()[0].toFixed(1),
    };
    rows.push(row);
    console.log(JSON.stringify(row));
    for (const p of report.pages.filter((x) => x.status === 'error')) console.log(`  not audited: ${p.page}: ${p.error}`);
  }
} finally {
  await browser.close();
}
console.table(rows);
