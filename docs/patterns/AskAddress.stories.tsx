import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, Form, Heading, Stack, Text, TextInput, type FormErrors } from '../../packages/react/src';
import { isFinnishPostalCode } from './validators';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';


const texts = {
  fi: {
    title: 'Mikä on osoitteesi?',
    intro: 'Lähetämme päätöksen tähän osoitteeseen.',
    street: 'Katuosoite',
    streetHint: 'Esimerkiksi Aleksanterinkatu 12 B 34',
    postal: 'Postinumero',
    city: 'Postitoimipaikka',
    streetError: 'Kirjoita katuosoitteesi',
    postalError: 'Kirjoita postinumero',
    postalFormat: 'Postinumerossa on 5 numeroa, esimerkiksi 00100',
    cityError: 'Kirjoita postitoimipaikka',
    submit: 'Jatka',
    done: 'Osoite tallennettu',
  },
  sv: {
    title: 'Vilken är din adress?',
    intro: 'Vi skickar beslutet till den här adressen.',
    street: 'Gatuadress',
    streetHint: 'Till exempel Alexandersgatan 12 B 34',
    postal: 'Postnummer',
    city: 'Postanstalt',
    streetError: 'Skriv din gatuadress',
    postalError: 'Skriv postnumret',
    postalFormat: 'Postnumret har 5 siffror, till exempel 00100',
    cityError: 'Skriv postanstalten',
    submit: 'Fortsätt',
    done: 'Adressen har sparats',
  },
  en: {
    title: 'What is your address?',
    intro: 'We will send the decision to this address.',
    street: 'Street address',
    streetHint: 'For example Aleksanterinkatu 12 B 34',
    postal: 'Postal code',
    city: 'Town or city',
    streetError: 'Enter your street address',
    postalError: 'Enter your postal code',
    postalFormat: 'A postal code has 5 digits, for example 00100',
    cityError: 'Enter your town or city',
    submit: 'Continue',
    done: 'Address saved',
  },
} satisfies Record<Locale, Record<string, string>>;

function AskAddress({ locale }: { locale: Locale }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  const validate = (fd: FormData): FormErrors => {
    const postal = String(fd.get('postalCode') ?? '').trim();
    return {
      street: String(fd.get('street') ?? '').trim() ? undefined : t.streetError,
      postalCode: !postal ? t.postalError : isFinnishPostalCode(postal) ? undefined : t.postalFormat,
      city: String(fd.get('city') ?? '').trim() ? undefined : t.cityError,
    };
  };
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <Form
          method="post"
          action="/osoite"
          onValidate={validate}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(true);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              <TextInput label={t.street} hint={t.streetHint} name="street" autoComplete="address-line1" required error={errorFor('street')} />
              <TextInput label={t.postal} name="postalCode" autoComplete="postal-code" inputMode="numeric" width="5" required error={errorFor('postalCode')} />
              <TextInput label={t.city} name="city" autoComplete="address-level2" width="20" required error={errorFor('city')} />
              <div>
                <Button type="submit">{t.submit}</Button>
              </div>
            </Stack>
          )}
        </Form>
        <p role="status">{saved ? t.done : ''}</p>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Ask for an address',
  component: AskAddress,
  args: { locale: 'fi' },
} satisfies Meta<typeof AskAddress>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const postal = canvas.getByRole('textbox', { name: new RegExp(t.postal) });
    await expect(postal).toHaveAttribute('autocomplete', 'postal-code');
    await expect(postal).toHaveAttribute('inputmode', 'numeric');
    await tabTo(postal);
    await userEvent.keyboard('001');
    await submitWithKeyboard(canvas, t.submit);
    const links = await expectErrorSummary(canvas, locale, [t.streetError, t.postalFormat, t.cityError]);
    await tabTo(links[1]!);
    await userEvent.keyboard('{Enter}');
    await expect(postal).toHaveFocus();
    await expect(postal).toHaveAccessibleDescription(new RegExp(t.postalFormat));
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: /Katuosoite/ }));
    await userEvent.keyboard('Pohjoisesplanadi 11');
    await userEvent.tab();
    await userEvent.keyboard(' 00170 ');
    await userEvent.tab();
    await userEvent.keyboard('Helsinki');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Osoite tallennettu');
  },
};
