import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, within } from 'storybook/test';
import { Button, Form, Heading, Link, OneTimeCodeInput, Stack, Text, TextInput, validateOneTimeCode, type FormErrors } from '../../packages/react/src';
import { expectErrorSummary, PatternPage, submitWithKeyboard, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Kirjaudu sisään',
    intro: 'Voit kirjautua kahdella tavalla. Kummassakaan ei tarvitse muistaa salasanaa.',
    strongTitle: 'Tunnistaudu Suomi.fi-tunnistuksella',
    strongBody: 'Käytä verkkopankkitunnuksia, mobiilivarmennetta tai varmennekorttia.',
    strong: 'Tunnistaudu',
    emailTitle: 'Kirjaudu sähköpostiin lähetettävällä koodilla',
    email: 'Sähköposti',
    emailHint: 'Lähetämme koodin tähän osoitteeseen.',
    emailError: 'Kirjoita sähköpostiosoite, esimerkiksi nimi@esimerkki.fi',
    send: 'Lähetä koodi',
    codeTitle: 'Kirjoita koodi',
    codeSent: 'Lähetimme koodin osoitteeseen {email}. Koodi on voimassa 15 minuuttia. Voit kopioida ja liittää sen.',
    code: 'Koodi',
    wrongCode: 'Koodi ei ole oikea. Tarkista koodi viestistä',
    signIn: 'Kirjaudu sisään',
    done: 'Olet kirjautunut sisään.',
    otherTitle: 'Muut tavat asioida',
    onBehalf: 'Joku toinen voi asioida puolestasi, jos annat hänelle Suomi.fi-valtuuden. Hän kirjautuu omilla tunnuksillaan.',
    onBehalfLink: 'Lue Suomi.fi-valtuuksista',
    onBehalfHref: 'https://www.suomi.fi/valtuudet',
    phone: 'Soita palvelunumeroon 09 310 12345 (ma–pe klo 9–16). Voimme hoitaa asian puhelimessa.',
    visit: 'Tule palvelupisteeseen: Kauppakatu 1, Esimerkkilä. Otathan mukaan henkilöllisyystodistuksen.',
    support: 'Saat apua tunnistautumiseen maksutta kirjastoissa ja palvelupisteissä.',
    supportLink: 'Digituki',
  },
  sv: {
    title: 'Logga in',
    intro: 'Du kan logga in på två sätt. Inget av dem kräver att du kommer ihåg ett lösenord.',
    strongTitle: 'Identifiera dig med Suomi.fi-identifikation',
    strongBody: 'Använd nätbankskoder, mobilcertifikat eller certifikatkort.',
    strong: 'Identifiera dig',
    emailTitle: 'Logga in med en kod som vi skickar till din e-post',
    email: 'E-post',
    emailHint: 'Vi skickar koden till den här adressen.',
    emailError: 'Skriv en e-postadress, till exempel namn@exempel.fi',
    send: 'Skicka koden',
    codeTitle: 'Skriv koden',
    codeSent: 'Vi skickade koden till {email}. Koden gäller i 15 minuter. Du kan kopiera och klistra in den.',
    code: 'Kod',
    wrongCode: 'Koden stämmer inte. Kontrollera koden i meddelandet',
    signIn: 'Logga in',
    done: 'Du är inloggad.',
    otherTitle: 'Andra sätt att sköta ärenden',
    onBehalf: 'Någon annan kan sköta ärenden åt dig om du ger hen en Suomi.fi-fullmakt. Hen loggar in med sina egna koder.',
    onBehalfLink: 'Läs om Suomi.fi-fullmakter',
    onBehalfHref: 'https://www.suomi.fi/fullmakter',
    phone: 'Ring servicenumret 09 310 12345 (mån–fre kl. 9–16). Vi kan sköta ärendet per telefon.',
    visit: 'Kom till servicekontoret: Handelsgatan 1, Exempelstad. Ta med ett identitetsbevis.',
    support: 'Du får gratis hjälp med identifieringen på bibliotek och servicekontor.',
    supportLink: 'Digistöd',
  },
  en: {
    title: 'Sign in',
    intro: 'You can sign in in two ways. Neither needs you to remember a password.',
    strongTitle: 'Identify yourself with Suomi.fi identification',
    strongBody: 'Use your online banking codes, a mobile certificate or a certificate card.',
    strong: 'Identify yourself',
    emailTitle: 'Sign in with a code we send to your email',
    email: 'Email',
    emailHint: 'We send the code to this address.',
    emailError: 'Enter an email address, like name@example.com',
    send: 'Send the code',
    codeTitle: 'Enter the code',
    codeSent: 'We sent the code to {email}. The code works for 15 minutes. You can copy and paste it.',
    code: 'Code',
    wrongCode: 'The code is not right. Check the code in the message',
    signIn: 'Sign in',
    done: 'You are signed in.',
    otherTitle: 'Other ways to get things done',
    onBehalf: 'Someone else can act for you if you give them a Suomi.fi e-Authorization. They sign in with their own codes.',
    onBehalfLink: 'Read about Suomi.fi e-Authorizations',
    onBehalfHref: 'https://www.suomi.fi/e-authorizations',
    phone: 'Call the service number 09 310 12345 (Mon–Fri 9 am to 4 pm). We can do it over the phone.',
    visit: 'Come to the service point: Kauppakatu 1, Esimerkkilä. Bring an identity document.',
    support: 'You can get free help with identifying yourself at libraries and service points.',
    supportLink: 'Digital support',
  },
} satisfies Record<Locale, Record<string, string>>;

/** The code the example accepts; a real service compares with the code it sent. */
const exampleCode = '123456';

type Step = 'choose' | 'code' | 'done';

function SignIn({ locale, step: initialStep = 'choose', email: initialEmail = '' }: { locale: Locale; step?: Step; email?: string }) {
  const t = texts[locale];
  const [step, setStep] = useState<Step>(initialStep);
  const [email, setEmail] = useState(initialEmail);
  const validateEmail = (fd: FormData): FormErrors => ({
    email: /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(String(fd.get('email') ?? '').trim()) ? undefined : t.emailError,
  });
  const validateCode = (fd: FormData): FormErrors => {
    // The field posts the code as typed ("123 456"); the same check runs on the server without JavaScript.
    const { value, error } = validateOneTimeCode(String(fd.get('code') ?? ''), { length: 6, locale, required: true });
    return { code: error ?? (value === exampleCode ? undefined : t.wrongCode) };
  };

  const otherWays = (
    <section aria-labelledby="sign-in-other-ways">
      <Stack gap={3}>
        <Heading level={2} id="sign-in-other-ways">
          {t.otherTitle}
        </Heading>
        <ul className="aukio-pattern-list">
          <li>
            {t.onBehalf}
            {/* On a line of its own: easier to find, and its focus ring is not split over two lines. */}
            <div>
              <Link href={t.onBehalfHref}>{t.onBehalfLink}</Link>
            </div>
          </li>
          <li>{t.phone}</li>
          <li>{t.visit}</li>
          <li>
            {t.support} <Link href="/digituki">{t.supportLink}</Link>
          </li>
        </ul>
      </Stack>
    </section>
  );

  if (step === 'done') {
    return (
      <PatternPage>
        <Stack gap={5}>
          <Heading level={1}>{t.title}</Heading>
          <p role="status">{t.done}</p>
        </Stack>
      </PatternPage>
    );
  }

  if (step === 'code') {
    return (
      <PatternPage>
        <Stack gap={5}>
          <Heading level={1}>{t.codeTitle}</Heading>
          <Text>{t.codeSent.replace('{email}', email)}</Text>
          <Form
            method="post"
            action="/kirjaudu/koodi"
            onValidate={validateCode}
            onSubmit={(event) => {
              event.preventDefault();
              setStep('done');
            }}
          >
            {({ errorFor }) => (
              <Stack gap={5}>
                <OneTimeCodeInput label={t.code} name="code" required necessityIndicator="none" resendHref="/kirjaudu/uusi-koodi" error={errorFor('code')} />
                <div>
                  <Button type="submit">{t.signIn}</Button>
                </div>
              </Stack>
            )}
          </Form>
          {otherWays}
        </Stack>
      </PatternPage>
    );
  }

  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.intro}</Text>
        <section aria-labelledby="sign-in-strong">
          <Stack gap={3}>
            <Heading level={2} id="sign-in-strong">
              {t.strongTitle}
            </Heading>
            <Text>{t.strongBody}</Text>
            <div>
              <Button asChild>
                <a href="/tunnistaudu?paluu=%2Fhakemus">{t.strong}</a>
              </Button>
            </div>
          </Stack>
        </section>
        <section aria-labelledby="sign-in-email">
          <Stack gap={3}>
            <Heading level={2} id="sign-in-email">
              {t.emailTitle}
            </Heading>
            <Form
              method="post"
              action="/kirjaudu/sahkoposti"
              onValidate={validateEmail}
              onSubmit={(event, fd) => {
                event.preventDefault();
                setEmail(String(fd.get('email')).trim());
                setStep('code');
              }}
            >
              {({ errorFor }) => (
                <Stack gap={5}>
                  <TextInput label={t.email} hint={t.emailHint} type="email" name="email" autoComplete="email" spellCheck={false} required necessityIndicator="none" defaultValue={email} error={errorFor('email')} />
                  <div>
                    <Button type="submit" variant="secondary">
                      {t.send}
                    </Button>
                  </div>
                </Stack>
              )}
            </Form>
          </Stack>
        </section>
        {otherWays}
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Sign in',
  component: SignIn,
  args: { locale: 'fi' },
} satisfies Meta<typeof SignIn>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The choice of ways in: strong identification, or an email code; and the other ways, someone acting for you first. */
function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: t.strong })).toHaveAttribute('href', expect.stringContaining('paluu='));
    const email = canvas.getByRole('textbox', { name: t.email });
    await expect(email).toHaveAttribute('autocomplete', 'email');
    await expect(canvas.getByRole('link', { name: t.onBehalfLink })).toBeInTheDocument();
    // No password, no puzzle: the only fields are the email address (and later the code).
    await expect(canvasElement.querySelector('input[type="password"]')).toBeNull();
    await submitWithKeyboard(canvas, t.send);
    await expectErrorSummary(canvas, locale, [t.emailError]);
    await tabTo(email);
    await userEvent.keyboard('aino@example.fi');
    await submitWithKeyboard(canvas, t.send);
    await expect(await canvas.findByRole('heading', { level: 1, name: t.codeTitle })).toBeInTheDocument();
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };

/** The code step: a code pasted with a space signs in; "Etkö saanut koodia?" is under the field. */
export const CodeStep: Story = {
  args: { step: 'code', email: 'aino@example.fi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const code = canvas.getByRole('textbox', { name: texts.fi.code });
    await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
    await expect(canvas.getByRole('link', { name: 'Etkö saanut koodia?' })).toBeInTheDocument();
    await tabTo(code);
    await userEvent.paste('123 456');
    await submitWithKeyboard(canvas, texts.fi.signIn);
    await expect(await canvas.findByRole('status')).toHaveTextContent(texts.fi.done);
  },
};

/** A wrong code: the message says what to do, and the code stays in the field to check. */
export const WrongCode: Story = {
  args: { step: 'code', email: 'aino@example.fi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const code = canvas.getByRole('textbox', { name: texts.fi.code });
    await tabTo(code);
    await userEvent.keyboard('654 321');
    await submitWithKeyboard(canvas, texts.fi.signIn);
    await expectErrorSummary(canvas, 'fi', [texts.fi.wrongCode]);
    await expect(code).toHaveValue('654 321');
  },
};
