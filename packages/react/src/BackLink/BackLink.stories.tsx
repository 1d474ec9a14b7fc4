import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BackLink } from './BackLink';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/BackLink',
  component: BackLink,
  args: { href: '#edellinen' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Takaisin hakemuksiin': { sv: 'Tillbaka till ansökningarna', en: 'Back to applications' },
      'Takaisin asukaspysäköintitunnuksen hakemuksen henkilötietoja ja ajoneuvon tietoja koskevaan vaiheeseen': {
        sv: 'Tillbaka till steget om personuppgifter och fordonsuppgifter i ansökan om invånarparkeringstillstånd',
        en: 'Back to the step about personal and vehicle details in the resident parking permit application',
      },
    },
  },
} satisfies Meta<typeof BackLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: builtInTexts(context)('backLink.label') })).toHaveFocus();
  },
};
export const CustomText: Story = { args: { children: 'Takaisin hakemuksiin' } };
export const LongText: Story = {
  args: { children: 'Takaisin asukaspysäköintitunnuksen hakemuksen henkilötietoja ja ajoneuvon tietoja koskevaan vaiheeseen' },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Tillbaka' })).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Back' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Default">
        <BackLink {...args} />
      </InteractionCells>
      <StateCell label="Own text">
        <BackLink {...storyTexts(context)(storyArgs(args, CustomText))} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <BackLink {...args} />
      </StateCell>
      <StateCell label="Long text" wide>
        <BackLink {...storyTexts(context)(storyArgs(args, LongText))} />
      </StateCell>
    </StateGrid>
  ),
};
