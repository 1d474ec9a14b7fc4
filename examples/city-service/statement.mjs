// Regenerates a11y/statement.json, the data of the /fi|sv|en/accessibility page:
//   1. builds the example and starts its server on a free port,
//   2. runs the @aukio/a11y audit (axe in the light, dark and 320 px modes, plus the browser checks) over every
//      page of the flow in Finnish, Swedish and English (server.mjs `pageIds`; sessions are seeded with a
//      sample application so the check, "My data" and confirmation pages are audited with content),
//   3. runs the statement generator with the audit and a11y/manual-findings.json, for each language,
//   4. writes a11y/statement.json: the statements, and the audit's page list and issues they were made from
//      (test/statement.test.ts checks that the list matches the routes and that the file is up to date).
// Run: npm run statement -w @aukio/example-city-service   (about a minute or two on a 2-core machine)
// Exit code: 0 written, no violations; 1 written, but the audit found violations (listed in the statement);
// 2 pages could not be audited or the data is invalid (nothing written).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { audit } from '@aukio/a11y/audit';
import { chromiumLaunchOptions } from '@aukio/a11y/chromium';
import { chromium } from 'playwright';
import { buildStatement, checkStatement, languages, loadManualFindings } from '@aukio/a11y/statement';

const here = new URL('.', import.meta.url);
const manualFile = fileURLToPath(new URL('a11y/manual-findings.json', here));
const outFile = fileURLToPath(new URL('a11y/statement.json', here));
export const auditModes = ['light', 'dark', '320'];

/** The sample application every audited session starts with. */
const seed = {
  answers: {
    givenName: 'Maija', familyName: 'Meikäläinen', email: 'maija@example.fi', phone: '040 123 4567',
    street: 'Esimerkkikatu 1 A 2', postalCode: '00100', city: 'Helsinki', reg: 'ABC-123',
    'start-day': '1', 'start-month': '6', 'start-year': '2027', contact: 'sms',
  },
  file: { name: 'rekisteriote.pdf', size: 48_213 },
  reference: 'AP-2026-0A1B2C',
};

/** What the statement is made from, without the screenshots and HTML excerpts of the full report. */
export function compactReport(report) {
  return {
    tool: report.tool,
    startedAt: report.startedAt,
    modes: report.modes,
    checks: report.checks,
    summary: report.summary,
    pages: report.pages.map((p) => ({
      page: p.page,
      status: p.status,
      ...(p.error ? { error: p.error } : {}),
      runs: p.runs.map((r) => ({
        mode: r.mode,
        issues: r.issues.map(({ id, kind, page, mode, impact, target, wcag, help, status, baseline }) => ({ id, kind, page, mode, impact, target, wcag, help, status, ...(baseline ? { baseline } : {}) })),
      })),
    })),
  };
}

async function main() {
  execFileSync(process.execPath, ['build.mjs'], { cwd: fileURLToPath(here), stdio: 'inherit' });
  const manual = loadManualFindings(manualFile);
  const { startServer, pageIds, languages: langs, pagePath } = await import('./server.mjs');
  const server = await startServer(0, { seed });
  const origin = `http://localhost:${server.address().port}`;
  const paths = langs.flatMap((lang) => pageIds.map((id) => pagePath(lang, id)));
  // The audit's browser checks add a <style> element (text spacing), which the example's strict CSP rightly
  // blocks. The audit takes a browser but not context options, so its contexts get `bypassCSP` here: the pages
  // are audited exactly as served, the CSP is only not enforced against the audit's own injected style.
  const real = await chromium.launch(chromiumLaunchOptions());
  const browser = new Proxy(real, {
    get(target, key) {
      if (key === 'newContext') return (options = {}) => target.newContext({ ...options, bypassCSP: true });
      const value = Reflect.get(target, key);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  let report;
  try {
    report = await audit({
      browser,
      timeout: 120_000,
      urls: paths.map((p) => origin + p),
      modes: auditModes,
      workers: 2,
      onStart: ({ total }) => console.log(`Auditing ${total} pages in ${auditModes.join(', ')}`),
      onProgress: ({ done, total, page }) => {
        const issues = page.runs.reduce((n, r) => n + r.issues.length, 0);
        console.log(`${done}/${total} ${page.page} ${page.durationMs} ms: ${page.status === 'error' ? `ERROR ${page.error}` : issues ? `${issues} issue(s)` : 'ok'}`);
      },
    });
  } finally {
    await real.close();
    await new Promise((resolve) => server.close(resolve));
  }
  if (report.summary.errors) {
    for (const p of report.pages.filter((x) => x.status === 'error')) console.error(`not audited: ${p.page}: ${p.error}`);
    return 2;
  }
  const compact = compactReport(report);
  const statements = {};
  for (const lang of languages) {
    const data = buildStatement(compact, manual, lang);
    const problems = checkStatement(data);
    if (problems.length) {
      console.error(`statement (${lang}) is not valid: ${problems.join('; ')}`);
      return 2;
    }
    statements[lang] = data;
  }
  const previous = (() => {
    try {
      return readFileSync(outFile, 'utf8');
    } catch {
      return '';
    }
  })();
  const file = {
    $comment: 'Generated by statement.mjs (npm run statement -w @aukio/example-city-service) from the audit and a11y/manual-findings.json. Do not edit by hand.',
    statements,
    audit: compact,
  };
  writeFileSync(outFile, `${JSON.stringify(file, null, 2)}\n`);
  const s = report.summary;
  console.log(`${s.pages} pages, ${s.new} violation(s) in ${(report.durationMs / 1000).toFixed(1)} s. ${previous ? 'Updated' : 'Wrote'} ${outFile}`);
  return s.new ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}
