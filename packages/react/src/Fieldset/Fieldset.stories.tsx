import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../TextInput';
import { Fieldset } from './Fieldset';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

/** The address fields, their labels through `t` (the toolbar's language). */
const addressFields = (t: (text: string) => string = (text) => text) => (
  <>
    <TextInput label={t('Katuosoite')} name="street" autoComplete="street-address" />
    <TextInput label={t('Postinumero')} name="postalCode" autoComplete="postal-code" inputMode="numeric" width="5" />
    <TextInput label={t('Postitoimipaikka')} name="city" autoComplete="address-level2" width="20" />
  </>
);
const fields = addressFields();

const meta = {
  title: 'Components/Fieldset',
  component: Fieldset,
  args: { legend: 'Kotiosoite', children: fields },
  // The fields' labels in the toolbar's language while the children are the story's own.
  render: (args, context) => <Fieldset {...args}>{args.children === fields ? addressFields(storyTexts(context)) : args.children}</Fieldset>,
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Kotiosoite: { sv: 'Hemadress', en: 'Home address' },
      Katuosoite: { sv: 'Gatuadress', en: 'Street address' },
      Postinumero: { sv: 'Postnummer', en: 'Postcode' },
      Postitoimipaikka: { sv: 'Postanstalt', en: 'Town or city' },
      'Osoite, jossa asut nyt. Väliaikainen osoite kysytään myöhemmin.': {
        sv: 'Adressen där du bor nu. Vi frågar efter en tillfällig adress senare.',
        en: 'The address where you live now. We ask for a temporary address later.',
      },
      'Mikä on osoitteesi?': { sv: 'Vilken är din adress?', en: 'What is your address?' },
      'Kirjoita koko osoite: katuosoite, postinumero ja postitoimipaikka': {
        sv: 'Skriv hela adressen: gatuadress, postnummer och postanstalt',
        en: 'Enter the full address: street address, postcode and town or city',
      },
      Yhteyshenkilö: { sv: 'Kontaktperson', en: 'Contact person' },
      'Osoite, johon haluat päätöksen ja muut hakemukseen liittyvät asiakirjat postitse, jos et käytä Suomi.fi-viestejä': {
        sv: 'Adressen dit du vill få beslutet och andra handlingar om ansökan per post, om du inte använder Suomi.fi-meddelanden',
        en: 'The address where you want the decision and other documents about the application by post, if you do not use Suomi.fi Messages',
      },
      'Jos asut ulkomailla, kirjoita osoite siinä muodossa kuin sitä käytetään asuinmaassasi, ja lisää maan nimi viimeiselle riville.': {
        sv: 'Om du bor utomlands, skriv adressen så som den används i ditt bosättningsland och lägg till landets namn på sista raden.',
        en: 'If you live abroad, write the address as it is used in your country of residence and add the name of the country on the last line.',
      },
      'Postinumerossa on viisi numeroa. Tarkista postinumero ja kirjoita se uudelleen, esimerkiksi 00100': {
        sv: 'Postnumret har fem siffror. Kontrollera postnumret och skriv det igen, till exempel 00100',
        en: 'A Finnish postcode has five digits. Check the postcode and enter it again, for example 00100',
      },
    },
  },
} satisfies Meta<typeof Fieldset>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await expect(canvas.getByRole('group', { name: t('Kotiosoite') })).toBeInTheDocument();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: new RegExp(t('Katuosoite')) })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: new RegExp(t('Postinumero')) })).toHaveFocus();
  },
};
export const WithHint: Story = { args: { hint: 'Osoite, jossa asut nyt. Väliaikainen osoite kysytään myöhemmin.' } };
export const PageHeading: Story = { args: { legend: 'Mikä on osoitteesi?', headingLevel: 1, legendSize: 'l' } };
export const Error: Story = { args: { error: 'Kirjoita koko osoite: katuosoite, postinumero ja postitoimipaikka' } };
export const OptionalMarker: Story = { args: { legend: 'Yhteyshenkilö', necessityIndicator: 'optional' } };
export const Disabled: Story = { args: { disabled: true } };
export const LongText: Story = {
  args: {
    legend: 'Osoite, johon haluat päätöksen ja muut hakemukseen liittyvät asiakirjat postitse, jos et käytä Suomi.fi-viestejä',
    hint: 'Jos asut ulkomailla, kirjoita osoite siinä muodossa kuin sitä käytetään asuinmaassasi, ja lisää maan nimi viimeiselle riville.',
    error: 'Postinumerossa on viisi numeroa. Tarkista postinumero ja kirjoita se uudelleen, esimerkiksi 00100',
  },
};
export const Swedish: Story = {
  args: {
    legend: 'Hemadress',
    hint: 'Adressen där du bor nu.',
    children: (
      <>
        <TextInput label="Gatuadress" autoComplete="street-address" />
        <TextInput label="Postnummer" autoComplete="postal-code" width="5" />
      </>
    ),
  },
  globals: { locale: 'sv' },
};
export const English: Story = {
  args: {
    legend: 'Home address',
    hint: 'Where you live now.',
    error: 'Enter your full address',
    children: (
      <>
        <TextInput label="Street address" autoComplete="street-address" />
        <TextInput label="Postal code" autoComplete="postal-code" width="5" />
      </>
    ),
  },
  globals: { locale: 'en' },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => {
    const t = storyTexts(context);
    const children = args.children === fields ? addressFields(t) : args.children;
    return (
      <StateGrid>
        <StateCell label="Default">
          <Fieldset {...args}>{children}</Fieldset>
        </StateCell>
        <StateCell label="With hint">
          <Fieldset {...t(storyArgs(args, WithHint))}>{children}</Fieldset>
        </StateCell>
        <StateCell label="Error">
          <Fieldset {...t(storyArgs(args, Error))}>{children}</Fieldset>
        </StateCell>
        <StateCell label="Optional marker">
          <Fieldset {...t(storyArgs(args, OptionalMarker))}>{children}</Fieldset>
        </StateCell>
        <StateCell label="Disabled">
          <Fieldset {...t(storyArgs(args, Disabled))}>{children}</Fieldset>
        </StateCell>
        <StateCell label="Large legend">
          <Fieldset {...args} legendSize="l">
            {children}
          </Fieldset>
        </StateCell>
        <StateCell label="Swedish" locale="sv">
          <Fieldset {...storyArgs(args, Swedish)} />
        </StateCell>
        <StateCell label="Long text" wide>
          <Fieldset {...t(storyArgs(args, LongText))}>{children}</Fieldset>
        </StateCell>
      </StateGrid>
    );
  },
};
