import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Navigation } from './Navigation';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const items = [
  { label: 'Asuminen', href: '#asuminen' },
  { label: 'Liikenne', href: '#liikenne' },
  { label: 'Vapaa-aika', href: '#vapaa-aika' },
  { label: 'Sosiaali- ja terveyspalvelut', href: '#sote' },
];

const meta = {
  title: 'Components/Navigation',
  component: Navigation,
  args: { items, currentHref: '#liikenne' },
} satisfies Meta<typeof Navigation>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Päävalikko' });
    await expect(within(nav).getByRole('link', { name: 'Liikenne' })).toHaveAttribute('aria-current', 'page');
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: 'Asuminen' })).toHaveFocus();
  },
};
export const NoCurrentPage: Story = { args: { currentHref: undefined } };
export const CustomLabel: Story = { args: { 'aria-label': 'Palvelut' } };
export const LongText: Story = {
  args: {
    items: [
      { label: 'Asuminen ja ympäristö sekä rakennusvalvonnan luvat', href: '#asuminen' },
      { label: 'Liikenne- ja katusuunnitelmat', href: '#liikenne' },
      { label: 'Kasvatus, koulutus ja nuorisopalvelut', href: '#kasvatus' },
    ],
    currentHref: '#liikenne',
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: {
    items: [
      { label: 'Boende', href: '#boende' },
      { label: 'Trafik', href: '#trafik' },
      { label: 'Fritid', href: '#fritid' },
    ],
    currentHref: '#trafik',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Huvudmeny' })).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    items: [
      { label: 'Housing', href: '#housing' },
      { label: 'Traffic', href: '#traffic' },
      { label: 'Leisure', href: '#leisure' },
    ],
    currentHref: '#traffic',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each navigation landmark has a name of its own (axe: landmark-unique).
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Current page marked" target="a:not([aria-current])">
        {(cell) => <Navigation {...args} aria-label={`Päävalikko (${cell})`} />}
      </InteractionCells>
      <StateCell label="No current page">
        <Navigation {...storyArgs(args, NoCurrentPage)} aria-label="Päävalikko (no current page)" />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Navigation {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Navigation {...storyArgs(args, LongText)} aria-label="Päävalikko (long text)" />
      </StateCell>
    </StateGrid>
  ),
};
