#!/usr/bin/env node
// aukio-a11y: accessibility regression checks for a team's CI, and accessibility statement drafts.
//
//   aukio-a11y audit (--storybook <dir> | --url <url>... | --sitemap <url|file>) [--modes light,dark,320]
//        [--checks reflow,text-spacing,focus-visible,target-size,keyboard-trap] [--workers 2] [--shard i/n]
//        [--timeout 30000] [--baseline a11y-baseline.json] [--out a11y-report] [--filter text]
//   aukio-a11y statement --audit report.json [--audit more.json] --manual findings.json
//        [--conformance conformance.json] [--out statement]
//
// Exit codes: 0 passed; 1 new violations; 2 bad input or pages that could not be audited.
import { mkdirSync, realpathSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { audit, checks as allChecks, defaultModes, modes as allModes } from './audit.js';
import { loadBaseline } from './baseline.js';
import { InputError } from './json.js';
import { writeReports } from './report.js';
import { buildStatement, checkStatement, languages, loadAuditReports, loadConformance, loadManualFindings, statementMarkdown } from './statement.js';

const usage = `Usage:
  aukio-a11y audit (--storybook <dir> | --url <url>... | --sitemap <url|file>) [options]
    --modes <list>       axe modes, comma-separated (default ${defaultModes.join(',')}):
                         ${Object.keys(allModes).join(', ')}
    --checks <list>      browser checks (default all): ${allChecks.join(', ')}; "none" for none
    --workers <n>        pages audited in parallel (default 2)
    --shard <i/n>        audit the i-th of n parts of the page list (CI runners in parallel)
    --timeout <ms>       time limit per page (default 30000)
    --baseline <file>    accepted known issues (JSON)
    --filter <text>      only pages whose story id or URL contains the text
    --out <dir>          report folder (default a11y-report): report.json, junit.xml, report.html
  aukio-a11y statement --audit <report.json> [--audit <more.json>] --manual <findings.json>
                       [--conformance <conformance.json>] [--out <dir>]
    writes statement.{fi,sv,en}.json (data for AccessibilityStatement) and statement.{fi,sv,en}.md (drafts)
    --conformance <file> the components' conformance records (Aukio's docs/conformance.json): their known
                         issues become non-accessible content, their criteria a section of the drafts
Exit codes: 0 passed, 1 new violations, 2 bad input or pages that could not be audited.`;

/**
 * @param {string[]} argv
 * @returns {{ command: string, flags: Record<string, string[]> }}
 */
export function parseArgs(argv) {
  const [command = '', ...rest] = argv;
  /** @type {Record<string, string[]>} */
  const flags = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    if (!a.startsWith('--')) throw new InputError(`unexpected argument "${a}"\n${usage}`);
    const eq = a.indexOf('=');
    const name = eq > 0 ? a.slice(2, eq) : a.slice(2);
    if (name === 'help') {
      flags.help = ['1'];
      continue;
    }
    let value = eq > 0 ? a.slice(eq + 1) : rest[i + 1];
    if (eq < 0) {
      if (value === undefined || value.startsWith('--')) throw new InputError(`--${name} needs a value\n${usage}`);
      i++;
    }
    // --url takes several addresses: --url a b c
    (flags[name] ??= []).push(value);
    if (name === 'url') while (rest[i + 1] && !rest[i + 1].startsWith('--')) flags.url.push(rest[++i]);
  }
  return { command, flags };
}

const one = (/** @type {Record<string, string[]>} */ f, /** @type {string} */ k) => f[k]?.[f[k].length - 1];
const list = (/** @type {string | undefined} */ v) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);
/** @param {string | undefined} v @param {string} name @param {number} fallback */
function int(v, name, fallback) {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new InputError(`--${name} ${v}: expected a whole number of at least 1`);
  return n;
}

/**
 * Progress: a bar and the current page on a terminal, one line per page otherwise (CI logs).
 * @param {NodeJS.WriteStream} stream
 */
function progress(stream) {
  const tty = !!stream.isTTY;
  let total = 0;
  return {
    onStart: (/** @type {{ total: number }} */ p) => {
      total = p.total;
      stream.write(`Auditing ${total} page(s)\n`);
    },
    onProgress: (/** @type {{ done: number, total: number, page: import('./audit.js').PageResult }} */ { done, page }) => {
      const issues = page.runs.flatMap((r) => r.issues);
      const fresh = issues.filter((i) => i.status === 'new').length;
      const known = issues.length - fresh;
      const state = page.status === 'error' ? `ERROR ${page.error}` : fresh ? `${fresh} new, ${known} known` : known ? `ok (${known} known)` : 'ok';
      if (tty) {
        const width = Math.max(10, Math.min(30, (stream.columns ?? 80) - 50));
        const filled = Math.round((done / Math.max(1, total)) * width);
        const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`;
        const text = `${bar} ${page.page}`.slice(0, (stream.columns ?? 80) - 1);
        if (page.status === 'error' || fresh) stream.write(`\r\x1b[2K${page.page}: ${state}\n`);
        stream.write(`\r\x1b[2K${text}`);
        if (done === total) stream.write('\n');
      } else {
        stream.write(`${done}/${total} ${page.page} ${page.durationMs} ms: ${state}\n`);
      }
    },
  };
}

/** @param {Record<string, string[]>} f */
async function runAudit(f) {
  const baselineFile = one(f, 'baseline');
  const baseline = baselineFile ? loadBaseline(baselineFile) : [];
  const checksFlag = one(f, 'checks');
  const out = resolve(one(f, 'out') ?? 'a11y-report');
  const p = progress(process.stdout);
  const report = await audit({
    storybook: one(f, 'storybook'),
    urls: f.url,
    sitemap: one(f, 'sitemap'),
    filter: one(f, 'filter'),
    modes: list(one(f, 'modes')),
    checks: checksFlag === 'none' ? [] : list(checksFlag),
    workers: int(one(f, 'workers'), 'workers', 2),
    shard: one(f, 'shard'),
    timeout: int(one(f, 'timeout'), 'timeout', 30_000),
    baseline,
    ...p,
  });
  const files = writeReports(report, out);
  const s = report.summary;
  const runs = report.pages.reduce((n, pg) => n + pg.runs.length, 0);
  const checked = report.pages.reduce((n, pg) => n + pg.runs.reduce((k, r) => k + (r.checks?.length ?? 0), 0), 0);
  const lines = [
    `\n${s.pages} page(s), ${s.audited} audited in ${(report.durationMs / 1000).toFixed(1)} s: ${s.new} new violation(s), ${s.advisory} advisory (beyond AA), ${s.known} known, ${s.fixed} fixed.`,
    `Checked: ${s.audited} pages × ${report.modes.length} modes (${report.modes.join(', ')}) = ${runs} axe runs, and ${checked} browser checks (${report.checks.join(', ') || 'none'}).`,
  ];
  for (const e of report.fixed) lines.push(`  fixed: ${e.id} on ${e.page}${e.target ? ` at ${e.target}` : ''} is no longer found; remove it from the baseline${baselineFile ? ` (${baselineFile})` : ''}`);
  for (const pg of report.pages.filter((x) => x.status === 'error')) lines.push(`  not audited: ${pg.page} (${pg.url}): ${pg.error}`);
  for (const pg of report.pages) {
    for (const r of pg.runs) {
      for (const i of r.issues) {
        if (i.status !== 'new') continue;
        const kind = i.advisory ? 'advisory' : 'new';
        lines.push(`  ${kind}: ${pg.page} [${r.mode}] ${i.id} WCAG ${i.wcag.join(', ') || 'best practice'}${i.level ? ` (${i.level})` : ''} (${i.impact ?? '-'}) ${i.target}${i.helpUrl ? ` ${i.helpUrl}` : ''}`);
      }
    }
  }
  lines.push(`Reports: ${files.html}, ${files.junit}, ${files.json}`);
  process.stdout.write(`${lines.join('\n')}\n`);
  return s.errors ? 2 : s.passed ? 0 : 1;
}

/** @param {Record<string, string[]>} f */
function runStatement(f) {
  const manualFile = one(f, 'manual');
  if (!manualFile) throw new InputError(`statement: --manual <findings.json> is required\n${usage}`);
  const manual = loadManualFindings(manualFile);
  const report = f.audit?.length ? loadAuditReports(f.audit) : undefined;
  const conformanceFile = one(f, 'conformance');
  const conformance = conformanceFile ? loadConformance(conformanceFile) : undefined;
  const out = resolve(one(f, 'out') ?? 'statement');
  mkdirSync(out, { recursive: true });
  const written = [];
  for (const lang of languages) {
    const data = buildStatement(report, manual, lang, { conformance });
    const problems = checkStatement(data);
    if (problems.length) throw new InputError(`${manualFile}: the statement (${lang}) is not valid: ${problems.join('; ')}`);
    writeFileSync(join(out, `statement.${lang}.json`), `${JSON.stringify(data, null, 2)}\n`);
    writeFileSync(join(out, `statement.${lang}.md`), statementMarkdown(data, lang, { conformance }));
    written.push(`statement.${lang}.json`, `statement.${lang}.md`);
  }
  process.stdout.write(`Wrote ${written.join(', ')} to ${out}\n`);
  return 0;
}

/**
 * Runs the command line; returns the exit code.
 * @param {string[]} argv
 */
export async function main(argv) {
  try {
    const { command, flags } = parseArgs(argv);
    if (flags.help || !command || command === 'help' || command === '--help') {
      process.stdout.write(`${usage}\n`);
      return command ? 0 : 2;
    }
    if (command === 'audit') return await runAudit(flags);
    if (command === 'statement') return runStatement(flags);
    throw new InputError(`unknown command "${command}"\n${usage}`);
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`aukio-a11y: ${e.message}\n`);
      return 2;
    }
    process.stderr.write(`aukio-a11y: ${/** @type {Error} */ (e).stack ?? e}\n`);
    return 2;
  }
}

// Run when started as a program (also through the npm bin symlink), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(resolve(process.argv[1]))).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
