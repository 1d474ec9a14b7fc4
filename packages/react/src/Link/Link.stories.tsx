import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Link } from './Link';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Link',
  component: Link,
  args: { href: '#pysakointi', children: 'Asukaspysäköinti' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Asukaspysäköinti: { sv: 'Invånarparkering', en: 'Resident parking' },
      'Lue lisää sivulta': { sv: 'Läs mer på sidan', en: 'Read more on the page' },
      'ennen kuin haet tunnusta.': { sv: 'innan du ansöker om tillstånd.', en: 'before you apply for a permit.' },
      'Kaikki pysäköintipalvelut': { sv: 'Alla parkeringstjänster', en: 'All parking services' },
      'Ohje tulostettavana': { sv: 'Anvisningen för utskrift', en: 'The guide for printing' },
      'Asukaspysäköintitunnuksen hakeminen, voimassaolo, hinnat ja muut tunnukseen liittyvät usein kysytyt kysymykset': {
        sv: 'Ansökan om invånarparkeringstillstånd, giltighet, priser och andra vanliga frågor om tillståndet',
        en: 'Applying for a resident parking permit, how long it is valid, prices and other frequently asked questions',
      },
    },
  },
} satisfies Meta<typeof Link>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Inline: Story = {
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <p>
        {t('Lue lisää sivulta')} <Link {...args} /> {t('ennen kuin haet tunnusta.')}
      </p>
    );
  },
};
export const Standalone: Story = { args: { variant: 'standalone', children: 'Kaikki pysäköintipalvelut' } };
export const External: Story = {
  args: { href: 'https://www.traficom.fi', external: true, children: 'Traficom' },
  play: async ({ canvasElement, ...context }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName(`Traficom ${builtInTexts(context)('link.external')}`);
  },
};
export const NewTab: Story = { args: { href: '#ohje', target: '_blank', children: 'Ohje tulostettavana' } };
export const ExternalNewTab: Story = {
  args: { href: 'https://www.traficom.fi', target: '_blank', external: true, children: 'Traficom' },
};
export const LongText: Story = {
  args: {
    variant: 'standalone',
    children:
      'Asukaspysäköintitunnuksen hakeminen, voimassaolo, hinnat ja muut tunnukseen liittyvät usein kysytyt kysymykset',
  },
};
export const Swedish: Story = {
  args: { href: 'https://www.traficom.fi/sv', external: true, target: '_blank', children: 'Traficom' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link')).toHaveAccessibleName(
      'Traficom (extern webbplats, öppnas i en ny flik)',
    );
  },
};
export const English: Story = {
  args: { href: 'https://www.traficom.fi/en', external: true, target: '_blank', children: 'Traficom' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Inline">
          <p>
            {t('Lue lisää sivulta')} <Link {...args} /> {t('ennen kuin haet tunnusta.')}
          </p>
        </InteractionCells>
        <InteractionCells label="Standalone">
          <Link {...t(storyArgs(args, Standalone))} />
        </InteractionCells>
        <StateCell label="External, new tab">
          <Link {...storyArgs(args, ExternalNewTab)} />
        </StateCell>
        <StateCell label="Swedish, external" locale="sv">
          <Link {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Link {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
