#!/usr/bin/env node
// aukio-a11y: accessibility regression checks for a team's CI, and accessibility statement drafts.
//
//   aukio-a11y audit (--storybook <dir> | --url <url>... | --sitemap <url|file>) [--modes light,dark,320]
//        [--axe-modes light] [--checks reflow,text-spacing,focus-visible,target-size,keyboard-trap] [--workers 2] [--shard i/n]
//        [--timeout 30000] [--baseline a11y-baseline.json] [--out a11y-report] [--filter text]
//   aukio-a11y statement --audit report.json [--audit more.json] --manual findings.json
//        [--conformance conformance.json] [--out statement]
//
// Exit codes: 0 passed; 1 new violations; 2 bad input or pages that could not be audited.
import { existsSync, mkdirSync, realpathSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs as parseNodeArgs } from 'node:util';
import { audit as runAuditDefault, checks as allChecks, defaultModes, modes as allModes, readSitemap, shardList } from './audit.ts';
import { loadBaseline } from './baseline.ts';
import { InputError } from './json.ts';
import { writeReports } from './report.ts';
import { editDistance } from './schema.ts';
import { buildStatement, checkStatement, languages, loadAuditReports, loadConformance, loadManualFindings, statementMarkdown } from './statement.ts';

const usage = `Usage:
  aukio-a11y audit (--storybook <dir> | --url <url> [--url <url>...] | --sitemap <url|file>) [options]
    --modes <list>       axe modes, comma-separated (default ${defaultModes.join(',')}):
                         ${Object.keys(allModes).join(', ')}
    --axe-modes <list>   the modes (of --modes) axe runs in (default all of them); "none" for none. The
                         browser checks still run in every mode. For a CI whose own tests already run axe
                         over the same stories in some modes
    --checks <list>      browser checks (default all): ${allChecks.join(', ')}; "none" for none
    --workers <n>        pages audited in parallel (default 2, at most 32)
    --shard <i/n>        audit the i-th of n parts of the page list (CI runners in parallel)
    --timeout <ms>       time limit per page (default 30000, at least 1000)
    --baseline <file>    accepted known issues (JSON, schemas/baseline.schema.json)
    --filter <text>      only pages whose story id or URL contains the text
    --exclude-tag <tag>  with --storybook: leave out stories with this tag (repeatable), e.g. overview stories
                         made for screenshots whose states other stories show one by one
    --fail-on-advisory   also fail on findings beyond AA (2.4.13 Focus Appearance, AAA); by default they are
                         reported as advisory and do not fail the run
    --out <dir>          report folder (default a11y-report): report.json, junit.xml, report.html
  aukio-a11y statement --manual <findings.json> [--audit <report.json>...] [--conformance <conformance.json>]
                       [--out <dir>]
    writes statement.{fi,sv,en}.json (data for AccessibilityStatement) and statement.{fi,sv,en}.md (drafts)
    --conformance <file> the components' conformance records (Aukio's docs/conformance.json): their known
                         issues become non-accessible content, their criteria a section of the drafts
Exit codes: 0 passed, 1 new violations, 2 bad input or pages that could not be audited.`;

/**
 * The options of each command, for node:util parseArgs in strict mode.
 */
const commands: Record<string, Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>> = {
  audit: {
    storybook: { type: 'string' },
    url: { type: 'string', multiple: true },
    sitemap: { type: 'string' },
    modes: { type: 'string' },
    'axe-modes': { type: 'string' },
    checks: { type: 'string' },
    workers: { type: 'string' },
    shard: { type: 'string' },
    timeout: { type: 'string' },
    baseline: { type: 'string' },
    filter: { type: 'string' },
    'exclude-tag': { type: 'string', multiple: true },
    out: { type: 'string' },
    'fail-on-advisory': { type: 'boolean' },
    help: { type: 'boolean' },
  },
  statement: {
    manual: { type: 'string' },
    audit: { type: 'string', multiple: true },
    conformance: { type: 'string' },
    out: { type: 'string' },
    help: { type: 'boolean' },
  },
};

/**
 * Parses the command line strictly: an unknown option, a missing value, a value given twice or a stray word is
 * an InputError naming it (with the nearest known option for a misspelt one).
 */
export function parseArgs(argv: string[]): { command: string, flags: Record<string, string | string[] | boolean | undefined> } {
  const [command = '', ...rest] = argv;
  if (command === 'help' || command === '--help' || command === '-h') return { command: 'help', flags: {} };
  const options = commands[command];
  if (!options) throw new InputError(command ? `unknown command "${command}"; the commands are audit and statement` : 'no command given; the commands are audit and statement');
  let parsed: ReturnType<typeof parseNodeArgs>;
  try {
    parsed = parseNodeArgs({ args: rest, options, strict: true, allowPositionals: false, allowNegative: false });
  } catch (e) {
    throw new InputError(`${command}: ${argumentProblem((e as Error & { code?: string }), Object.keys(options))}`);
  }
  const flags = (parsed.values as Record<string, string | string[] | boolean | undefined>);
  for (const [name, value] of Object.entries(flags)) {
    if (!options[name].multiple && typeof value === 'string' && rest.filter((a) => a === `--${name}` || a.startsWith(`--${name}=`)).length > 1) {
      throw new InputError(`${command}: --${name} is given more than once`);
    }
    if (typeof value === 'string' && value.trim() === '') throw new InputError(`${command}: --${name} needs a value, got an empty one`);
    if (Array.isArray(value) && value.some((v) => v.trim() === '')) throw new InputError(`${command}: --${name} needs a value, got an empty one`);
  }
  return { command, flags };
}

/**
 * One message for a parseArgs error.
 */
function argumentProblem(e: Error & { code?: string }, known: string[]) {
  const msg = e.message.split('\n')[0];
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    const name = (/'(-{1,2}[^']*)'/.exec(msg)?.[1] ?? '').replace(/^-+/, '').split('=')[0];
    const near = known.filter((k) => editDistance(k, name) <= 2).sort((a, b) => editDistance(a, name) - editDistance(b, name))[0];
    return `unknown option --${name}${near ? ` (did you mean --${near}?)` : ''}; the options are ${known.map((k) => `--${k}`).join(', ')}`;
  }
  if (e.code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    const word = /'([^']*)'/.exec(msg)?.[1] ?? '';
    return `unexpected argument "${word}"; values follow their option (--url <url>, once per address)`;
  }
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    const name = /--([\w-]+)/.exec(msg)?.[1] ?? '';
    return /does not take an argument/.test(msg) ? `--${name} takes no value` : `--${name} needs a value`;
  }
  return msg;
}

const one = (v: unknown) => (typeof v === 'string' ? v : undefined);
const many = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const list = (v: string | undefined) => (v === undefined ? undefined : v.split(',').map((s) => s.trim()));

function int(v: string | undefined, name: string, fallback: number, min: number, max: number) {
  if (v === undefined) return fallback;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new InputError(`--${name} ${JSON.stringify(v)}: expected a whole number from ${min} to ${max}`);
  return n;
}

/**
 * Every name of a comma-separated list must be one of `known`.
 */
function names(names: string[] | undefined, known: string[], flag: string) {
  if (!names) return undefined;
  if (names.length === 0 || names.some((n) => n === '')) throw new InputError(`--${flag}: an empty name in the list; the names are ${known.join(', ')}`);
  for (const n of names) if (!known.includes(n)) throw new InputError(`--${flag}: unknown name "${n}"; the names are ${known.join(', ')}`);
  if (new Set(names).size !== names.length) throw new InputError(`--${flag}: a name is given twice`);
  return names;
}

/**
 * The report folder: created only when the command has written nothing else yet; it must not be a file.
 */
function outDir(dir: string) {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new InputError(`--out ${dir}: exists and is not a folder`);
  return dir;
}

/**
 * Writes files all or nothing: each to a temporary name first, then all renamed into place.
 * @param files  name -> content
 */
function writeAll(dir: string, files: Record<string, string>) {
  mkdirSync(dir, { recursive: true });
  const temp = Object.keys(files).map((name) => join(dir, `.${name}.${process.pid}.tmp`));
  try {
    Object.values(files).forEach((content, i) => writeFileSync(temp[i], content));
    Object.keys(files).forEach((name, i) => renameSync(temp[i], join(dir, name)));
  } catch (e) {
    for (const t of temp) rmSync(t, { force: true });
    throw new InputError(`--out ${dir}: cannot write the files (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
}

/**
 * Progress: a bar and the current page on a terminal, one line per page otherwise (CI logs).
 */
function progress(stream: NodeJS.WritableStream & { isTTY?: boolean, columns?: number }) {
  const tty = !!stream.isTTY;
  let total = 0;
  return {
    onStart: (p: { total: number }) => {
      total = p.total;
      stream.write(`Auditing ${total} page(s)\n`);
    },
    onProgress: ({ done, page }: { done: number, total: number, page: import('./audit.ts').PageResult }) => {
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

async function runAudit(f: Record<string, unknown>, io: Io) {
  // Every input is checked before a browser starts or a file is written.
  const sources = [f.storybook !== undefined, many(f.url).length > 0, f.sitemap !== undefined].filter(Boolean).length;
  if (sources === 0) throw new InputError('audit: nothing to audit; give --storybook <dir>, --url <url> or --sitemap <url|file>');
  if (f.storybook !== undefined && sources > 1) throw new InputError('audit: --storybook cannot be combined with --url or --sitemap');
  for (const u of many(f.url)) {
    let ok = false;
    try {
      ok = ['http:', 'https:', 'file:'].includes(new URL(u).protocol);
    } catch {
      ok = false;
    }
    if (!ok) throw new InputError(`--url ${JSON.stringify(u)}: not an http(s) address`);
  }
  const storybook = one(f.storybook);
  if (storybook !== undefined && !existsSync(join(storybook, 'index.json'))) throw new InputError(`--storybook ${storybook}: no index.json there; is it a built Storybook (storybook build)?`);
  const sitemap = one(f.sitemap);
  if (sitemap !== undefined && !/^https?:\/\//.test(sitemap) && !existsSync(sitemap)) throw new InputError(`--sitemap ${sitemap}: no such file, and not an http(s) address`);
  // The sitemap is read (and its XML checked) before a browser starts.
  const urls = [...many(f.url), ...(sitemap !== undefined ? await readSitemap(sitemap) : [])];
  const baselineFile = one(f.baseline);
  const baseline = baselineFile ? loadBaseline(baselineFile) : [];
  const checksFlag = one(f.checks);
  const checks = checksFlag === 'none' ? [] : names(list(checksFlag), allChecks, 'checks');
  const modes = names(list(one(f.modes)), Object.keys(allModes), 'modes');
  const axeModesFlag = one(f['axe-modes']);
  const axeModes = axeModesFlag === undefined ? undefined : axeModesFlag === 'none' ? [] : names(list(axeModesFlag), Object.keys(allModes), 'axe-modes');
  const audited = modes ?? [...defaultModes];
  for (const m of axeModes ?? []) if (!audited.includes(m)) throw new InputError(`--axe-modes: "${m}" is not one of the audited modes (${audited.join(', ')})`);
  const shard = one(f.shard);
  if (shard !== undefined) shardList([], shard);
  const workers = int(one(f.workers), 'workers', 2, 1, 32);
  const timeout = int(one(f.timeout), 'timeout', 30_000, 1000, 3_600_000);
  const out = outDir(resolve(one(f.out) ?? 'a11y-report'));
  const p = progress(io.stdout);
  const report = await io.audit({
    storybook,
    urls,
    filter: one(f.filter),
    excludeTags: many(f['exclude-tag']),
    modes,
    ...(axeModes ? { axeModes } : {}),
    checks,
    workers,
    shard,
    timeout,
    baseline,
    failOnAdvisory: f['fail-on-advisory'] === true,
    ...p,
  });
  const files = writeReports(report, out);
  const s = report.summary;
  const runs = report.pages.reduce((n, pg) => n + pg.runs.filter((r) => r.axe !== false).length, 0);
  const axeIn = report.axeModes ?? report.modes;
  const axeNote = axeIn.length === report.modes.length ? '' : ` (axe in ${axeIn.join(', ') || 'none'})`;
  const checked = report.pages.reduce((n, pg) => n + pg.runs.reduce((k, r) => k + (r.checks?.length ?? 0), 0), 0);
  const lines = [
    `\n${s.pages} page(s), ${s.audited} audited in ${(report.durationMs / 1000).toFixed(1)} s: ${s.new} new violation(s), ${s.advisory} advisory (beyond AA${f['fail-on-advisory'] ? ', failing the run' : ''}), ${s.known} known, ${s.fixed} fixed.`,
    `Checked: ${s.audited} pages × ${report.modes.length} modes (${report.modes.join(', ')}) = ${runs} axe runs${axeNote}, and ${checked} browser checks (${report.checks.join(', ') || 'none'}).`,
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
  io.stdout.write(`${lines.join('\n')}\n`);
  return s.errors ? 2 : s.passed ? 0 : 1;
}

function runStatement(f: Record<string, unknown>, io: Io) {
  const manualFile = one(f.manual);
  if (!manualFile) throw new InputError('statement: --manual <findings.json> is required');
  const manual = loadManualFindings(manualFile);
  const auditFiles = many(f.audit);
  const report = auditFiles.length ? loadAuditReports(auditFiles) : undefined;
  const conformanceFile = one(f.conformance);
  const conformance = conformanceFile ? loadConformance(conformanceFile) : undefined;
  const out = outDir(resolve(one(f.out) ?? 'statement'));
  const files: Record<string, string> = {};
  for (const lang of languages) {
    const data = buildStatement(report, manual, lang, { conformance });
    const problems = checkStatement(data);
    if (problems.length) throw new InputError(`${manualFile}: the statement (${lang}) is not valid: ${problems.join('; ')}`);
    files[`statement.${lang}.json`] = `${JSON.stringify(data, null, 2)}\n`;
    files[`statement.${lang}.md`] = statementMarkdown(data, lang, { conformance });
  }
  // Nothing is written unless every language was built.
  writeAll(out, files);
  io.stdout.write(`Wrote ${Object.keys(files).join(', ')} to ${out}\n`);
  return 0;
}

export type Io = { stdout: NodeJS.WritableStream & { isTTY?: boolean, columns?: number }, stderr: NodeJS.WritableStream, audit: typeof runAuditDefault };

/**
 * Runs the command line; returns the exit code. Never throws: every problem is one line on stderr (the
 * stack of an unexpected error only with AUKIO_A11Y_DEBUG=1).
 */
export async function main(argv: string[], io: Partial<Io> = {}) {
  const use: Io = { stdout: process.stdout, stderr: process.stderr, audit: runAuditDefault, ...io };
  try {
    const { command, flags } = parseArgs(argv);
    if (command === 'help' || flags.help) {
      use.stdout.write(`${usage}\n`);
      return 0;
    }
    if (command === 'audit') return await runAudit(flags, use);
    return runStatement(flags, use);
  } catch (e) {
    if (e instanceof InputError) {
      use.stderr.write(`aukio-a11y: ${e.message}\n${e.message.includes('\n') ? '' : 'Run aukio-a11y --help for the options.\n'}`);
      return 2;
    }
    const err = (e as Error);
    use.stderr.write(`aukio-a11y: internal error: ${err?.message ?? String(e)}${process.env.AUKIO_A11Y_DEBUG ? `\n${err?.stack}` : ' (AUKIO_A11Y_DEBUG=1 shows where)'}\n`);
    return 2;
  }
}
// Run when started as a program (also through the npm bin symlink), not when imported.
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(resolve(process.argv[1]))).href) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
