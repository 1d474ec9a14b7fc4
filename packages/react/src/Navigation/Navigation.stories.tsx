import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Navigation } from './Navigation';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

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
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Asuminen: { sv: 'Boende', en: 'Housing' },
      Liikenne: { sv: 'Trafik', en: 'Traffic' },
      'Vapaa-aika': { sv: 'Fritid', en: 'Leisure' },
      'Sosiaali- ja terveyspalvelut': { sv: 'Social- och hälsovårdstjänster', en: 'Social and health services' },
      Palvelut: { sv: 'Tjänster', en: 'Services' },
      'Asuminen ja ympäristö sekä rakennusvalvonnan luvat': {
        sv: 'Boende och miljö samt byggnadstillsynens tillstånd',
        en: 'Housing and the environment, and building control permits',
      },
      'Liikenne- ja katusuunnitelmat': { sv: 'Trafik- och gatuplaner', en: 'Traffic and street plans' },
      'Kasvatus, koulutus ja nuorisopalvelut': { sv: 'Fostran, utbildning och ungdomstjänster', en: 'Education, schools and youth services' },
    },
  },
} satisfies Meta<typeof Navigation>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const t = storyTexts(context);
    const nav = within(canvasElement).getByRole('navigation', { name: builtInTexts(context)('navigation.label') });
    await expect(within(nav).getByRole('link', { name: t('Liikenne') })).toHaveAttribute('aria-current', 'page');
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: t('Asuminen') })).toHaveFocus();
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
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => {
    const name = builtInTexts(context)('navigation.label');
    return (
      <StateGrid>
        <InteractionCells label="Current page marked" target="a:not([aria-current])">
          {(cell) => <Navigation {...args} aria-label={`${name} (${cell})`} />}
        </InteractionCells>
        <StateCell label="No current page">
          <Navigation {...storyArgs(args, NoCurrentPage)} aria-label={`${name} (no current page)`} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <Navigation {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Navigation {...storyTexts(context)(storyArgs(args, LongText))} aria-label={`${name} (long text)`} />
        </StateCell>
      </StateGrid>
    );
  },
};
