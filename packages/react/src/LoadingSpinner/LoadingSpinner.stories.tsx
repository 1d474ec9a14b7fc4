import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { LoadingSpinner } from './LoadingSpinner';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/LoadingSpinner',
  component: LoadingSpinner,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Haetaan hakemuksia': { sv: 'Ansökningarna hämtas', en: 'Fetching applications' },
      'Haetaan asukaspysäköintitunnuksen hakemuksia ja niiden käsittelytilanteita kaupungin järjestelmästä': {
        sv: 'Ansökningar om invånarparkeringstillstånd och hur långt de har kommit hämtas från stadens system',
        en: 'Fetching resident parking permit applications and how far they have got from the city’s system',
      },
    },
  },
} satisfies Meta<typeof LoadingSpinner>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    await expect(within(canvasElement).getByRole('status')).toHaveTextContent(builtInTexts(context)('loadingSpinner.label'));
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

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Default (label for screen readers only)">
        <LoadingSpinner {...args} />
      </StateCell>
      <StateCell label="Visible label">
        <LoadingSpinner {...storyTexts(context)(storyArgs(args, VisibleLabel))} />
      </StateCell>
      {(['small', 'medium', 'large'] as const).map((size) => (
        <StateCell key={size} label={`Size ${size}`}>
          <LoadingSpinner {...args} size={size} showLabel />
        </StateCell>
      ))}
      <StateCell label="Swedish" locale="sv">
        <LoadingSpinner {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <LoadingSpinner {...storyTexts(context)(storyArgs(args, LongText))} />
      </StateCell>
    </StateGrid>
  ),
};
