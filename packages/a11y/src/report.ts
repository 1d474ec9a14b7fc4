// The audit's outputs: report.json (everything), junit.xml (one test case per page and mode, for CI
// dashboards) and report.html (one self-contained file: inline CSS, screenshots as data: URLs, opens offline).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modes as modeInfo } from './audit.ts';

export type AuditReport = import('./audit.ts').AuditReport;
export type Issue = import('./audit.ts').Issue;

/**
 * Escapes text for XML and HTML, and drops characters XML 1.0 does not allow.
 */
export function escapeXml(value: unknown) {
  return String(value ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const line = (i: Issue) => `[${i.id}] ${i.impact ?? ''} ${i.target}: ${i.help}${i.helpUrl ? ` (${i.helpUrl})` : ''}${i.baseline ? ` - known: ${i.baseline.reason} (${i.baseline.owner})` : ''}`;

/**
 * JUnit XML: a test suite per mode (axe and the browser checks made in that mode), a test case per page in it. A page with new violations
 * fails; one that could not be audited is an error; known (baselined) issues are listed in system-out.
 */
export function toJUnit(report: AuditReport) {
  const suites = report.modes;
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const body = suites.map((mode) => {
    let sFail = 0;
    let sErr = 0;
    const cases = report.pages.map((p) => {
      const run = p.runs.find((r) => r.mode === mode);
      const name = escapeXml(p.page);
      const cls = escapeXml(`a11y.${mode}`);
      if (p.status === 'error' || !run) {
        sErr++;
        return `    <testcase classname="${cls}" name="${name}" time="0"><error message="${escapeXml(p.error ?? 'not audited')}" type="PageError">${escapeXml(`${p.url}\n${p.error ?? ''}`)}</error></testcase>`;
      }
      const fresh = run.issues.filter((i) => i.status === 'new' && !i.advisory);
      const known = run.issues.filter((i) => i.status === 'known');
      const advisory = run.issues.filter((i) => i.status === 'new' && i.advisory);
      const notes = [
        known.length ? `Known issues (in the baseline):\n${known.map(line).join('\n')}` : '',
        advisory.length ? `Advisory (beyond WCAG AA, not a failure):\n${advisory.map(line).join('\n')}` : '',
      ].filter(Boolean);
      const out = notes.length ? `<system-out>${escapeXml(notes.join('\n'))}</system-out>` : '';
      if (fresh.length) {
        sFail++;
        const rules = [...new Set(fresh.map((i) => i.id))].join(', ');
        return `    <testcase classname="${cls}" name="${name}" time="${seconds(run.durationMs)}"><failure message="${escapeXml(`${fresh.length} new accessibility violation(s): ${rules}`)}" type="A11yViolation">${escapeXml(`${p.url}\n${fresh.map(line).join('\n')}`)}</failure>${out}</testcase>`;
      }
      return `    <testcase classname="${cls}" name="${name}" time="${seconds(run.durationMs)}">${out}</testcase>`;
    });
    tests += cases.length;
    failures += sFail;
    errors += sErr;
    const time = report.pages.reduce((t, p) => t + (p.runs.find((r) => r.mode === mode)?.durationMs ?? 0), 0);
    return `  <testsuite name="${escapeXml(`aukio-a11y ${mode}`)}" tests="${cases.length}" failures="${sFail}" errors="${sErr}" skipped="0" time="${seconds(time)}" timestamp="${escapeXml(report.startedAt.replace(/\.\d+Z$/, ''))}">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const fixed = report.fixed.length
    ? `  <testsuite name="aukio-a11y baseline" tests="1" failures="0" errors="0" skipped="0" time="0">\n    <testcase classname="a11y.baseline" name="fixed issues still in the baseline"><system-out>${escapeXml(report.fixed.map((e) => `${e.id} on ${e.page}${e.target ? ` at ${e.target}` : ''}: no longer found - remove it from the baseline`).join('\n'))}</system-out></testcase>\n  </testsuite>\n`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aukio-a11y" tests="${tests + (fixed ? 1 : 0)}" failures="${failures}" errors="${errors}" time="${seconds(report.durationMs)}">\n${body.join('\n')}\n${fixed}</testsuites>\n`;
}

const css = `
:root{color-scheme:light dark;--fg:#1a1a1a;--bg:#fff;--muted:#555;--line:#ccc;--bad:#b00020;--ok:#1b6e20;--known:#7a4d00;--link:#0645ad}
@media (prefers-color-scheme:dark){:root{--fg:#eee;--bg:#151515;--muted:#bbb;--line:#444;--bad:#ff8a80;--ok:#8bd48f;--known:#ffcc80;--link:#9ec5ff}}
*{box-sizing:border-box}
body{font:1rem/1.5 system-ui,sans-serif;color:var(--fg);background:var(--bg);margin:0 auto;padding:1rem;max-inline-size:72rem;overflow-wrap:anywhere}
a{color:var(--link)}
a:focus-visible,summary:focus-visible{outline:3px solid currentColor;outline-offset:2px}
h1{font-size:1.75rem}h2{font-size:1.35rem;margin-block-start:2rem}h3{font-size:1.1rem}
table{border-collapse:collapse;inline-size:100%}th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:start;vertical-align:top}
.wrap{overflow-x:auto;max-inline-size:100%}
.new{color:var(--bad);font-weight:700}.known{color:var(--known);font-weight:700}.ok{color:var(--ok);font-weight:700}
details{border:1px solid var(--line);border-radius:.25rem;padding:.5rem;margin-block:.5rem}
summary{cursor:pointer;font-weight:600}
.issue{border-block-start:1px solid var(--line);padding-block:.75rem}
.issue img{display:block;max-inline-size:100%;block-size:auto;border:1px solid var(--line);margin-block:.5rem}
pre,code{font-family:ui-monospace,monospace;font-size:.875rem;white-space:pre-wrap}
.muted{color:var(--muted)}
@media (forced-colors:active){.new,.known,.ok{color:CanvasText}details,th,td,.issue img{border-color:CanvasText}}
`;

/**
 * The HTML report: summary, fixed baseline entries, pages that could not be audited, then each page's issues
 * with a screenshot of the element and how to fix it.
 */
export function toHtml(report: AuditReport) {
  const h = escapeXml;
  const s = report.summary;
  const issue = (i: Issue) => `<div class="issue">
<h4><span class="${i.advisory && i.status === 'new' ? 'known' : i.status}">${i.status === 'known' ? 'Known' : i.advisory ? 'Advisory' : 'New'}</span> <code>${h(i.id)}</code>${i.impact ? ` (${h(i.impact)})` : ''}${i.wcag.length ? ` - WCAG ${h(i.wcag.join(', '))}${i.level ? ` (level ${h(i.level)}${i.advisory ? ', beyond AA: not a conformance failure' : ''})` : ''}` : ' - best practice'}</h4>
<p>${h(i.help)}${i.helpUrl ? ` <a href="${h(i.helpUrl)}">How to fix: ${h(i.id)}</a>` : ''}</p>
<p>Element: <code>${h(i.target)}</code></p>
${i.screenshot ? `<img alt="Screenshot of the element ${h(i.target)}" src="data:image/png;base64,${i.screenshot}">` : ''}
${i.failureSummary ? `<pre>${h(i.failureSummary)}</pre>` : ''}
${i.html ? `<details><summary>HTML of the element</summary><pre>${h(i.html)}</pre></details>` : ''}
${i.baseline ? `<p class="muted">In the baseline: ${h(i.baseline.reason)} (owner ${h(i.baseline.owner)}${i.baseline.fixBy ? `, fix by ${h(i.baseline.fixBy)}` : ''})</p>` : ''}
</div>`;
  const pages = report.pages
    .map((p) => {
      if (p.status === 'error') return `<section><h3>${h(p.page)}</h3><p class="new">Not audited: ${h(p.error)}</p><p><a href="${h(p.url)}">${h(p.url)}</a></p></section>`;
      const all = p.runs.flatMap((r) => r.issues);
      const fresh = all.filter((i) => i.status === 'new' && !i.advisory).length;
      const known = all.length - fresh;
      const runs = p.runs
        .filter((r) => r.issues.length)
        .map((r) => `<details${r.issues.some((i) => i.status === 'new' && !i.advisory) ? ' open' : ''}><summary>${h(`Mode ${r.mode}: ${modeInfo[r.mode]?.description ?? ''}${r.checks?.length ? ` (axe; ${r.checks.join(', ')})` : ' (axe)'}`)} - ${r.issues.length} issue(s)</summary>${r.issues.map(issue).join('\n')}</details>`)
        .join('\n');
      return `<section><h3>${h(p.page)} <span class="${fresh ? 'new' : known ? 'known' : 'ok'}">${fresh ? `${fresh} new` : known ? `${known} known` : 'passed'}</span></h3><p><a href="${h(p.url)}">${h(p.url)}</a></p>${runs}</section>`;
    })
    .join('\n');
  const fixed = report.fixed.length
    ? `<h2>Fixed: remove these from the baseline</h2><ul>${report.fixed.map((e) => `<li><code>${h(e.id)}</code> on <code>${h(e.page)}</code>${e.target ? ` at <code>${h(e.target)}</code>` : ''} (${h(e.reason)}, owner ${h(e.owner)}): no longer found. Remove it from the baseline.</li>`).join('')}</ul>`
    : '';
  const errs = report.pages.filter((p) => p.status === 'error');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Accessibility audit ${h(s.passed ? 'passed' : 'failed')} - ${h(report.startedAt)}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>Accessibility audit: <span class="${s.passed ? 'ok' : 'new'}">${s.passed ? 'passed' : 'failed'}</span></h1>
<p class="muted">${h(report.tool.name)} ${h(report.tool.version)}, axe-core ${h(report.tool.axe)}, Chromium ${h(report.tool.browser)}. Started ${h(report.startedAt)}, took ${(report.durationMs / 1000).toFixed(1)} s${report.shard ? `, shard ${h(report.shard)}` : ''}.</p>
<div class="wrap"><table>
<caption class="muted">Summary</caption>
<tbody>
<tr><th scope="row">Pages</th><td>${s.pages} (${s.audited} audited, ${s.errors} could not be audited)</td></tr>
<tr><th scope="row">Modes</th><td>${h(report.modes.join(', '))}</td></tr>
<tr><th scope="row">Checks</th><td>${h(report.checks.join(', ') || 'none')}</td></tr>
<tr><th scope="row">New violations</th><td class="${s.new ? 'new' : 'ok'}">${s.new}</td></tr>
<tr><th scope="row">Advisory (beyond AA)</th><td>${s.advisory ?? 0}</td></tr>
<tr><th scope="row">Known (in the baseline)</th><td>${s.known}</td></tr>
<tr><th scope="row">Fixed (remove from the baseline)</th><td>${s.fixed}</td></tr>
</tbody></table></div>
${fixed}
${errs.length ? `<h2>Pages that could not be audited</h2><ul>${errs.map((p) => `<li><code>${h(p.page)}</code>: ${h(p.error)}</li>`).join('')}</ul>` : ''}
<h2>Pages</h2>
${pages}
</main>
</body>
</html>
`;
}

/**
 * Writes report.json, junit.xml and report.html into `dir`.
 */
export function writeReports(report: AuditReport, dir: string) {
  mkdirSync(dir, { recursive: true });
  const files = { json: join(dir, 'report.json'), junit: join(dir, 'junit.xml'), html: join(dir, 'report.html') };
  // Screenshots go to the HTML report only; the JSON stays small enough to diff and to feed `statement`.
  writeFileSync(files.json, `${JSON.stringify(report, (key, value) => (key === 'screenshot' ? undefined : value), 2)}\n`);
  writeFileSync(files.junit, toJUnit(report));
  writeFileSync(files.html, toHtml(report));
  return files;
}
