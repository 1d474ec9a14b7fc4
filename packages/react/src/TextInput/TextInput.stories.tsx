import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from './TextInput';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/TextInput',
  component: TextInput,
  args: { label: 'Etunimi', name: 'firstName', autoComplete: 'given-name' },
  // The example texts in the toolbar's language (.storybook/translations.tsx).
  parameters: {
    translations: {
      Etunimi: { sv: 'Förnamn', en: 'First name' },
      Sähköposti: { sv: 'E-post', en: 'Email' },
      'Lähetämme päätöksen tähän osoitteeseen.': { sv: 'Vi skickar beslutet till den här adressen.', en: 'We will send the decision to this address.' },
      'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi': {
        sv: 'Skriv e-postadressen i rätt format, till exempel namn@exempel.fi',
        en: 'Enter the email address in the right format, for example name@example.fi',
      },
      Puhelinnumero: { sv: 'Telefonnummer', en: 'Phone number' },
      Verkkosivu: { sv: 'Webbplats', en: 'Website' },
      Vuokra: { sv: 'Hyra', en: 'Rent' },
      kuukaudessa: { sv: 'i månaden', en: 'a month' },
    },
  },
} satisfies Meta<typeof TextInput>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByRole('textbox', { name: 'Etunimi (valinnainen)' });
    await userEvent.click(input);
    await userEvent.keyboard('Aino');
    await expect(input).toHaveValue('Aino');
  },
};
export const WithHint: Story = {
  args: { label: 'Sähköposti', type: 'email', autoComplete: 'email', hint: 'Lähetämme päätöksen tähän osoitteeseen.', required: true },
};
export const Error: Story = {
  args: {
    label: 'Sähköposti',
    type: 'email',
    autoComplete: 'email',
    required: true,
    defaultValue: 'aino@',
    hint: 'Lähetämme päätöksen tähän osoitteeseen.',
    error: 'Kirjoita sähköpostiosoite oikeassa muodossa, esimerkiksi nimi@esimerkki.fi',
  },
};
export const RequiredMarker: Story = { args: { required: true, necessityIndicator: 'required' } };
export const Telephone: Story = { args: { label: 'Puhelinnumero', type: 'tel', autoComplete: 'tel', width: '20' } };
export const Url: Story = { args: { label: 'Verkkosivu', type: 'url', autoComplete: 'url' } };
export const PrefixSuffix: Story = {
  args: { label: 'Vuokra', prefix: '€', suffix: 'kuukaudessa', width: '10', inputMode: 'decimal' },
};
export const Widths: Story = {
  render: () => (
    <div>
      {(['2', '4', '5', '10', '20', '30', 'full'] as const).map((w) => (
        <TextInput key={w} label={`Leveys ${w}`} width={w} />
      ))}
    </div>
  ),
};
export const Disabled: Story = { args: { disabled: true, defaultValue: 'Aino' } };
export const ReadOnly: Story = { args: { label: 'Hakemuksen tunnus', readOnly: true, defaultValue: 'HEL-2026-0042' } };
export const LongText: Story = {
  args: {
    label: 'Ajoneuvon rekisteritunnus, joka on merkitty rekisteröintitodistukseen ja ajoneuvon rekisterikilpeen',
    hint: 'Jos ajoneuvo on leasing- tai työsuhdeajoneuvo, tarvitset lisäksi haltijan kirjallisen suostumuksen, jonka voit liittää hakemukseen myöhemmässä vaiheessa.',
    error: 'Rekisteritunnus voi sisältää vain kirjaimia, numeroita ja yhden väliviivan, esimerkiksi ABC-123',
  },
};
export const Swedish: Story = {
  args: { label: 'E-post', type: 'email', hint: 'Vi skickar beslutet hit.', error: 'Skriv e-postadressen i rätt format, till exempel namn@exempel.fi' },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: { label: 'Email', type: 'email', hint: 'We send the decision here.', error: 'Enter an email address in the correct format, like name@example.com' },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Default" states={['focus']}>
        <TextInput {...args} />
      </InteractionCells>
      <StateCell label="Required, with hint">
        <TextInput {...storyArgs(args, WithHint)} />
      </StateCell>
      <StateCell label="Error">
        <TextInput {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Disabled">
        <TextInput {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Read-only">
        <TextInput {...storyArgs(args, ReadOnly)} />
      </StateCell>
      <StateCell label="Prefix and suffix">
        <TextInput {...storyArgs(args, PrefixSuffix)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <TextInput {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <TextInput {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
