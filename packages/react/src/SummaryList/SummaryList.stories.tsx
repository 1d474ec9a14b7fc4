import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { SummaryList } from './SummaryList';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts } from '../../test/storyTexts';

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
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Nimi: { sv: 'Namn', en: 'Name' },
      Syntymäaika: { sv: 'Födelsedatum', en: 'Date of birth' },
      Osoite: { sv: 'Adress', en: 'Address' },
      Hakemusnumero: { sv: 'Ansökningsnummer', en: 'Application number' },
      'Hakijan tiedot': { sv: 'Sökandens uppgifter', en: 'Applicant details' },
      'Muuta kaikkia': { sv: 'Ändra alla', en: 'Change all' },
      'Ajoneuvon tiedot, jotka on haettu liikenneasioiden rekisteristä hakemuksen lähettämisen yhteydessä': {
        sv: 'Fordonets uppgifter som hämtades ur trafikregistret när ansökan skickades',
        en: 'Vehicle details retrieved from the traffic register when the application was sent',
      },
      'Ajoneuvon omistajan ja haltijan nimet rekisteriotteen mukaisesti': {
        sv: 'Namnen på fordonets ägare och innehavare enligt registerutdraget',
        en: 'Names of the vehicle owner and holder as in the register extract',
      },
      Liite: { sv: 'Bilaga', en: 'Attachment' },
    },
  },
} satisfies Meta<typeof SummaryList>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    await userEvent.tab();
    const name = `${builtInTexts(context)('summaryList.change')} ${storyTexts(context)('Nimi')}`;
    await expect(within(canvasElement).getByRole('link', { name })).toHaveFocus();
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

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="With change links" target="a">
          <SummaryList {...args} />
        </InteractionCells>
        <StateCell label="Without actions">
          <SummaryList {...t(storyArgs(args, WithoutActions))} />
        </StateCell>
        <StateCell label="As a card" wide>
          <SummaryList {...t(storyArgs(args, Card))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <SummaryList {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <SummaryList {...t(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
