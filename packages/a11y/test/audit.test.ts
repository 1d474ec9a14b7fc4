// @vitest-environment node
// The audit over a tiny site served from test/fixtures/site: a planted violation (an unlabelled input) fails
// the run, the baseline accepts it, a stale baseline entry is reported as fixed, an unreachable page and a
// page that never answers are reported while the others are still audited. One Chromium for the whole file.
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { audit, type AuditReport } from '../src/audit.ts';
import { chromiumLaunchOptions } from '../src/chromium.ts';
import { checkKeyboardTrap } from '../src/keyboard.ts';
import { expectNoA11yViolations, runAxe } from '../src/playwright.ts';
import { toJUnit, writeReports } from '../src/report.ts';
import { serveStatic } from '../src/server.ts';

const site = fileURLToPath(new URL('./fixtures/site', import.meta.url));
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let hanging: Server;
let hangingUrl: string;
let closedUrl: string;
let first: AuditReport;

/** An address where nothing listens: a port that was free a moment ago. */
async function closedPort() {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as { port: number };
  await new Promise((ok) => s.close(ok));
  return `http://127.0.0.1:${port}/gone.html`;
}

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions());
  server = await serveStatic(site);
  closedUrl = await closedPort();
  hanging = createServer(() => undefined); // accepts and never answers
  await new Promise<void>((ok) => hanging.listen(0, '127.0.0.1', ok));
  hangingUrl = `http://127.0.0.1:${(hanging.address() as { port: number }).port}/slow.html`;
  first = await audit({ browser, urls: [`${server.url}/index.html`, `${server.url}/form.html`, closedUrl], modes: ['light'], workers: 2, timeout: 120_000 });
}, 300_000);

afterAll(async () => {
  hanging?.closeAllConnections();
  hanging?.close();
  await server?.close();
  await browser?.close();
});

describe('aukio-a11y audit', { timeout: 300_000 }, () => {
  it('fails on a planted violation, with its rule, target, WCAG criterion and help', () => {
    const form = first.pages.find((p) => p.page === '/form.html')!;
    expect(form.status).toBe('ok');
    const label = form.runs.find((r) => r.mode === 'light')!.issues.find((i) => i.id === 'label');
    expect(label).toMatchObject({ status: 'new', target: 'input', impact: 'critical', kind: 'axe' });
    expect(label!.wcag).toContain('4.1.2');
    expect(label!.helpUrl).toMatch(/^https:\/\/dequeuniversity\.com\/rules\/axe\//);
    expect(label!.screenshot).toMatch(/^iVBOR/); // a PNG
    expect(first.summary.passed).toBe(false);
    expect(first.summary.new).toBeGreaterThan(0);
  });

  it('audits a clean page with every check and finds nothing', () => {
    const index = first.pages.find((p) => p.page === '/index.html')!;
    expect(index.status).toBe('ok');
    expect(index.runs.map((r) => r.mode)).toEqual(['light']);
    expect(index.runs[0]!.checks).toEqual(['reflow', 'text-spacing', 'focus-visible', 'target-size', 'keyboard-trap']);
    expect(index.runs.flatMap((r) => r.issues)).toEqual([]);
  });

  it('reports an unreachable page by its address and still audits the others', () => {
    const gone = first.pages.find((p) => p.url === closedUrl)!;
    expect(gone.status).toBe('error');
    expect(gone.error).toContain(closedUrl);
    expect(gone.error).toMatch(/ERR_CONNECTION_REFUSED/);
    expect(first.summary).toMatchObject({ pages: 3, audited: 2, errors: 1 });
  });

  it('writes report.json, well-formed junit.xml and a self-contained report.html', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aukio-a11y-'));
    const files = writeReports(first, dir);
    const json = JSON.parse(readFileSync(files.json, 'utf8'));
    expect(json.summary.new).toBe(first.summary.new);
    const xml = readFileSync(files.junit, 'utf8');
    expect(xml).toBe(toJUnit(first));
    expect(xml).toMatch(/<testcase classname="a11y.light" name="\/form.html"[^>]*><failure message="1 new accessibility violation\(s\): label"/);
    expect(xml).toMatch(/<testcase classname="a11y.light" name="\/gone.html" time="0"><error /);
    const html = readFileSync(files.html, 'utf8');
    expect(html).toContain('data:image/png;base64,');
    expect(html).not.toMatch(/<(link|script)\b|src="https?:/); // no external assets
  });

  it('passes a baselined violation as known, and reports a stale entry as fixed', async () => {
    const report = await audit({
      browser,
      urls: [`${server.url}/index.html`, `${server.url}/form.html`],
      modes: ['light'],
      checks: [],
      timeout: 120_000,
      baseline: [
        { id: 'label', page: '/form.html', target: 'input', reason: 'Form is being rebuilt', owner: 'forms team', wcag: '4.1.2' },
        { id: 'color-contrast', page: '/index.html', reason: 'Old brand colour', owner: 'design', wcag: '1.4.3' },
        { id: 'image-alt', page: '/not-audited-here.html', reason: 'Another shard', owner: 'x' },
      ],
    });
    expect(report.summary).toMatchObject({ new: 0, known: 1, fixed: 1, errors: 0, passed: true });
    expect(report.fixed.map((e) => e.id)).toEqual(['color-contrast']);
    const label = report.pages.find((p) => p.page === '/form.html')!.runs[0]!.issues[0]!;
    expect(label).toMatchObject({ id: 'label', status: 'known', baseline: { owner: 'forms team' } });
  });

  it('runs axe only in the modes of axeModes, and the browser checks in every mode', async () => {
    const report = await audit({ browser, urls: [`${server.url}/form.html`], modes: ['light', 'dark'], axeModes: ['dark'], checks: ['focus-visible'], timeout: 120_000 });
    const [light, dark] = report.pages[0]!.runs;
    expect(light).toMatchObject({ mode: 'light', axe: false, checks: ['focus-visible'] });
    expect(light!.issues.filter((i) => i.kind === 'axe')).toEqual([]);
    expect(dark).toMatchObject({ mode: 'dark', axe: true, checks: ['focus-visible'] });
    expect(dark!.issues.find((i) => i.id === 'label')).toMatchObject({ kind: 'axe', mode: 'dark' });
    expect(report.axeModes).toEqual(['dark']);
  });

  it('gives up on a page that never answers, after the time limit', async () => {
    const started = Date.now();
    const report = await audit({ browser, urls: [hangingUrl], modes: ['light'], checks: [], timeout: 2_000 });
    expect(report.pages[0]).toMatchObject({ status: 'error' });
    expect(report.pages[0]!.error).toMatch(/time|Timeout/i);
    expect(Date.now() - started).toBeLessThan(60_000);
  });

  it('expectNoA11yViolations throws a list of violations, and passes a clean page', async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/form.html`); // strict CSP: axe must still load
      const error = await expectNoA11yViolations(page).catch((e: Error) => e);
      expect(error).toBeInstanceOf(Error);
      expect((error as Error).message).toMatch(/label \(critical\)/);
      expect((error as Error).message).toContain('https://dequeuniversity.com/rules/axe/');
      expect((error as Error).message).toMatch(/- input/);
      await page.goto(`${server.url}/index.html`);
      await expect(expectNoA11yViolations(page)).resolves.toBeUndefined();
    } finally {
      await page.close();
    }
  });

  it('finds a violation inside an iframe (through @axe-core/playwright), and passes the frame once fixed', async () => {
    // A page of its own context, as Playwright Test's `page` fixture is.
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      const frame = (body: string) =>
        `<!doctype html><html lang="fi"><head><title>Maksu</title></head><body><main><h1>Maksu</h1><iframe title="Korttimaksu" srcdoc="${body.replace(/"/g, '&quot;')}"></iframe></main></body></html>`;
      await page.setContent(frame('<!doctype html><html lang="fi"><head><title>Kortti</title></head><body><input type="text" name="card"></body></html>'));
      const found = await runAxe(page);
      const label = found.find((v) => v.id === 'label');
      expect(label?.nodes[0]!.target, JSON.stringify(found.map((v) => [v.id, v.nodes.map((n) => n.target)]))).toEqual(['iframe', 'input']);
      // The same without frames sees nothing wrong: the top document is fine.
      expect((await runAxe(page, { frames: false })).some((v) => v.id === 'label')).toBe(false);
      await page.setContent(frame('<!doctype html><html lang="fi"><head><title>Kortti</title></head><body><label>Kortin numero <input type="text" name="card"></label></body></html>'));
      await expect(expectNoA11yViolations(page)).resolves.toBeUndefined();
    } finally {
      await context.close();
    }
  });

  it('keyboard trap: fails focus that cannot leave a widget, passes a normal page', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent(`<main><button id="a">A</button><div id="trap"><button id="b">B</button><button id="c">C</button></div><button id="d">D</button></main>
        <script>document.getElementById('c').addEventListener('keydown', (e) => { if (e.key === 'Tab') { e.preventDefault(); document.getElementById('b').focus(); } });</script>`);
      const found = await checkKeyboardTrap(page);
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ check: 'keyboard-trap', criterion: '2.1.2' });
      await page.setContent('<main><button>A</button><a href="#x">B</a><input aria-label="C"></main>');
      expect(await checkKeyboardTrap(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
