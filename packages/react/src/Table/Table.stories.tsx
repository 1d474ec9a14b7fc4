import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Table, type TableColumn } from './Table';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

interface Permit {
  id: string;
  plate: string;
  zone: string;
  validUntil: string;
  price: number;
}
const permits: Permit[] = [
  { id: '1', plate: 'ABC-123', zone: 'Kallio (K)', validUntil: '2026-12-31', price: 360 },
  { id: '2', plate: 'XYZ-987', zone: 'Töölö (H)', validUntil: '2026-06-30', price: 180 },
  { id: '3', plate: 'KLM-456', zone: 'Vallila (L)', validUntil: '2027-03-31', price: 540 },
];
const money = (n: number) => new Intl.NumberFormat('fi-FI', { style: 'currency', currency: 'EUR' }).format(n);
const columns: Array<TableColumn<Permit>> = [
  { key: 'plate', header: 'Rekisterinumero', rowHeader: true, sortable: true },
  { key: 'zone', header: 'Alue', sortable: true },
  { key: 'validUntil', header: 'Voimassa asti', sortable: true, cell: (p) => new Date(p.validUntil).toLocaleDateString('fi-FI') },
  { key: 'price', header: 'Hinta', align: 'end', sortable: true, cell: (p) => money(p.price) },
];

const meta = {
  title: 'Components/Table',
  component: Table,
  args: { caption: 'Pysäköintitunnukset', columns, rows: permits },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Pysäköintitunnukset: { sv: 'Parkeringstillstånd', en: 'Parking permits' },
      Rekisterinumero: { sv: 'Registernummer', en: 'Registration number' },
      Alue: { sv: 'Område', en: 'Zone' },
      'Voimassa asti': { sv: 'Giltigt till', en: 'Valid until' },
      Hinta: { sv: 'Pris', en: 'Price' },
      'Pysäköintitunnukset hinnan mukaan': { sv: 'Parkeringstillstånd efter pris', en: 'Parking permits by price' },
      'Valittavat pysäköintitunnukset': { sv: 'Parkeringstillstånd att välja', en: 'Parking permits to choose from' },
      'Ei pysäköintitunnuksia': { sv: 'Inga parkeringstillstånd', en: 'No parking permits' },
      'Kaikki tunnuksen tiedot': { sv: 'Alla uppgifter om tillståndet', en: 'All permit details' },
      Lisätieto: { sv: 'Tilläggsuppgift', en: 'Additional detail' },
      Henkilöauto: { sv: 'Personbil', en: 'Car' },
      'Asukaspysäköintitunnukset, jotka ovat voimassa tai odottavat käsittelyä kaupunginosittain': {
        sv: 'Invånarparkeringstillstånd som är giltiga eller väntar på behandling, per stadsdel',
        en: 'Resident parking permits that are valid or awaiting processing, by district',
      },
    },
  },
} satisfies Meta<typeof Table<Permit>>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};
/** Tab to a header button and press Enter, then Space: ascending, then descending. */
export const Sortable: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    canvas.getByRole('button', { name: t('Rekisterinumero') }).focus();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: t('Alue') })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('columnheader', { name: t('Alue') })).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('columnheader', { name: t('Alue') })).toHaveAttribute('aria-sort', 'descending');
  },
};
export const Sorted: Story = { args: { defaultSort: { column: 'price', direction: 'descending' } } };
export const Selectable: Story = {
  args: { selectable: true, defaultSelectedRowIds: ['2'] },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const box = canvas.getByRole('checkbox', { name: `${builtInTexts(context)('table.selectRow')} ABC-123` });
    await userEvent.click(box);
    await expect(box).toBeChecked();
  },
};
export const Empty: Story = { args: { rows: [] } };
/** Wider than the screen: the table scrolls inside a named region that Tab reaches first. */
export const Wide: Story = {
  render: (_args, context) => {
    const t = storyTexts(context);
    return (
      <Table
        caption={t('Kaikki tunnuksen tiedot')}
        rows={permits}
        columns={[
          ...t(columns),
          ...Array.from({ length: 16 }, (_, i) => ({ key: `extra${i}`, header: `${t('Lisätieto')} ${i + 1}`, cell: () => t('Henkilöauto') })),
        ]}
      />
    );
  },
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    await expect(within(canvasElement).getByRole('region', { name: storyTexts(context)('Kaikki tunnuksen tiedot') })).toHaveFocus();
  },
};
export const LongText: Story = {
  args: {
    caption: 'Asukaspysäköintitunnukset, jotka ovat voimassa tai odottavat käsittelyä kaupunginosittain',
    rows: [
      ...permits,
      {
        id: '4',
        plate: 'PITKÄ-REKISTERINUMERO-JOTA-EI-OLE-OLEMASSA-MUTTA-SEN-PITÄÄ-RIVITTYÄ',
        zone: 'Kaartinkaupunki, Kruununhaka, Kluuvi ja Katajanokka (A-alue, sisältää myös väliaikaiset alueet)',
        validUntil: '2026-01-01',
        price: 12345,
      },
    ],
  },
};
export const Swedish: Story = {
  args: {
    caption: 'Parkeringstillstånd',
    columns: [
      { key: 'plate', header: 'Registernummer', rowHeader: true, sortable: true },
      { key: 'zone', header: 'Område' },
    ],
    selectable: true,
  },
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('checkbox', { name: 'Välj alla rader' })).toBeInTheDocument();
  },
};
export const English: Story = {
  args: {
    caption: 'Parking permits',
    rows: [],
    columns: [
      { key: 'plate', header: 'Registration', rowHeader: true },
      { key: 'zone', header: 'Zone' },
    ],
  },
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('cell', { name: 'No rows to show' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each table with a caption of its own: a table that scrolls is a region named by its caption (axe:
  // landmark-unique).
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <StateCell label="Default" wide>
          <Table {...args} caption={t('Pysäköintitunnukset')} />
        </StateCell>
        <StateCell label="Sort button, hover" force={['hover']} target="th button" wide>
          <Table {...args} caption={`${t('Pysäköintitunnukset')} (hover)`} />
        </StateCell>
        <StateCell label="Sort button, focus" force={['focus', 'focus-visible']} target="th button" wide>
          <Table {...args} caption={`${t('Pysäköintitunnukset')} (focus)`} />
        </StateCell>
        <StateCell label="Sorted by price, descending" wide>
          <Table {...storyArgs(args, Sorted)} caption={t('Pysäköintitunnukset hinnan mukaan')} />
        </StateCell>
        <StateCell label="Selectable, one row selected" wide>
          <Table {...storyArgs(args, Selectable)} caption={t('Valittavat pysäköintitunnukset')} />
        </StateCell>
        <StateCell label="Empty" wide>
          <Table {...storyArgs(args, Empty)} caption={t('Ei pysäköintitunnuksia')} />
        </StateCell>
        <StateCell label="Swedish" locale="sv" wide>
          <Table {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Table {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
