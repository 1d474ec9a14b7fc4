import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumb } from './Breadcrumb';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

const trail = [
  { label: 'Etusivu', href: '#etusivu' },
  { label: 'Liikenne', href: '#liikenne' },
  { label: 'Pysäköinti', href: '#pysakointi' },
  { label: 'Asukaspysäköintitunnus' },
];

const meta = {
  title: 'Components/Breadcrumb',
  component: Breadcrumb,
  args: { items: trail },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Etusivu: { sv: 'Startsida', en: 'Home' },
      Liikenne: { sv: 'Trafik', en: 'Traffic' },
      Pysäköinti: { sv: 'Parkering', en: 'Parking' },
      Asukaspysäköintitunnus: { sv: 'Invånarparkeringstillstånd', en: 'Resident parking permit' },
      Palaute: { sv: 'Respons', en: 'Feedback' },
      Kaupunkiympäristö: { sv: 'Stadsmiljö', en: 'Urban environment' },
      'Kaupunkiympäristön toimialan asukaspalvelut ja luvat': {
        sv: 'Stadsmiljösektorns invånartjänster och tillstånd',
        en: 'Resident services and permits of the Urban Environment Division',
      },
      'Liikenne- ja katusuunnitelmat sekä pysäköintiratkaisut': {
        sv: 'Trafik- och gatuplaner samt parkeringslösningar',
        en: 'Traffic and street plans and parking solutions',
      },
      'Asukaspysäköintitunnuksen hakeminen, uusiminen ja irtisanominen': {
        sv: 'Ansöka om, förnya och säga upp invånarparkeringstillstånd',
        en: 'Applying for, renewing and cancelling a resident parking permit',
      },
    },
  },
} satisfies Meta<typeof Breadcrumb>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const t = storyTexts(context);
    const nav = within(canvasElement).getByRole('navigation', { name: builtInTexts(context)('breadcrumb.label') });
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: t('Etusivu') })).toHaveFocus();
    await expect(within(nav).getByText(t('Asukaspysäköintitunnus'))).toHaveAttribute('aria-current', 'page');
  },
};
export const TwoLevels: Story = { args: { items: [{ label: 'Etusivu', href: '#etusivu' }, { label: 'Palaute' }] } };
export const CollapseOnNarrow: Story = {
  args: {
    collapseOnNarrow: true,
    items: [
      { label: 'Etusivu', href: '#etusivu' },
      { label: 'Kaupunkiympäristö', href: '#ky' },
      { label: 'Liikenne', href: '#liikenne' },
      { label: 'Pysäköinti', href: '#pysakointi' },
      { label: 'Asukaspysäköintitunnus' },
    ],
  },
};
export const LongText: Story = {
  args: {
    items: [
      { label: 'Etusivu', href: '#etusivu' },
      { label: 'Kaupunkiympäristön toimialan asukaspalvelut ja luvat', href: '#ky' },
      { label: 'Liikenne- ja katusuunnitelmat sekä pysäköintiratkaisut', href: '#liikenne' },
      { label: 'Asukaspysäköintitunnuksen hakeminen, uusiminen ja irtisanominen' },
    ],
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: { items: [{ label: 'Startsida', href: '#start' }, { label: 'Trafik', href: '#trafik' }, { label: 'Invånarparkering' }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Brödsmulor' })).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: { items: [{ label: 'Home', href: '#home' }, { label: 'Traffic', href: '#traffic' }, { label: 'Resident parking' }] },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Breadcrumb' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each navigation landmark has a name of its own (axe: landmark-unique).
  render: (args, context) => {
    const t = storyTexts(context);
    const name = builtInTexts(context)('breadcrumb.label');
    return (
      <StateGrid>
        <InteractionCells label="Four levels" target="a">
          {(cell) => <Breadcrumb {...args} aria-label={`${name} (${cell})`} />}
        </InteractionCells>
        <StateCell label="Two levels">
          <Breadcrumb {...t(storyArgs(args, TwoLevels))} aria-label={`${name} (two levels)`} />
        </StateCell>
        <StateCell label="Collapsed on narrow screens" wide>
          <Breadcrumb {...t(storyArgs(args, CollapseOnNarrow))} aria-label={`${name} (collapsed on narrow screens)`} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <Breadcrumb {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Breadcrumb {...t(storyArgs(args, LongText))} aria-label={`${name} (long text)`} />
        </StateCell>
      </StateGrid>
    );
  },
};
