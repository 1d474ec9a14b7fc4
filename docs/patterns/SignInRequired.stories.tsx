import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button, Heading, Stack, Text } from '../../packages/react/src';
import { OtherWays, otherWaysHeading, PatternPage, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Kirjaudu sisään jatkaaksesi',
    body: 'Tarvitsemme vahvan tunnistautumisen, koska hakemuksessa käsitellään henkilötietojasi. Voit tunnistautua pankkitunnuksilla, mobiilivarmenteella tai varmennekortilla.',
    saved: 'Jos aloitit hakemuksen aiemmin, löydät sen kirjautumisen jälkeen.',
    signIn: 'Kirjaudu sisään',
  },
  sv: {
    title: 'Logga in för att fortsätta',
    body: 'Vi behöver stark autentisering eftersom ansökan behandlar dina personuppgifter. Du kan identifiera dig med bankkoder, mobilcertifikat eller certifikatkort.',
    saved: 'Om du har påbörjat en ansökan tidigare hittar du den efter inloggningen.',
    signIn: 'Logga in',
  },
  en: {
    title: 'Sign in to continue',
    body: 'We need strong identification because the application handles your personal data. You can identify yourself with online banking codes, a mobile certificate or a certificate card.',
    saved: 'If you started an application earlier, you will find it after signing in.',
    signIn: 'Sign in',
  },
} satisfies Record<Locale, Record<string, string>>;

function SignInRequired({ locale }: { locale: Locale }) {
  const t = texts[locale];
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text>{t.body}</Text>
        <Text>{t.saved}</Text>
        <OtherWays locale={locale} />
        <div>
          <Button asChild>
            <a href="/kirjaudu?paluu=%2Fhakemus">{t.signIn}</a>
          </Button>
        </div>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Sign-in required',
  component: SignInRequired,
  args: { locale: 'fi' },
} satisfies Meta<typeof SignInRequired>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // Signing in goes to another page, so it is a link (styled as a button), and it returns the user here.
    const signIn = canvas.getByRole('link', { name: t.signIn });
    await expect(signIn).toHaveAttribute('href', expect.stringContaining('paluu='));
    // Someone without e-ID meets the other ways (phone, visit, post, someone acting for them) before the button.
    const other = canvas.getByRole('heading', { level: 2, name: otherWaysHeading(locale) });
    await expect(other.compareDocumentPosition(signIn) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect(within(other.parentElement!).getByRole('link', { name: /Suomi\.fi/ })).toBeInTheDocument();
    await tabTo(signIn);
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };
