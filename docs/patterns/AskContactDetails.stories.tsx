import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, Form, Heading, RadioGroup, Stack, Text, TextInput, type FormErrors } from '../../packages/react/src';
import { looksLikeEmail, looksLikePhone } from './validators';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';


const texts = {
  fi: {
    title: 'Yhteystiedot',
    intro: 'Käytämme yhteystietojasi vain tähän asiaan.',
    email: 'Sähköposti',
    phone: 'Puhelinnumero',
    phoneHint: 'Esimerkiksi 040 123 4567 tai +358 40 123 4567',
    preference: 'Miten haluat, että otamme sinuun yhteyttä?',
    byEmail: 'Sähköpostilla',
    byPhone: 'Puhelimella',
    byLetter: 'Kirjeellä',
    preferenceError: 'Valitse, miten otamme sinuun yhteyttä',
    emailError: 'Kirjoita sähköpostiosoite',
    emailFormat: 'Kirjoita sähköpostiosoite muodossa nimi@esimerkki.fi',
    phoneError: 'Kirjoita puhelinnumero',
    phoneFormat: 'Kirjoita puhelinnumero numeroina, esimerkiksi 040 123 4567',
    submit: 'Jatka',
    done: 'Yhteystiedot tallennettu',
    prefilled: 'Täytimme tiedot, jotka annoit aiemmin. Voit muuttaa niitä.',
  },
  sv: {
    title: 'Kontaktuppgifter',
    intro: 'Vi använder dina kontaktuppgifter bara i det här ärendet.',
    email: 'E-post',
    phone: 'Telefonnummer',
    phoneHint: 'Till exempel 040 123 4567 eller +358 40 123 4567',
    preference: 'Hur vill du att vi kontaktar dig?',
    byEmail: 'Per e-post',
    byPhone: 'Per telefon',
    byLetter: 'Per brev',
    preferenceError: 'Välj hur vi ska kontakta dig',
    emailError: 'Skriv din e-postadress',
    emailFormat: 'Skriv e-postadressen i formen namn@exempel.fi',
    phoneError: 'Skriv ditt telefonnummer',
    phoneFormat: 'Skriv telefonnumret med siffror, till exempel 040 123 4567',
    submit: 'Fortsätt',
    done: 'Kontaktuppgifterna har sparats',
    prefilled: 'Vi har fyllt i uppgifterna som du gav tidigare. Du kan ändra dem.',
  },
  en: {
    title: 'Contact details',
    intro: 'We use your contact details only for this matter.',
    email: 'Email',
    phone: 'Phone number',
    phoneHint: 'For example 040 123 4567 or +358 40 123 4567',
    preference: 'How would you like us to contact you?',
    byEmail: 'By email',
    byPhone: 'By phone',
    byLetter: 'By letter',
    preferenceError: 'Choose how we should contact you',
    emailError: 'Enter your email address',
    emailFormat: 'Enter an email address in the form name@example.fi',
    phoneError: 'Enter your phone number',
    phoneFormat: 'Enter a phone number using digits, for example 040 123 4567',
    submit: 'Continue',
    done: 'Contact details saved',
    prefilled: 'We have filled in the details you gave earlier. You can change them.',
  },
} satisfies Record<Locale, Record<string, string>>;

/**
 * `values`: contact details given earlier in the same service (at sign-in, or on this page before going back,
 * or posted without JavaScript with an error elsewhere). They are filled in, to change rather than type again
 * (WCAG 3.3.7), and the page says so.
 */
function AskContactDetails({ locale, values }: { locale: Locale; values?: { email?: string; phone?: string; contactPreference?: string } }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  const validate = (fd: FormData): FormErrors => {
    const email = String(fd.get('email') ?? '').trim();
    const phone = String(fd.get('phone') ?? '').trim();
    const preference = String(fd.get('contactPreference') ?? '');
    return {
      email: email ? (looksLikeEmail(email) ? undefined : t.emailFormat) : preference === 'email' ? t.emailError : undefined,
      phone: phone ? (looksLikePhone(phone) ? undefined : t.phoneFormat) : preference === 'phone' ? t.phoneError : undefined,
      contactPreference: preference ? undefined : t.preferenceError,
    };
  };
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        {values && <Text>{t.prefilled}</Text>}
        <Form
          method="post"
          action="/yhteystiedot"
          onValidate={validate}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(true);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              <RadioGroup
                legend={t.preference}
                name="contactPreference"
                required
                defaultValue={values?.contactPreference}
                error={errorFor('contactPreference')}
                options={[
                  { value: 'email', label: t.byEmail },
                  { value: 'phone', label: t.byPhone },
                  { value: 'letter', label: t.byLetter },
                ]}
              />
              <TextInput label={t.email} type="email" name="email" autoComplete="email" spellCheck={false} defaultValue={values?.email} error={errorFor('email')} />
              <TextInput label={t.phone} hint={t.phoneHint} type="tel" name="phone" autoComplete="tel" width="20" defaultValue={values?.phone} error={errorFor('phone')} />
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
  title: 'Patterns/Ask for contact details',
  component: AskContactDetails,
  args: { locale: 'fi' },
} satisfies Meta<typeof AskContactDetails>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByRole('textbox', { name: new RegExp(t.email) });
    const phone = canvas.getByRole('textbox', { name: new RegExp(t.phone) });
    await expect(email).toHaveAttribute('autocomplete', 'email');
    await expect(email).toHaveAttribute('type', 'email');
    await expect(phone).toHaveAttribute('autocomplete', 'tel');
    await tabTo(email);
    await userEvent.keyboard('aino.virtanen');
    await userEvent.tab();
    await userEvent.keyboard('puhelin');
    await submitWithKeyboard(canvas, t.submit);
    await expectErrorSummary(canvas, locale, [t.preferenceError, t.emailFormat, t.phoneFormat]);
    // Radios: Tab into the group, arrow keys choose.
    const first = canvas.getByRole('radio', { name: t.byEmail });
    await tabTo(first);
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: t.byPhone })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: t.byPhone })).toHaveFocus();
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

/** Choosing phone makes the phone number required. */
export const PhoneChosen: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('radio', { name: 'Sähköpostilla' }));
    await userEvent.keyboard('{ArrowDown}');
    await submitWithKeyboard(canvas, 'Jatka');
    await expectErrorSummary(canvas, 'fi', ['Kirjoita puhelinnumero']);
  },
};

/** The email address given at sign-in is filled in, with a note; nothing is typed twice. */
export const KnownFromSignIn: Story = {
  args: { values: { email: 'aino.virtanen@example.fi' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Täytimme tiedot, jotka annoit aiemmin. Voit muuttaa niitä.')).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: /Sähköposti/ })).toHaveValue('aino.virtanen@example.fi');
    await tabTo(canvas.getByRole('radio', { name: 'Sähköpostilla' }));
    await userEvent.keyboard(' ');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Yhteystiedot tallennettu');
  },
};

/** Coming back to the page: every answer given before is there, the choice included. */
export const ComingBack: Story = {
  args: { values: { email: 'aino.virtanen@example.fi', phone: '040 123 4567', contactPreference: 'phone' } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('radio', { name: 'Puhelimella' })).toBeChecked();
    await expect(canvas.getByRole('textbox', { name: /Puhelinnumero/ })).toHaveValue('040 123 4567');
  },
};
