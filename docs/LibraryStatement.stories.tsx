import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AccessibilityStatement, useLocale, type AccessibilityStatementData, type AukioLocale } from '../packages/react/src';
import type { ConformanceRecord } from '../packages/react/src/internal/conformance';

// Aukio's own accessibility statement, built from the components' conformance records
// (packages/react/src/<Name>/<Name>.conformance.ts, the same data as docs/conformance.json): every known issue
// is non-accessible content with its WCAG criteria. Nothing about the issues is typed here.
const modules = import.meta.glob<{ conformance: ConformanceRecord }>('../packages/react/src/*/*.conformance.ts', { eager: true });
const records: ConformanceRecord[] = Object.values(modules)
  .map((m) => m.conformance)
  .sort((a, b) => (a.component < b.component ? -1 : 1));

interface Issue {
  components: string[];
  criteria: string[];
  description: string;
  workaround?: string;
}

const texts: Record<AukioLocale, { serviceName: string; organisation: string; feedbackName: string; issue: (issue: Issue) => string }> = {
  fi: {
    serviceName: 'Aukio-komponenttikirjasto',
    organisation: 'Aukio-projekti',
    feedbackName: 'Aukion kehittäjät (ohjeet: Osallistu kehitykseen)',
    issue: ({ components, criteria }: Issue) =>
      `${components.join(', ')}: tunnettu puute, WCAG ${criteria.join(', ')}. Kuvaus ja kiertotapa (englanniksi) ovat komponentin dokumentaation kohdassa Conformance record.`,
  },
  sv: {
    serviceName: 'Komponentbiblioteket Aukio',
    organisation: 'Aukio-projektet',
    feedbackName: 'Aukios utvecklare (anvisningar: Contributing)',
    issue: ({ components, criteria }: Issue) =>
      `${components.join(', ')}: känd brist, WCAG ${criteria.join(', ')}. Beskrivningen och sättet att kringgå problemet (på engelska) finns i komponentens dokumentation under Conformance record.`,
  },
  en: {
    serviceName: 'Aukio component library',
    organisation: 'The Aukio project',
    feedbackName: 'Aukio maintainers (see Contributing)',
    // The records write code in backticks (Markdown); the statement is plain text.
    issue: ({ components, description, workaround }: Issue) =>
      `${components.join(', ')}: ${description}${workaround ? ` Workaround: ${workaround}` : ''}`.replace(/`/g, ''),
  },
};

/** The screen readers the records say were run on the components (e.g. Orca in CI), with how many components. */
const screenReaderTools = [
  ...records
    .flatMap((r) => r.assistiveTech.filter((a) => a.status === 'tested').map((a) => `${a.name} + ${a.browser}`))
    .reduce((m, k) => m.set(k, (m.get(k) ?? 0) + 1), new Map<string, number>()),
].map(([tool, n]) => `${tool} (${n} components)`);

/** The statement data in one language: one item per known issue (components with the same issue share it). */
function libraryStatement(locale: AukioLocale): AccessibilityStatementData {
  const t = texts[locale];
  const byIssue = new Map<string, Issue>();
  for (const r of records) {
    for (const k of r.knownIssues) {
      const key = `${k.description}|${k.workaround ?? ''}`;
      const e = byIssue.get(key) ?? { components: [], criteria: [...k.criteria], description: k.description, workaround: k.workaround };
      e.components.push(r.component);
      byIssue.set(key, e);
    }
  }
  const nonAccessible = [...byIssue.values()].map((e) => ({ description: t.issue(e), criteria: e.criteria }));
  const prepared = records.map((r) => r.reviewed).sort().at(-1) ?? '';
  return {
    serviceName: t.serviceName,
    organisation: t.organisation,
    conformance: nonAccessible.length ? 'partial' : 'full',
    nonAccessible,
    assessment: {
      methods: ['self', 'automated'],
      tools: ['axe-core (jest-axe, Storybook)', 'Vitest', 'Chromium (Playwright)', '@aukio/a11y', ...screenReaderTools],
    },
    prepared,
    feedback: { name: t.feedbackName, url: '?path=/docs/docs-contributing--docs' },
  };
}

function LibraryStatement() {
  const locale = useLocale();
  return <AccessibilityStatement data={libraryStatement(locale)} />;
}

const meta = {
  title: 'Docs/Accessibility statement',
  component: LibraryStatement,
  parameters: { layout: 'padded' },
} satisfies Meta<typeof LibraryStatement>;
export default meta;
type Story = StoryObj<typeof meta>;

/** In Finnish (the default language). */
export const Finnish: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Saavutettavuusseloste: Aukio-komponenttikirjasto');
    // Every component with a known issue is named in the list of non-accessible content.
    const named = records.filter((r) => r.knownIssues.length).map((r) => r.component);
    for (const component of named) await expect(canvasElement.textContent).toContain(component);
  },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Accessibility statement: Aukio component library');
    await expect(canvasElement.textContent).toContain('Announcer: A second message within 100 ms');
    // The screen reader run in CI is named among the tools, with how many components it covered.
    await expect(canvasElement.textContent).toMatch(/Orca 43\.1 \+ Chromium 156 \(\d+ components\)/);
  },
};
