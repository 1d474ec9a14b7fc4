// @vitest-environment node
// The command line refuses every bad input with exit code 2 and one specific message, before it writes
// anything; fast-check throws arbitrary JSON and arguments at it. The audit itself is replaced by a stand-in,
// so no browser starts: what is tested is the checking of input.
import { chmodSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditReport } from '../src/audit.ts';
import { main } from '../src/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'aukio-a11y-cli-'));
let n = 0;
const file = (text: string, name = `f${n++}.json`) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const emptyReport: AuditReport = {
  tool: { name: '@aukio/a11y', version: '0.1.0', axe: '4.14.1', browser: 'stand-in' },
  startedAt: '2026-12-07T00:00:00.000Z',
  durationMs: 1,
  source: { urls: ['https://example.fi/'] },
  modes: ['light'],
  checks: [],
  workers: 1,
  pages: [],
  fixed: [],
  summary: { pages: 0, audited: 0, errors: 0, new: 0, advisory: 0, known: 0, fixed: 0, passed: true },
};

/** Runs the CLI with captured output and a stand-in audit; says whether the audit would have started. */
async function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  let audited = false;
  const code = await main(argv, {
    stdout: { write: (s: string) => ((stdout += s), true) } as never,
    stderr: { write: (s: string) => ((stderr += s), true) } as never,
    audit: async () => {
      audited = true;
      return structuredClone(emptyReport);
    },
  });
  return { code, stdout, stderr, audited };
}

const manual = {
  statement: { serviceName: 'Asiointi', organisation: 'Esimerkkilän kaupunki', feedback: { email: 'palaute@example.fi' }, prepared: '2026-11-27' },
  findings: [{ description: 'Kartta ei toimi näppäimistöllä.', criteria: ['2.1.1'], fixBy: '2027-01-31' }],
};
const site = mkdtempSync(join(tmpdir(), 'aukio-a11y-sb-'));
writeFileSync(join(site, 'index.json'), '{"entries":{}}');

/** One message: a single line for argument errors, starting with the tool's name; never a stack trace. */
function expectRefused(r: Awaited<ReturnType<typeof run>>, pattern: RegExp) {
  expect(r.code).toBe(2);
  expect(r.audited).toBe(false);
  expect(r.stderr).toMatch(/^aukio-a11y: /);
  expect(r.stderr).toMatch(pattern);
  expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
}

describe('aukio-a11y arguments', () => {
  it('refuses a misspelt option, naming the one meant, instead of running without a baseline', async () => {
    const out = join(dir, 'never');
    expectRefused(await run(['audit', '--storybook', site, '--basline', file('[]'), '--out', out]), /unknown option --basline \(did you mean --baseline\?\)/);
    expect(existsSync(out)).toBe(false);
  });

  it.each([
    [['audit'], /nothing to audit/],
    [['audit', '--storybook'], /--storybook needs a value/],
    [['audit', '--storybook', site, '--workers', '0'], /--workers "0": expected a whole number from 1 to 32/],
    [['audit', '--storybook', site, '--workers', '2.5'], /--workers "2\.5"/],
    [['audit', '--storybook', site, '--timeout', '10s'], /--timeout "10s"/],
    [['audit', '--storybook', site, '--modes', 'light,darkk'], /--modes: unknown name "darkk"/],
    [['audit', '--storybook', site, '--modes', 'light,dark', '--axe-modes', 'forced-colors'], /--axe-modes: "forced-colors" is not one of the audited modes \(light, dark\)/],
    [['audit', '--storybook', site, '--axe-modes', 'lite'], /--axe-modes: unknown name "lite"/],
    [['audit', '--storybook', site, '--checks', 'reflow,,focus-visible'], /--checks: an empty name/],
    [['audit', '--storybook', site, '--shard', '3/2'], /--shard 3\/2: expected i\/n/],
    [['audit', '--storybook', join(dir, 'nothing-here')], /no index\.json there/],
    [['audit', '--url', 'example.fi'], /--url "example\.fi": not an http\(s\) address/],
    [['audit', '--url', 'https://a.example', 'https://b.example'], /unexpected argument "https:\/\/b\.example"/],
    [['audit', '--storybook', site, '--fail-on-advisory=yes'], /--fail-on-advisory takes no value/],
    [['audit', '--storybook', site, '--out', 'a', '--out', 'b'], /--out is given more than once/],
    [['statement'], /--manual <findings\.json> is required/],
    [['statment', '--manual', 'x'], /unknown command "statment"/],
    [[], /no command given/],
  ])('%j exits 2 with a specific message', async (argv, message) => {
    expectRefused(await run(argv as string[]), message);
  });

  it('refuses an unreadable file, a folder, invalid JSON with line and column, a date 2026-13-45 and the criterion 4.9.99', async () => {
    const out = join(dir, 'statement-never');
    const statement = (manualPath: string) => run(['statement', '--manual', manualPath, '--out', out]);
    expectRefused(await statement(join(dir, 'missing.json')), /missing\.json: cannot read the file \(ENOENT\)/);
    expectRefused(await statement(dir), /cannot read the file \(EISDIR\)/);
    if (process.getuid?.() !== 0) {
      const locked = file(JSON.stringify(manual));
      chmodSync(locked, 0o000);
      expectRefused(await statement(locked), /cannot read the file \(EACCES\)/);
    }
    expectRefused(await statement(file('{\n  "statement": {\n    "serviceName": "x",\n  }\n}')), /:4:3: invalid JSON/);
    expectRefused(await statement(file(JSON.stringify({ ...manual, statement: { ...manual.statement, prepared: '2026-13-45' } }, null, 2))), /:\d+:\d+: statement\.prepared: must be a date YYYY-MM-DD, got "2026-13-45"/);
    expectRefused(await statement(file(JSON.stringify({ ...manual, findings: [{ description: 'x', criteria: ['4.9.99'] }] }, null, 2))), /findings\[0\]\.criteria\[0\]: "4\.9\.99" is not a WCAG 2\.2 success criterion/);
    expectRefused(await statement(file(JSON.stringify({ ...manual, findings: [{ description: 'x', criteria: ['1.4.3'], fixby: '2027-01-01' }] }, null, 2))), /findings\[0\]\.fixby: is not a field here \(did you mean "fixBy"\?\)/);
    expect(existsSync(out)).toBe(false);
    const baselineOut = join(dir, 'audit-never');
    expectRefused(await run(['audit', '--storybook', site, '--baseline', file('[{"id":"label","page":"/a","reason":"x","owner":"y","fixBy":"2026-02-30"}]'), '--out', baselineOut]), /\[0\]\.fixBy: must be a date YYYY-MM-DD, got "2026-02-30"/);
    expect(existsSync(baselineOut)).toBe(false);
  });

  it('runs a good command line: the audit starts, and a statement is written in every language', async () => {
    const audited = await run(['audit', '--storybook', site, '--modes', 'light,320', '--checks', 'none', '--out', join(dir, 'audit-ok')]);
    expect(audited).toMatchObject({ code: 0, audited: true, stderr: '' });
    const out = join(dir, 'statement-ok');
    const written = await run(['statement', '--manual', file(JSON.stringify(manual)), '--out', out]);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(readdirSync(out).sort()).toEqual(['statement.en.json', 'statement.en.md', 'statement.fi.json', 'statement.fi.md', 'statement.sv.json', 'statement.sv.md']);
  });

  it('the statement command does not load Playwright: no module imports it except lazily, by the audit', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const dir = new URL('../src/', import.meta.url);
    const sources = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts') && !f.startsWith('screen-reader'));
    expect(sources).toContain('cli.ts');
    for (const s of sources) expect(readFileSync(new URL(s, dir), 'utf8'), s).not.toMatch(/^import (?!type )[^;]*from 'playwright'/m);
    expect(readFileSync(new URL('audit.ts', dir), 'utf8')).toContain("await import('playwright')");
  });
});

describe('fuzzing the inputs (fast-check)', () => {
  /** Exit codes seen by the current property: each must see both accepted and refused input. */
  let codes = new Set<number>();
  beforeEach(() => {
    codes = new Set();
  });
  afterEach(() => {
    expect([...codes].sort()).toEqual([0, 2]);
  });

  /** Exit 0 (valid input) or 2 with one message and no stack; on 2 nothing is written. */
  async function holds(argv: string[], out: string) {
    const r = await run([...argv, '--out', out]);
    codes.add(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
    if (r.code === 2) {
      expect(r.stderr).toMatch(/^aukio-a11y: \S/);
      expect(existsSync(out)).toBe(false);
    } else {
      expect(r.code).toBe(0);
    }
    return r;
  }

  /** Arbitrary JSON, and mutations of a valid document (a field dropped, replaced by any JSON value, or added). */
  const mutated = (valid: unknown) =>
    fc.oneof(
      fc.jsonValue(),
      fc.tuple(fc.jsonValue(), fc.nat(), fc.string({ maxLength: 8 }), fc.boolean()).map(([any, pick, key, drop]) => {
        const copy = structuredClone(valid) as Record<string, unknown>;
        const paths: [Record<string, unknown> | unknown[], string | number][] = [];
        const visit = (v: unknown) => {
          if (Array.isArray(v)) {
            v.forEach((x, i) => {
              paths.push([v, i]);
              visit(x);
            });
          } else if (v && typeof v === 'object') {
            for (const [k, x] of Object.entries(v)) {
              paths.push([v as Record<string, unknown>, k]);
              visit(x);
            }
          }
        };
        visit(copy);
        if (paths.length === 0) return copy;
        const [holder, at] = paths[pick % paths.length]!;
        if (drop && !Array.isArray(holder)) delete (holder as Record<string, unknown>)[at as string];
        else (holder as Record<string | number, unknown>)[at] = any;
        if (key && !Array.isArray(holder)) (holder as Record<string, unknown>)[key] = any;
        return copy;
      }),
    );
  const text = (valid: unknown) =>
    fc.oneof(
      { weight: 4, arbitrary: mutated(valid).map((v) => JSON.stringify(v, null, 2)) },
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.string({ maxLength: 3 })).map(([at, junk]) => {
        const good = JSON.stringify(valid, null, 2);
        const i = at % (good.length + 1);
        return good.slice(0, i) + junk + good.slice(i + 1);
      }) },
    );
  const runs = { numRuns: 1000 };
  let k = 0;
  const outFor = () => join(dir, `fuzz-out-${k++}`);

  it('manual findings: 1,000 documents', { timeout: 240_000 }, async () => {
    await fc.assert(fc.asyncProperty(text(manual), async (t) => void (await holds(['statement', '--manual', file(t, 'fuzz-manual.json')], outFor()))), runs);
  });

  it('baseline: 1,000 documents', { timeout: 240_000 }, async () => {
    const valid = { issues: [{ id: 'label', page: '/a', target: 'input', reason: 'rebuild', owner: 'forms', wcag: ['4.1.2'], fixBy: '2027-01-31' }] };
    await fc.assert(fc.asyncProperty(text(valid), async (t) => void (await holds(['audit', '--storybook', site, '--checks', 'none', '--baseline', file(t, 'fuzz-baseline.json')], outFor()))), runs);
  });

  it('conformance records: 1,000 documents', { timeout: 240_000 }, async () => {
    const valid = { wcag: '2.2', components: [{ component: 'Button', criteria: [{ id: '2.4.7', status: 'supports', how: 'ring' }], knownIssues: [{ description: { fi: 'a', sv: 'b', en: 'c' }, criteria: ['4.1.3'], workaround: 'x' }] }] };
    const manualPath = file(JSON.stringify(manual), 'fuzz-conf-manual.json');
    await fc.assert(fc.asyncProperty(text(valid), async (t) => void (await holds(['statement', '--manual', manualPath, '--conformance', file(t, 'fuzz-conformance.json')], outFor()))), runs);
  });

  it('audit reports read by the statement: 1,000 documents', { timeout: 240_000 }, async () => {
    const valid = {
      ...emptyReport,
      pages: [{ page: '/a', url: 'https://example.fi/a', status: 'ok', durationMs: 1, runs: [{ mode: 'light', durationMs: 1, issues: [{ id: 'label', kind: 'axe', page: '/a', mode: 'light', impact: 'critical', target: 'input', wcag: ['4.1.2'], level: 'A', advisory: false, help: 'Form elements must have labels', status: 'known', baseline: { reason: 'x', owner: 'y', fixBy: '2027-01-31' } }] }] }],
    };
    const manualPath = file(JSON.stringify(manual), 'fuzz-report-manual.json');
    await fc.assert(fc.asyncProperty(text(valid), async (t) => void (await holds(['statement', '--manual', manualPath, '--audit', file(t, 'fuzz-report.json')], outFor()))), runs);
  });

  it('arguments: 1,000 command lines', { timeout: 240_000 }, async () => {
    const flags = ['--storybook', '--url', '--sitemap', '--modes', '--axe-modes', '--checks', '--workers', '--shard', '--timeout', '--baseline', '--filter', '--exclude-tag', '--fail-on-advisory', '--manual', '--audit', '--conformance', '--help', '--basline', '-x', '--'];
    const values = fc.oneof(fc.constantFrom(site, 'light,dark', 'reflow', '0', '2', '1/2', '2/1', '-1', '', 'https://example.fi/', 'none', '=', join(dir, 'missing.json')), fc.string({ maxLength: 12 }));
    const argv = fc.tuple(fc.constantFrom('audit', 'statement', 'help', 'x', ''), fc.array(fc.oneof(fc.constantFrom(...flags), values), { maxLength: 8 }));
    await fc.assert(
      fc.asyncProperty(argv, async ([command, rest]) => {
        const out = outFor();
        const r = await run([command, ...rest, '--out', out]);
        codes.add(r.code === 1 ? 0 : r.code);
        expect([0, 1, 2]).toContain(r.code);
        expect(r.stderr).not.toMatch(/\n\s+at |internal error/);
        if (r.code === 2) {
          expect(r.stderr).toMatch(/^aukio-a11y: \S/);
          expect(existsSync(out)).toBe(false);
        }
      }),
      runs,
    );
  });
});


describe('static server', () => {
  it('answers 403 for an unreadable file instead of crashing', async () => {
    const { serveStatic } = await import('../src/server.ts');
    const root = mkdtempSync(join(tmpdir(), 'aukio-a11y-serve-'));
    writeFileSync(join(root, 'ok.html'), '<p>ok</p>');
    writeFileSync(join(root, 'locked.html'), '<p>secret</p>');
    chmodSync(join(root, 'locked.html'), 0o000);
    const server = await serveStatic(root);
    try {
      expect((await fetch(`${server.url}/ok.html`)).status).toBe(200);
      const locked = await fetch(`${server.url}/locked.html`);
      // root can read anything; everyone else gets 403
      expect(locked.status).toBe(process.getuid?.() === 0 ? 200 : 403);
      expect((await fetch(`${server.url}/ok.html`)).status).toBe(200);
    } finally {
      await server.close();
    }
    if (process.platform !== 'linux') return;
    // A file that exists but fails to read even for root: /proc/self/mem gives EIO at offset 0.
    const proc = await serveStatic('/proc/self');
    try {
      expect((await fetch(`${proc.url}/mem`)).status).toBe(500);
    } finally {
      await proc.close();
    }
  });
});

describe('sitemaps', () => {
  it('reads <url><loc> addresses with a real XML parser, follows a sitemap index, and names the line and column of malformed XML', async () => {
    const { readSitemap } = await import('../src/audit.ts');
    const { serveStatic } = await import('../src/server.ts');
    const root = mkdtempSync(join(tmpdir(), 'aukio-a11y-sitemap-'));
    const urlset = (locs: string[]) =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((l) => `  <url>\n    <loc>${l}</loc>\n    <lastmod>2026-11-27</lastmod>\n  </url>`).join('\n')}\n</urlset>\n`;
    writeFileSync(join(root, 'pages-fi.xml'), urlset(['https://example.fi/fi/', 'https://example.fi/fi/haku?q=a&amp;s=2']));
    writeFileSync(join(root, 'pages-sv.xml'), urlset(['https://example.fi/sv/']));
    const server = await serveStatic(root);
    try {
      const index = file(`<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n  <sitemap><loc>${server.url}/pages-fi.xml</loc></sitemap>\n  <sitemap><loc>${server.url}/pages-sv.xml</loc></sitemap>\n</sitemapindex>\n`, 'index.xml');
      // The child sitemaps' pages, not the child sitemaps themselves.
      expect(await readSitemap(index)).toEqual(['https://example.fi/fi/', 'https://example.fi/fi/haku?q=a&s=2', 'https://example.fi/sv/']);
      expect(await readSitemap(`${server.url}/pages-sv.xml`)).toEqual(['https://example.fi/sv/']);
    } finally {
      await server.close();
    }
    await expect(readSitemap(file('<urlset>\n  <url><loc>https://example.fi/</url>\n</urlset>\n', 'broken.xml'))).rejects.toThrow(/broken\.xml:2:\d+: invalid XML/);
    await expect(readSitemap(file('<html><body>not a sitemap</body></html>', 'page.xml'))).rejects.toThrow(/not a sitemap/);
    // Through the CLI: exit 2 with the message, nothing written.
    const out = join(dir, 'sitemap-never');
    expectRefused(await run(['audit', '--sitemap', file('<urlset><url><loc>x</loc></url>', 'cut.xml'), '--out', out]), /cut\.xml:1:\d+: invalid XML/);
    expect(existsSync(out)).toBe(false);
  });
});
