import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { VisuallyHidden } from './VisuallyHidden';
import { InteractionCells, StateCell, StateGrid } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/VisuallyHidden',
  component: VisuallyHidden,
} satisfies Meta<typeof VisuallyHidden>;
export default meta;
type Story = StoryObj<typeof meta>;

export const InButton: Story = {
  render: () => (
    <button type="button" className="aukio-button" data-variant="secondary" data-size="medium">
      Muuta <VisuallyHidden>sähköpostiosoitetta</VisuallyHidden>
    </button>
  ),
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName('Muuta sähköpostiosoitetta');
  },
};
export const HiddenHeading: Story = {
  render: () => (
    <section aria-labelledby="tulokset">
      <VisuallyHidden as="h2" id="tulokset">
        Hakutulokset
      </VisuallyHidden>
      <p>12 pysäköintialuetta löytyi.</p>
    </section>
  ),
};
export const LongText: Story = {
  render: () => (
    <p>
      Hinta 30 €
      <VisuallyHidden>
        kuukaudessa, sisältää arvonlisäveron ja laskutetaan kolmen kuukauden jaksoissa hakemuksen hyväksymisen jälkeen
      </VisuallyHidden>
    </p>
  ),
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  render: () => (
    <p>
      Pris 30 € <VisuallyHidden>per månad</VisuallyHidden>
    </p>
  ),
};
export const English: Story = {
  globals: { locale: 'en' },
  render: () => (
    <p>
      Price 30 € <VisuallyHidden>per month</VisuallyHidden>
    </p>
  ),
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Hidden text in a button">{InButton.render?.(args, context)}</InteractionCells>
      <StateCell label="Hidden heading">{HiddenHeading.render?.(args, context)}</StateCell>
      <StateCell label="Swedish" locale="sv">
        {Swedish.render?.(args, context)}
      </StateCell>
      <StateCell label="Long hidden text" wide>
        {LongText.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
