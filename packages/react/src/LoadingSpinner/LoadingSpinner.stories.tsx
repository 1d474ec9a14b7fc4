import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LoadingSpinner } from './LoadingSpinner';

const meta = {
  title: 'Components/LoadingSpinner',
  component: LoadingSpinner,
} satisfies Meta<typeof LoadingSpinner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Ladataan');
  },
};
export const VisibleLabel: Story = { args: { label: 'Haetaan hakemuksia', showLabel: true } };
export const Sizes: Story = {
  render: () => (
    <div className="aukio-story-row">
      <LoadingSpinner size="small" showLabel />
      <LoadingSpinner size="medium" showLabel />
      <LoadingSpinner size="large" showLabel />
    </div>
  ),
};
export const LongText: Story = {
  args: { showLabel: true, label: 'Haetaan asukaspysäköintitunnuksen hakemuksia ja niiden käsittelytilanteita kaupungin järjestelmästä' },
};
export const Swedish: Story = {
  args: { showLabel: true },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent('Laddar');
  },
};
export const English: Story = { args: { showLabel: true }, globals: { locale: 'en' } };
