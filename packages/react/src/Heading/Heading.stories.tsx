import type { Meta, StoryObj } from '@storybook/react-vite';
import { Heading } from './Heading';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/Heading',
  component: Heading,
  args: { level: 2, children: 'Asukaspysäköinti' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Asukaspysäköinti: { sv: 'Invånarparkering', en: 'Resident parking' },
      ...Object.fromEntries([1, 2, 3, 4, 5, 6].map((n) => [`Taso ${n}`, { sv: `Nivå ${n}`, en: `Level ${n}` }])),
      'Pääotsikko pienellä koolla': { sv: 'Huvudrubrik i liten storlek', en: 'Main heading in a small size' },
      'Asukaspysäköintitunnuksen hakeminen, uusiminen ja peruuttaminen kantakaupungin pysäköintialueilla': {
        sv: 'Ansöka om, förnya och säga upp invånarparkeringstillstånd i innerstadens parkeringsområden',
        en: 'Applying for, renewing and cancelling a resident parking permit in the inner-city parking zones',
      },
    },
  },
} satisfies Meta<typeof Heading>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
export const Levels: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <div>
        <Heading level={1}>{t('Taso 1')}</Heading>
        <Heading level={2}>{t('Taso 2')}</Heading>
        <Heading level={3}>{t('Taso 3')}</Heading>
        <Heading level={4}>{t('Taso 4')}</Heading>
        <Heading level={5}>{t('Taso 5')}</Heading>
        <Heading level={6}>{t('Taso 6')}</Heading>
      </div>
    );
  },
};
export const SizeDiffersFromLevel: Story = { args: { level: 1, size: 'lg', children: 'Pääotsikko pienellä koolla' } };
export const LongText: Story = {
  args: { level: 1, children: 'Asukaspysäköintitunnuksen hakeminen, uusiminen ja peruuttaminen kantakaupungin pysäköintialueilla' },
};
export const Swedish: Story = { args: { children: 'Invånarparkering' }, globals: { locale: 'sv' } };
export const English: Story = { args: { children: 'Resident parking' }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <StateCell label="Levels 1–6" wide>
          {Levels.render?.(args, context)}
        </StateCell>
        <StateCell label="Size differs from level">
          <Heading {...t(storyArgs(args, SizeDiffersFromLevel))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <Heading {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Heading {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
