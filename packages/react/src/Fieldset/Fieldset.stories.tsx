import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { TextInput } from '../TextInput';
import { Fieldset } from './Fieldset';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const meta = {
  title: 'Components/Fieldset',
  component: Fieldset,
  args: {
    legend: 'Kotiosoite',
    children: (
      <>
        <TextInput label="Katuosoite" name="street" autoComplete="street-address" />
        <TextInput label="Postinumero" name="postalCode" autoComplete="postal-code" inputMode="numeric" width="5" />
        <TextInput label="Postitoimipaikka" name="city" autoComplete="address-level2" width="20" />
      </>
    ),
  },
} satisfies Meta<typeof Fieldset>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Kotiosoite' })).toBeInTheDocument();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /Katuosoite/ })).toHaveFocus();
    await userEvent.tab();
    await expect(canvas.getByRole('textbox', { name: /Postinumero/ })).toHaveFocus();
  },
};
export const WithHint: Story = { args: { hint: 'Osoite, jossa asut nyt. Väliaikainen osoite kysytään myöhemmin.' } };
export const PageHeading: Story = { args: { legend: 'Mikä on osoitteesi?', legendAs: 'h1', legendSize: 'l' } };
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
  render: (args) => (
    <StateGrid>
      <StateCell label="Default">
        <Fieldset {...args} />
      </StateCell>
      <StateCell label="With hint">
        <Fieldset {...storyArgs(args, WithHint)} />
      </StateCell>
      <StateCell label="Error">
        <Fieldset {...storyArgs(args, Error)} />
      </StateCell>
      <StateCell label="Optional marker">
        <Fieldset {...storyArgs(args, OptionalMarker)} />
      </StateCell>
      <StateCell label="Disabled">
        <Fieldset {...storyArgs(args, Disabled)} />
      </StateCell>
      <StateCell label="Large legend">
        <Fieldset {...args} legendSize="l" />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <Fieldset {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <Fieldset {...storyArgs(args, LongText)} />
      </StateCell>
    </StateGrid>
  ),
};
