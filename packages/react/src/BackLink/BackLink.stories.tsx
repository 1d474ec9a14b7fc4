import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { BackLink } from './BackLink';

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
