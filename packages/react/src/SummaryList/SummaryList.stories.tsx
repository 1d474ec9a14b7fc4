import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SummaryList } from './SummaryList';

const rows = [
  { key: 'Nimi', value: 'Aino Asukas', href: '#nimi' },
  { key: 'Syntymäaika', value: '5.1.1990', href: '#syntymaaika' },
  {
    key: 'Osoite',
    value: (
      <>
        Helsinginkatu 1 A 10
        <br />
        00500 Helsinki
      </>
    ),
    href: '#osoite',
  },
  { key: 'Hakemusnumero', value: 'H-2026-0042' },
];

const meta = {
  title: 'Components/SummaryList',
  component: SummaryList,
  args: { rows },
} satisfies Meta<typeof SummaryList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('link', { name: 'Muuta Nimi' })).toHaveFocus();
  },
};
export const WithoutActions: Story = { args: { rows: rows.map(({ key, value }) => ({ key, value })) } };
export const Card: Story = { args: { title: 'Hakijan tiedot', cardAction: { href: '#hakija', label: 'Muuta kaikkia' } } };
export const LongText: Story = {
  args: {
    title: 'Ajoneuvon tiedot, jotka on haettu liikenneasioiden rekisteristä hakemuksen lähettämisen yhteydessä',
    rows: [
      { key: 'Ajoneuvon omistajan ja haltijan nimet rekisteriotteen mukaisesti', value: 'Aino Asukas ja Bertta Bertiläinen', href: '#a' },
      { key: 'Liite', value: 'rekisteriote_ajoneuvo_ABC-123_2026_lopullinen_allekirjoitettu_versio.pdf', href: '#b' },
    ],
  },
};
export const Swedish: Story = {
  args: { rows: [{ key: 'Namn', value: 'Aino Invånare', href: '#namn' }], title: 'Sökandens uppgifter' },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Ändra Namn' })).toBeInTheDocument();
  },
};
export const English: Story = {
  args: { rows: [{ key: 'Name', value: 'Aino Resident', href: '#name' }] },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Change Name' })).toBeInTheDocument();
  },
};
