import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumb } from './Breadcrumb';

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
} satisfies Meta<typeof Breadcrumb>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nav = within(canvasElement).getByRole('navigation', { name: 'Murupolku' });
    await userEvent.tab();
    await expect(within(nav).getByRole('link', { name: 'Etusivu' })).toHaveFocus();
    await expect(within(nav).getByText('Asukaspysäköintitunnus')).toHaveAttribute('aria-current', 'page');
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
