import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, CheckboxGroup, Form, Heading, Link, Stack, Text, type FormErrors } from '../../packages/react/src';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Tietojesi käyttö',
    intro: 'Käsittelemme hakemuksesi tietoja asian ratkaisemiseksi. Siihen ei tarvita suostumustasi. Alla olevat käyttötavat ovat vapaaehtoisia: voit hakea etuutta, vaikka et valitse mitään.',
    legend: 'Mihin saamme käyttää tietojasi?',
    hint: 'Valitse kaikki, jotka sopivat. Voit perua suostumuksen milloin tahansa Omat tiedot -sivulla.',
    research: 'Palvelun kehittämiseen ja tilastointiin',
    researchHint: 'Tiedot yhdistetään niin, ettei sinua voi tunnistaa.',
    contact: 'Saamme kysyä palautetta sähköpostilla',
    none: 'En kumpaankaan',
    error: 'Valitse, mihin saamme käyttää tietojasi, tai valitse "En kumpaankaan"',
    privacy: 'Lue tietosuojaseloste',
    submit: 'Jatka',
    done: 'Valintasi on tallennettu',
  },
  sv: {
    title: 'Användning av dina uppgifter',
    intro: 'Vi behandlar uppgifterna i din ansökan för att avgöra ärendet. Det behövs inget samtycke för det. Användningarna nedan är frivilliga: du kan söka förmånen även om du inte väljer något.',
    legend: 'Vad får vi använda dina uppgifter till?',
    hint: 'Välj alla som passar. Du kan återkalla samtycket när som helst på sidan Mina uppgifter.',
    research: 'Till att utveckla tjänsten och till statistik',
    researchHint: 'Uppgifterna sammanställs så att du inte kan identifieras.',
    contact: 'Vi får be om respons per e-post',
    none: 'Ingetdera',
    error: 'Välj vad vi får använda dina uppgifter till, eller välj "Ingetdera"',
    privacy: 'Läs dataskyddsbeskrivningen',
    submit: 'Fortsätt',
    done: 'Dina val har sparats',
  },
  en: {
    title: 'How we use your information',
    intro: 'We process the information in your application to decide on it. That does not need your consent. The uses below are optional: you can apply even if you choose none of them.',
    legend: 'What may we use your information for?',
    hint: 'Choose all that apply. You can withdraw your consent at any time on the My details page.',
    research: 'Improving the service and statistics',
    researchHint: 'The information is combined so that you cannot be identified.',
    contact: 'Asking you for feedback by email',
    none: 'Neither',
    error: 'Choose what we may use your information for, or choose "Neither"',
    privacy: 'Read the privacy notice',
    submit: 'Continue',
    done: 'Your choices have been saved',
  },
} satisfies Record<Locale, Record<string, string>>;

function Consent({ locale }: { locale: Locale }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  const validate = (fd: FormData): FormErrors => ({ consent: fd.getAll('consent').length ? undefined : t.error });
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <Form
          method="post"
          action="/suostumus"
          onValidate={validate}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(true);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              <CheckboxGroup
                legend={t.legend}
                hint={t.hint}
                name="consent"
                error={errorFor('consent')}
                options={[
                  { value: 'research', label: t.research, hint: t.researchHint },
                  { value: 'feedback', label: t.contact },
                  { value: 'none', label: t.none, exclusive: true },
                ]}
              />
              <Text>
                <Link href="/tietosuoja">{t.privacy}</Link>
              </Text>
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
  title: 'Patterns/Consent to data use',
  component: Consent,
  args: { locale: 'fi' },
} satisfies Meta<typeof Consent>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const boxes = canvas.getAllByRole('checkbox');
    // Nothing is pre-ticked: consent is an action, not a default.
    for (const box of boxes) await expect(box).not.toBeChecked();
    await submitWithKeyboard(canvas, t.submit);
    await expectErrorSummary(canvas, locale, [t.error]);
    const research = canvas.getByRole('checkbox', { name: new RegExp(t.research) });
    await tabTo(research);
    await userEvent.keyboard(' ');
    await expect(research).toBeChecked();
    // "Neither" unchecks the others.
    const none = canvas.getByRole('checkbox', { name: t.none });
    await tabTo(none);
    await userEvent.keyboard(' ');
    await expect(none).toBeChecked();
    await expect(research).not.toBeChecked();
    await submitWithKeyboard(canvas, t.submit);
    await expect(canvas.getByRole('status')).toHaveTextContent(t.done);
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

/** The error state, left open for the accessibility check. */
export const Invalid: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await submitWithKeyboard(canvas, 'Jatka');
    await expectErrorSummary(canvas, 'fi', [texts.fi.error]);
  },
};
