import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { AccessibilityStatement } from './AccessibilityStatement';
import { parkingPermitStatement } from './sample';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/AccessibilityStatement',
  component: AccessibilityStatement,
  args: { data: parkingPermitStatement },
} satisfies Meta<typeof AccessibilityStatement>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The complete statement for the parking permit service, in Finnish. */
export const PartiallyCompliant: Story = {
  // The statement's data (the service's own texts) is in Finnish; the built-in texts follow the toolbar's language.
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(
      b('accessibilityStatement.headingFor', { service: parkingPermitStatement.serviceName }),
    );
    // The supervising authority's site, shown without https://www.
    await expect(canvas.getByRole('link', { name: b('accessibilityStatement.authorityUrl').replace(/^https?:\/\/(www\.)?/, '') })).toBeVisible();
  },
};
export const FullyCompliant: Story = {
  args: { data: { ...parkingPermitStatement, conformance: 'full', nonAccessible: [], disproportionateBurden: [], outOfScope: [] } },
};
export const NotCompliant: Story = { args: { data: { ...parkingPermitStatement, conformance: 'none' } } };
/** Inside a page that already has an h1. */
export const HeadingLevel2: Story = { args: { headingLevel: 2 } };
/** Invalid data: the console names the fields; the valid parts render. */
export const InvalidData: Story = {
  args: { data: { ...parkingPermitStatement, conformance: 'mostly', prepared: '15.3.2026' } as never },
};
export const LongText: Story = {
  args: {
    data: {
      ...parkingPermitStatement,
      serviceName: 'Asukaspysäköintitunnuksen ja yrityspysäköintitunnuksen sähköinen hakemus- ja maksupalvelu',
      nonAccessible: [
        {
          description:
            'Pysäköintivyöhykekartan vyöhykerajatiedot esitetään ainoastaan värein, eikä niille ole tekstivaihtoehtoa. Pitkäsanaisuusesimerkki: pysäköintialuerajausmuutostiedote.',
          criteria: ['1.4.1 Värien käyttö', '1.1.1 Ei-tekstuaalinen sisältö'],
          fixBy: '2027-01-31',
        },
      ],
    },
  },
};
/** Complete statement in Swedish. */
export const Swedish: Story = { globals: { locale: 'sv' } };
/** Complete statement in English. */
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      {(
        [
          ['Fully compliant', FullyCompliant],
          ['Not compliant', NotCompliant],
        ] as const
      ).map(([label, story]) => (
        <StateCell key={label} label={label} wide>
          <AccessibilityStatement {...storyArgs(args, story, HeadingLevel2)} />
        </StateCell>
      ))}
      <StateCell label="Partially compliant, Swedish" locale="sv" wide>
        <AccessibilityStatement {...storyArgs(args, HeadingLevel2)} />
      </StateCell>
    </StateGrid>
  ),
};
