// @vitest-environment node
// Without a browser: the baseline and manual findings files (and where their mistakes are), the JUnit XML,
// and the statement drafts from an audit report, checked against the AccessibilityStatement component's own
// validator.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateStatement } from '../../react/src/AccessibilityStatement/statement';
import type { AuditReport, Issue } from '../src/audit.ts';
import { applyBaseline } from '../src/audit.ts';
import { loadBaseline } from '../src/baseline.ts';
import { main } from '../src/cli.ts';
import { InputError, parseJson } from '../src/json.ts';
import { toJUnit } from '../src/report.ts';
import { buildStatement, checkStatement, loadManualFindings, statementMarkdown, statementTexts, traficom } from '../src/statement.ts';
import { criteriaFromTags } from '../src/wcag.ts';

const dir = mkdtempSync(join(tmpdir(), 'aukio-a11y-statement-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const issue = (over: Partial<Issue>): Issue => ({
  id: 'label',
  kind: 'axe',
  page: '/apply',
  mode: 'light',
  impact: 'critical',
  target: 'input#name',
  wcag: ['4.1.2'],
  help: 'Form elements must have labels',
  helpUrl: 'https://dequeuniversity.com/rules/axe/4.14/label',
  status: 'new',
  level: 'A',
  advisory: false,
  ...over,
});

const report: AuditReport = {
  tool: { name: '@aukio/a11y', version: '0.1.0', axe: '4.14.1', browser: '140' },
  startedAt: '2026-11-27T10:00:00.000Z',
  durationMs: 1234,
  source: { urls: ['https://example.fi/apply'] },
  modes: ['light', 'dark', '320'],
  checks: ['reflow'],
  workers: 2,
  pages: [
    {
      page: '/apply',
      url: 'https://example.fi/apply?a=1&b=<2>',
      status: 'ok',
      durationMs: 900,
      runs: [
        { mode: 'light', durationMs: 400, issues: [issue({}), issue({ id: 'color-contrast', target: 'p.hint', wcag: ['1.4.3'], help: 'Elements must meet "contrast" & <ratio>', impact: 'serious' })] },
        { mode: 'dark', durationMs: 300, issues: [issue({ mode: 'dark', status: 'known', baseline: { reason: 'rebuild', owner: 'team', fixBy: '2027-03-31' } })] },
        { mode: '320', durationMs: 200, checks: ['reflow'], issues: [issue({ id: 'reflow', kind: 'check', mode: '320', target: 'table', wcag: ['1.4.10'], help: 'page is 700 px wide' }), issue({ id: 'region', mode: '320', wcag: [] })] },
      ],
    },
    { page: '/broken', url: 'https://example.fi/broken', status: 'error', error: 'could not load \u0001 https://example.fi/broken', durationMs: 5, runs: [] },
  ],
  fixed: [{ id: 'image-alt', page: '/', reason: 'logo', owner: 'web' }],
  summary: { pages: 2, audited: 1, errors: 1, new: 3, advisory: 0, known: 1, fixed: 1, passed: false },
};

const manualJson = {
  statement: {
    serviceName: { fi: 'Asukaspysäköintitunnus', sv: 'Boendeparkeringstillstånd', en: 'Resident parking permit' },
    organisation: { fi: 'Esimerkkilän kaupunki', sv: 'Exempelby stad', en: 'City of Esimerkkilä' },
    serviceUrl: 'https://example.fi/apply',
    feedback: { email: 'saavutettavuus@example.fi' },
    prepared: '2026-11-27',
  },
  findings: [{ description: { fi: 'Karttaa ei voi käyttää näppäimistöllä.', sv: 'Kartan kan inte användas med tangentbord.', en: 'The map cannot be used with a keyboard.' }, criteria: ['2.1.1'], fixBy: '2027-06-30' }],
};

afterEach(() => vi.restoreAllMocks());

describe('input files', () => {
  it('names the file, line and column of a JSON syntax error in the baseline', () => {
    const path = file('bad-baseline.json', '[\n  { "id": "label", "page": "/a", "reason": "x", "owner": "y" }\n  { "id": "region" }\n]\n');
    expect(() => loadBaseline(path)).toThrow(InputError);
    try {
      loadBaseline(path);
    } catch (e) {
      expect((e as InputError).message).toMatch(new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3:3: invalid JSON`));
      expect((e as InputError).line).toBe(3);
      expect((e as InputError).column).toBe(3);
    }
  });

  it('names the line of a baseline entry with a missing field', () => {
    const path = file('incomplete-baseline.json', '{\n  "issues": [\n    { "id": "label", "page": "/a", "reason": "x", "owner": "y" },\n    { "id": "region", "page": "/b" }\n  ]\n}\n');
    expect(() => loadBaseline(path)).toThrow(/incomplete-baseline\.json:4:5: issues\[1\]\.reason: is required/);
  });

  it('computes line and column for errors at the end of the text', () => {
    expect(() => parseJson('{\n "a": [1, 2\n', 'x.json')).toThrow(/^x\.json:3:1: invalid JSON/);
  });

  it('names the line of a manual finding without criteria', () => {
    const path = file('findings.json', JSON.stringify({ ...manualJson, findings: [manualJson.findings[0], { description: 'Video has no captions' }] }, null, 2));
    expect(() => loadManualFindings(path)).toThrow(/findings\.json:\d+:5: findings\[1\]\.criteria: is required/);
  });

  it('the CLI exits 2 with the message for a malformed baseline, before starting a browser', async () => {
    const path = file('broken.json', '{ "issues": [ } ');
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await main(['audit', '--url', 'http://127.0.0.1:9/', '--baseline', path, '--out', join(dir, 'out')]);
    expect(code).toBe(2);
    expect(String(err.mock.calls[0]?.[0])).toMatch(/broken\.json:1:15: invalid JSON/);
  });
});

describe('baseline matching', () => {
  it('marks matching issues known and only reports entries of audited pages as fixed', () => {
    const pages = structuredClone(report.pages);
    const fixed = applyBaseline(pages, [
      { id: 'color-contrast', page: 'https://example.fi/apply', reason: 'brand', owner: 'design' },
      { id: 'label', page: '/apply', target: 'input#other', reason: 'x', owner: 'y' },
      { id: 'image-alt', page: '/broken', reason: 'not audited this time', owner: 'y' },
    ]);
    expect(pages[0]!.runs[0]!.issues.map((i) => i.status)).toEqual(['new', 'known']);
    expect(fixed.map((e) => e.target)).toEqual(['input#other']);
  });
});

describe('JUnit XML', () => {
  // Loading jsdom's XML parser takes seconds on a busy machine.
  it('is well-formed, with a failure per page and mode with new issues and an error per page not audited', { timeout: 60_000 }, async () => {
    const xml = toJUnit(report);
    // jsdom (a devDependency of the repository) parses XML strictly; it has no type declarations here.
    const jsdom = 'jsdom';
    const { JSDOM } = await import(jsdom);
    const doc = new JSDOM('').window;
    const parsed = new doc.DOMParser().parseFromString(xml, 'application/xml');
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    const cases = [...parsed.getElementsByTagName('testcase')];
    // 2 pages x 3 modes + the baseline case
    expect(cases).toHaveLength(7);
    expect(cases.filter((c) => c.getElementsByTagName('failure').length)).toHaveLength(2); // light and 320 on /apply
    expect(cases.filter((c) => c.getElementsByTagName('error').length)).toHaveLength(3);
    const dark = cases.find((c) => c.getAttribute('classname') === 'a11y.dark' && c.getAttribute('name') === '/apply')!;
    expect(dark.getElementsByTagName('failure')).toHaveLength(0);
    expect(dark.textContent).toContain('Known issues');
    expect(parsed.documentElement.getAttribute('failures')).toBe('2');
    expect(xml).toContain('remove it from the baseline');
  });
});

describe('statement texts: one catalogue for the drafts and the component', () => {
  it('writes every heading and legal sentence of the draft from the catalogue the AccessibilityStatement component renders', async () => {
    const manual = loadManualFindings(file('manual-cat.json', JSON.stringify(manualJson)));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const messages = (await import('../../react/src/i18n/messages/accessibilityStatement')).accessibilityStatementMessages[lang] as Record<string, string>;
      expect(messages).toEqual(statementTexts[lang]);
      const md = statementMarkdown(buildStatement(report, manual, lang, { today: '2026-11-27' }), lang);
      const headings = md.split('\n').filter((l) => l.startsWith('## ') || l.startsWith('### ')).map((l) => l.replace(/^#+ /, ''));
      const catalogue = new Set(Object.values(messages));
      expect(headings.filter((h) => !catalogue.has(h))).toEqual([]);
      expect(md).toContain(messages['accessibilityStatement.enforcementText']);
      expect(md).toContain(messages['accessibilityStatement.feedbackText']);
      expect(md).toContain(`${messages['accessibilityStatement.authorityName']}, ${messages['accessibilityStatement.authorityUnit']}`);
    }
  });

  it('names Traficom, the supervisory authority since 1.1.2025, in every language, and no earlier authority', () => {
    expect(statementTexts.fi['accessibilityStatement.authorityName']).toBe('Liikenne- ja viestintävirasto Traficom');
    expect(statementTexts.sv['accessibilityStatement.authorityName']).toBe('Transport- och kommunikationsverket Traficom');
    expect(statementTexts.en['accessibilityStatement.authorityName']).toBe('Finnish Transport and Communications Agency Traficom');
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const all = Object.values(statementTexts[lang]).join('\n');
      expect(all).toMatch(/1\.1\.2025|1 January 2025/);
      expect(all).not.toMatch(/aluehallintovirasto|regionförvaltningsverk|Regional State Administrative Agency|avi\.fi/i);
    }
    expect(traficom).toEqual({ url: 'https://www.saavutettavuusvaatimukset.fi', email: 'saavutettavuus@traficom.fi', phone: '029 534 5000' });
  });

  it('the generated types, validator and component texts are up to date with the schema and the catalogue', async () => {
    const { generate } = await import('../scripts/statement-model.mjs');
    for (const [path, content] of Object.entries(generate() as Record<string, string>)) expect(readFileSync(path, 'utf8'), `${path}: run npm run generate:statement -w @aukio/a11y`).toBe(content);
  });

  it('the generated standalone validator and the schema walker agree on the same statements', async () => {
    const { checkStatementData } = await import('../../react/src/AccessibilityStatement/statement.generated');
    const manual = loadManualFindings(file('manual-agree.json', JSON.stringify(manualJson)));
    const good = buildStatement(report, manual, 'en', { today: '2026-11-27' });
    const cases: unknown[] = [
      good,
      { ...good, prepared: '2026-13-45' },
      { ...good, nonAccessible: [{ description: 'x', criteria: ['4.9.99'] }] },
      { ...good, nonAccessible: [{ description: 'x', criteria: ['2.4.13'] }] },
      { ...good, feedback: {} },
      { ...good, extra: 1 },
      { ...good, assessment: { methods: [] } },
      null,
    ];
    for (const c of cases) expect(checkStatementData(c).length > 0, JSON.stringify(c)?.slice(0, 80)).toBe(checkStatement(c as never).length > 0);
  });
});

describe('statement', () => {
  it('maps axe tags to WCAG success criteria', () => {
    expect(criteriaFromTags(['cat.color', 'wcag2aa', 'wcag143', 'wcag2411', 'wcag21aa', 'wcag111'])).toEqual(['1.1.1', '1.4.3', '2.4.11']);
  });

  it('builds valid data for the AccessibilityStatement component in fi, sv and en', () => {
    const manual = loadManualFindings(file('manual.json', JSON.stringify(manualJson, null, 2)));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const data = buildStatement(report, manual, lang, { today: '2026-11-27' });
      const result = validateStatement(data);
      expect(result.errors).toEqual([]);
      expect(result.valid).toBe(true);
      expect(data.conformance).toBe('partial');
      expect(data.assessment.methods).toEqual(['self', 'automated']);
      // manual finding + label + contrast + reflow; the best-practice rule (no criterion) is left out
      expect(data.nonAccessible!.map((i) => i.criteria[0])).toEqual(['2.1.1', '1.4.3', '1.4.10', '4.1.2']);
      expect(data.nonAccessible!.find((i) => i.criteria[0] === '4.1.2')!.fixBy).toBe('2027-03-31');
    }
    expect(buildStatement(report, manual, 'fi').serviceName).toBe('Asukaspysäköintitunnus');
    expect(buildStatement(report, manual, 'sv').nonAccessible![2]!.description).toMatch(/^Sidan måste rullas i sidled/);
    expect(buildStatement(report, manual, 'fi').nonAccessible![1]!.description).toMatch(/^Tekstin ja taustan värikontrasti/);
  });

  it('never writes an advisory (AAA) finding as a conformance failure: a planted 2.4.13-only failure', async () => {
    const focus = issue({ id: 'focus-visible', kind: 'check', target: 'a.weak', wcag: ['2.4.13'], level: 'AAA', advisory: true, help: 'focus changes 12 px by 3:1, needs 320' });
    const only: AuditReport = { ...report, pages: [{ page: '/apply', url: 'https://example.fi/apply', status: 'ok', durationMs: 1, runs: [{ mode: 'light', durationMs: 1, issues: [focus] }] }], fixed: [] };
    const manual = loadManualFindings(file('manual-none.json', JSON.stringify({ statement: manualJson.statement })));
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const data = buildStatement(only, manual, lang, { today: '2026-11-27' });
      expect(data.conformance).toBe('full');
      expect(data.nonAccessible).toBeUndefined();
      const md = statementMarkdown(data, lang);
      expect(md).not.toMatch(/2\.4\.13|2\.4\.7/);
    }
    // The same through the CLI, and a report.json of an older version without the advisory field.
    const { advisory: _advisory, level: _level, ...old } = focus;
    const audit = file('report-advisory.json', JSON.stringify({ ...only, pages: [{ ...only.pages[0], runs: [{ mode: 'light', durationMs: 1, issues: [old] }] }] }));
    const out = join(dir, 'statement-advisory');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['statement', '--audit', audit, '--manual', file('manual-none2.json', JSON.stringify({ statement: manualJson.statement })), '--out', out])).toBe(0);
    const en = readFileSync(join(out, 'statement.en.md'), 'utf8');
    expect(en).toContain('The service fully meets the WCAG 2.2 level AA accessibility requirements.');
    expect(en).not.toContain('2.4.13');
  });

  it('rejects a manual finding of an unknown criterion, a AAA criterion or an impossible date', () => {
    const bad = (findings: unknown) => file('bad-findings.json', JSON.stringify({ statement: manualJson.statement, findings }, null, 2));
    expect(() => loadManualFindings(bad([{ description: 'x', criteria: ['4.9.99'] }]))).toThrow(/findings\[0\]\.criteria\[0\]: "4\.9\.99" is not a WCAG 2\.2 success criterion/);
    expect(() => loadManualFindings(bad([{ description: 'x', criteria: ['2.4.13'] }]))).toThrow(/"2\.4\.13" Focus Appearance is level AAA/);
    expect(() => loadManualFindings(bad([{ description: 'x', criteria: ['1.4.3'], fixBy: '2026-13-45' }]))).toThrow(/findings\[0\]\.fixBy: must be a date YYYY-MM-DD, got "2026-13-45"/);
  });

  it('writes statement.{fi,sv,en}.md and .json with the CLI', async () => {
    const audit = file('report.json', JSON.stringify(report));
    const manual = file('manual2.json', JSON.stringify(manualJson));
    const out = join(dir, 'statement');
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    expect(await main(['statement', '--audit', audit, '--manual', manual, '--out', out])).toBe(0);
    const md = Object.fromEntries((['fi', 'sv', 'en'] as const).map((l) => [l, readFileSync(join(out, `statement.${l}.md`), 'utf8')]));
    expect(md.fi).toMatch(/^# Saavutettavuusseloste: Asukaspysäköintitunnus/);
    expect(md.fi).toContain('## Sisältö, joka ei ole saavutettavaa\n\n### Puutteet vaatimusten täyttämisessä');
    expect(md.fi).toContain('Kriteerit, jotka eivät täyty: 1.4.10');
    expect(md.fi).toContain('Korjaamme puutteen viimeistään 30. kesäkuuta 2027.');
    expect(md.sv).toMatch(/^# Tillgänglighetsutlåtande: Boendeparkeringstillstånd/);
    expect(md.sv).toContain('Transport- och kommunikationsverket Traficom');
    expect(md.en).toMatch(/^# Accessibility statement: Resident parking permit/);
    expect(md.en).toContain('The service partially meets the WCAG 2.2 level AA accessibility requirements.');
    const data = JSON.parse(readFileSync(join(out, 'statement.en.json'), 'utf8'));
    expect(validateStatement(data).valid).toBe(true);
    expect(statementMarkdown(data, 'en')).toBe(md.en);
  });
});
