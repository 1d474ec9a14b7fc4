import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Tag } from './Tag';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Tag',
  component: Tag,
  args: { children: 'Pysäköinti' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Pysäköinti: { sv: 'Parkering', en: 'Parking' },
      Asuminen: { sv: 'Boende', en: 'Housing' },
      Uusi: { sv: 'Ny', en: 'New' },
      Neutraali: { sv: 'Neutral', en: 'Neutral' },
      Tiedote: { sv: 'Meddelande', en: 'Notice' },
      Voimassa: { sv: 'Giltig', en: 'Valid' },
      'Vanhenee pian': { sv: 'Går snart ut', en: 'Expires soon' },
      Vanhentunut: { sv: 'Har gått ut', en: 'Expired' },
      'Asukaspysäköintitunnukset ja yrityspysäköintitunnukset kantakaupungin alueella': {
        sv: 'Boendeparkeringstillstånd och företagsparkeringstillstånd i innerstaden',
        en: 'Resident parking permits and business parking permits in the inner city',
      },
    },
  },
} satisfies Meta<typeof Tag>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Neutral: Story = {};
export const Info: Story = { args: { variant: 'info', children: 'Uusi' } };
export const Success: Story = { args: { variant: 'success', children: 'Voimassa' } };
export const Warning: Story = { args: { variant: 'warning', children: 'Vanhenee pian' } };
export const Error: Story = { args: { variant: 'error', children: 'Vanhentunut' } };
export const AsLink: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-row">
        <Tag href="#pysakointi">{t('Pysäköinti')}</Tag>
        <Tag href="#asuminen" variant="info">
          {t('Asuminen')}
        </Tag>
      </div>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: storyTexts(context)('Pysäköinti') })).toHaveFocus();
  },
};
export const AllVariants: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-row">
        <Tag>{t('Neutraali')}</Tag>
        <Tag variant="info">{t('Tiedote')}</Tag>
        <Tag variant="success">{t('Voimassa')}</Tag>
        <Tag variant="warning">{t('Vanhenee pian')}</Tag>
        <Tag variant="error">{t('Vanhentunut')}</Tag>
      </div>
    );
  },
};
export const LongText: Story = { args: { children: 'Asukaspysäköintitunnukset ja yrityspysäköintitunnukset kantakaupungin alueella' } };
export const Swedish: Story = { args: { children: 'Parkering' }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: 'Parking' }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        {(
          [
            ['Neutral', Neutral],
            ['Info', Info],
            ['Success', Success],
            ['Warning', Warning],
            ['Error', Error],
          ] as const
        ).map(([label, story]) => (
          <StateCell key={label} label={label}>
            <Tag {...t(storyArgs(args, story))} />
          </StateCell>
        ))}
        <InteractionCells label="Link">
          <Tag href="#pysakointi">{t('Pysäköinti')}</Tag>
        </InteractionCells>
        <StateCell label="Swedish" locale="sv">
          <Tag {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Tag {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
