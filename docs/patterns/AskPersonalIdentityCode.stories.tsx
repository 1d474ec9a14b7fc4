import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, Form, Heading, Notification, Stack, TextInput, type FormErrors } from '../../packages/react/src';
import { hetuMessages, validateHetu } from './hetu';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Henkilötunnus',
    label: 'Mikä on henkilötunnuksesi?',
    hint: 'Esimerkiksi 131052-308T',
    privacyTitle: 'Miksi kysymme henkilötunnusta?',
    privacy1: 'Tarvitsemme henkilötunnuksen, jotta voimme hakea tietosi väestötietojärjestelmästä eikä sinun tarvitse kirjoittaa niitä itse. Laki antaa kaupungille oikeuden käsitellä sitä tässä asiassa.',
    privacy2: 'Henkilötunnus siirretään salattuna ja tallennetaan erilleen muista tiedoista. Sen näkevät vain asiaasi käsittelevät työntekijät. Emme näytä sitä kokonaan tämän jälkeen.',
    submit: 'Jatka',
    done: 'Henkilötunnus tarkistettu',
  },
  sv: {
    title: 'Personbeteckning',
    label: 'Vilken är din personbeteckning?',
    hint: 'Till exempel 131052-308T',
    privacyTitle: 'Varför frågar vi efter personbeteckningen?',
    privacy1: 'Vi behöver personbeteckningen för att kunna hämta dina uppgifter ur befolkningsdatasystemet, så att du inte behöver skriva dem själv. Lagen ger staden rätt att behandla den i det här ärendet.',
    privacy2: 'Personbeteckningen överförs krypterad och sparas skilt från andra uppgifter. Bara de anställda som behandlar ditt ärende ser den. Vi visar den inte i sin helhet efter detta.',
    submit: 'Fortsätt',
    done: 'Personbeteckningen har kontrollerats',
  },
  en: {
    title: 'Personal identity code',
    label: 'What is your personal identity code?',
    hint: 'For example 131052-308T',
    privacyTitle: 'Why we ask for your personal identity code',
    privacy1: 'We need your personal identity code to fetch your details from the Population Information System, so you do not have to type them. The law allows the city to process it for this matter.',
    privacy2: 'The code is sent encrypted and stored apart from your other details. Only the staff handling your matter can see it. We will not show it in full after this page.',
    submit: 'Continue',
    done: 'Personal identity code checked',
  },
} satisfies Record<Locale, Record<string, string>>;

function AskPersonalIdentityCode({ locale }: { locale: Locale }) {
  const t = texts[locale];
  const [saved, setSaved] = useState(false);
  const validate = (fd: FormData): FormErrors => {
    const result = validateHetu(String(fd.get('hetu') ?? ''));
    return { hetu: result.problem ? hetuMessages[locale][result.problem] : undefined };
  };
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Notification type="info" title={t.privacyTitle} headingLevel={2}>
          <p>{t.privacy1}</p>
          <p>{t.privacy2}</p>
        </Notification>
        <Form
          method="post"
          action="/henkilotunnus"
          autoComplete="off"
          onValidate={validate}
          onSubmit={(event) => {
            event.preventDefault();
            setSaved(true);
          }}
        >
          {({ errorFor }) => (
            <Stack gap={5}>
              <TextInput
                label={t.label}
                hint={t.hint}
                name="hetu"
                width="10"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                required
                error={errorFor('hetu')}
              />
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
  title: 'Patterns/Ask for a personal identity code',
  component: AskPersonalIdentityCode,
  args: { locale: 'fi' },
} satisfies Meta<typeof AskPersonalIdentityCode>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  const m = hetuMessages[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const input = canvas.getByRole('textbox', { name: new RegExp(t.label.replace('?', '\\?')) });
    await expect(input).toHaveAccessibleDescription(new RegExp(t.hint));
    await submitWithKeyboard(canvas, t.submit);
    await expectErrorSummary(canvas, locale, [m.missing]);
    await tabTo(input);
    await userEvent.keyboard('131052-308U');
    await submitWithKeyboard(canvas, t.submit);
    const [link] = await expectErrorSummary(canvas, locale, [m.check]);
    await tabTo(link!);
    await userEvent.keyboard('{Enter}');
    await expect(input).toHaveFocus();
    await expect(input).toHaveValue('131052-308U');
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

export const Completed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await tabTo(canvas.getByRole('textbox', { name: /henkilötunnuksesi/ }));
    await userEvent.keyboard('131052-308t');
    await submitWithKeyboard(canvas, 'Jatka');
    await expect(canvas.getByRole('status')).toHaveTextContent('Henkilötunnus tarkistettu');
  },
};
