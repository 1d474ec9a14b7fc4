// @vitest-environment node
// `aukio-a11y statement --conformance`: the components' conformance records (docs/conformance.json) in the
// statement drafts — known issues as non-accessible content, the criteria as a section of the Markdown —
// checked against the AccessibilityStatement component's own validator.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validateStatement } from '../../react/src/AccessibilityStatement/statement';
import { main } from '../src/cli.ts';
import { InputError } from '../src/json.ts';
import { buildStatement, conformanceCriteria, conformanceItems, loadConformance, statementMarkdown, type ConformanceRecords } from '../src/statement.ts';

const dir = mkdtempSync(join(tmpdir(), 'aukio-a11y-conformance-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return path;
};

const records: ConformanceRecords = {
  wcag: '2.2',
  components: [
    {
      component: 'Fieldset',
      criteria: [
        { id: '1.3.1', status: 'partially-supports', how: 'Native `<fieldset>` / `<legend>`.' },
        { id: '3.3.1', status: 'supports', how: 'Group error with a text prefix.' },
      ],
      knownIssues: [{ description: 'Screen readers differ in reading the description.', criteria: ['1.3.1'], workaround: 'The hint is also text before the fields.' }],
    },
    {
      component: 'RadioGroup',
      criteria: [
        { id: '1.3.1', status: 'partially-supports', how: 'Native radios in a fieldset.' },
        { id: '2.1.1', status: 'supports', how: 'Native radios.' },
      ],
      knownIssues: [{ description: 'Screen readers differ in reading the description.', criteria: ['1.3.1'], workaround: 'The hint is also text before the fields.' }],
    },
    {
      component: 'Toast',
      criteria: [
        { id: '2.2.1', status: 'partially-supports', how: 'Time pauses while hovered or focused.' },
        { id: '4.1.3', status: 'does-not-support', how: 'Toasts are not announced in `Safari`.' },
      ],
      knownIssues: [{ description: 'The time does not pause when the tab is hidden.', criteria: ['2.2.1'] }],
    },
  ],
};

const manual = { statement: { serviceName: 'Asiointi', organisation: 'Aukion kaupunki', feedback: { email: 'palaute@example.fi' }, prepared: '2026-11-27' } };

describe('conformance records in the statement', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns known issues into non-accessible content, one item for components that share an issue', () => {
    const items = conformanceItems(records, 'en');
    expect(items).toEqual([
      { description: 'Fieldset, RadioGroup: Screen readers differ in reading the description. Workaround: The hint is also text before the fields.', criteria: ['1.3.1'] },
      { description: 'Toast: The time does not pause when the tab is hidden.', criteria: ['2.2.1'] },
      { description: 'Toast: Toasts are not announced in Safari.', criteria: ['4.1.3'] },
    ]);
    expect(conformanceItems(records, 'fi')[0].description).toContain('Kiertotapa: ');
  });

  it('lists the criteria the components cover, with names from the WCAG table and the partial ones', () => {
    const criteria = conformanceCriteria(records);
    expect(criteria.map((c) => c.id)).toEqual(['1.3.1', '2.1.1', '2.2.1', '3.3.1', '4.1.3']);
    expect(criteria[0]).toEqual({ id: '1.3.1', name: 'Info and Relationships', level: 'A', components: ['Fieldset', 'RadioGroup'], partial: ['Fieldset', 'RadioGroup'] });
    expect(criteria[1].partial).toEqual([]);
  });

  it('builds a valid, partial statement in each language and adds the criteria section to the draft', () => {
    for (const lang of ['fi', 'sv', 'en'] as const) {
      const data = buildStatement(undefined, manual, lang, { conformance: records, today: '2026-11-27' });
      expect(validateStatement(data).errors).toEqual([]);
      expect(data.conformance).toBe('partial');
      expect(data.nonAccessible).toHaveLength(3);
      expect(data.assessment.methods).toEqual(['self']);
    }
    const en = statementMarkdown(buildStatement(undefined, manual, 'en', { conformance: records }), 'en', { conformance: records });
    expect(en).toContain('## WCAG criteria of the components');
    expect(en).toContain('- 1.3.1 Info and Relationships (A): 2 components; partially: Fieldset, RadioGroup');
    expect(en).toContain('- 2.1.1 Keyboard (A): 1 component\n');
    const sv = statementMarkdown(buildStatement(undefined, manual, 'sv', { conformance: records }), 'sv', { conformance: records });
    expect(sv).toContain('## Komponenternas WCAG-kriterier');
    expect(statementMarkdown(buildStatement(undefined, manual, 'en'), 'en')).not.toContain('WCAG criteria of the components');
  });

  it('rejects a file that is not conformance records, naming the component and criterion', () => {
    expect(() => loadConformance(file('bad.json', { components: [{ component: 'Button', criteria: [{ id: '9.9', status: 'supports', how: 'x' }], knownIssues: [] }] }))).toThrow(
      /components\[0\]\.criteria\[0\]\.id: "9\.9" is not a WCAG 2\.2 success criterion/,
    );
    expect(() => loadConformance(file('issue.json', { components: [{ component: 'Tabs', criteria: [], knownIssues: [{ description: 'x', criteria: [] }] }] }))).toThrow(InputError);
    expect(() => loadConformance(file('list.json', []))).toThrow(/\(top level\): must be an object/);
  });

  it('reads the repository docs/conformance.json', () => {
    const repo = loadConformance(join(__dirname, '../../../docs/conformance.json'));
    expect(repo.components.length).toBeGreaterThan(50);
    const data = buildStatement(undefined, manual, 'fi', { conformance: repo, today: '2026-11-27' });
    expect(validateStatement(data).errors).toEqual([]);
  });

  it('aukio-a11y statement --conformance writes the known issues into every language', async () => {
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const out = join(dir, 'out');
    const code = await main(['statement', '--manual', file('findings.json', manual), '--conformance', file('conformance.json', records), '--out', out]);
    expect(code).toBe(0);
    for (const lang of ['fi', 'sv', 'en']) {
      const data = JSON.parse(readFileSync(join(out, `statement.${lang}.json`), 'utf8'));
      expect(data.nonAccessible.map((i: { criteria: string[] }) => i.criteria)).toEqual([['1.3.1'], ['2.2.1'], ['4.1.3']]);
      expect(readFileSync(join(out, `statement.${lang}.md`), 'utf8')).toContain('4.1.3 Status Messages (AA)');
    }
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['statement', '--manual', file('findings2.json', manual), '--conformance', file('broken.json', '{ "components": ')])).toBe(2);
  });
});
