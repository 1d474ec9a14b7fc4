import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BackLink } from './BackLink';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/BackLink',
  component: BackLink,
  args: { href: '#edellinen' },
} satisfies Meta<typeof BackLink>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Takaisin' })).toHaveFocus();
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default">
        <BackLink {...args} />
      </InteractionCells>
      <StateCell label="Own text">
        <BackLink {...storyArgs(args, CustomText)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <BackLink {...args} />
      </StateCell>
      <StateCell label="Long text" wide>
        <BackLink {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
