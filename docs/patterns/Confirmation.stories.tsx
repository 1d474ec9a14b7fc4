import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Heading, Link, Notification, Stack, Text } from '../../packages/react/src';
import { PatternPage, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Hakemus lähetetty',
    reference: 'Hakemuksesi tunnus',
    email: 'Lähetimme vahvistuksen osoitteeseen aino.virtanen@example.fi.',
    nextTitle: 'Mitä seuraavaksi tapahtuu',
    next: ['Käsittelemme hakemuksesi noin 3 viikossa.', 'Otamme sinuun yhteyttä, jos tarvitsemme lisätietoja.', 'Saat päätöksen postitse ja Omat asiat -palveluun.'],
    status: 'Voit seurata hakemuksesi tilaa Omat asiat -palvelussa',
    feedback: 'Kerro, mitä mieltä olit palvelusta',
  },
  sv: {
    title: 'Ansökan har skickats',
    reference: 'Din ansökans nummer',
    email: 'Vi har skickat en bekräftelse till aino.virtanen@example.fi.',
    nextTitle: 'Vad händer sedan',
    next: ['Vi behandlar din ansökan på ungefär 3 veckor.', 'Vi kontaktar dig om vi behöver mer information.', 'Du får beslutet per post och i tjänsten Mina ärenden.'],
    status: 'Du kan följa din ansökan i tjänsten Mina ärenden',
    feedback: 'Berätta vad du tyckte om tjänsten',
  },
  en: {
    title: 'Application sent',
    reference: 'Your reference number',
    email: 'We have sent a confirmation to aino.virtanen@example.fi.',
    nextTitle: 'What happens next',
    next: ['We will process your application in about 3 weeks.', 'We will contact you if we need more information.', 'You will get the decision by post and in the My matters service.'],
    status: 'You can follow your application in the My matters service',
    feedback: 'Tell us what you thought of the service',
  },
} satisfies Record<Locale, Record<string, string | string[]>>;

const REFERENCE = 'HKI-2026-004217';

function Confirmation({ locale }: { locale: Locale }) {
  const t = texts[locale];
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Notification type="success">
          <p>
            {t.reference}: <strong className="aukio-pattern-reference">{REFERENCE}</strong>
          </p>
          <p>{t.email}</p>
        </Notification>
        <Heading level={2}>{t.nextTitle}</Heading>
        <ol className="aukio-pattern-list">
          {t.next.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        <Text>
          <Link href="/omat-asiat">{t.status}</Link>
        </Text>
        <Text>
          <Link href="/palaute">{t.feedback}</Link>
        </Text>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Confirmation page',
  component: Confirmation,
  args: { locale: 'fi' },
} satisfies Meta<typeof Confirmation>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The page's one h1 says what happened; the reference number is text, so it can be selected and copied.
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(t.title);
    await expect(canvas.getByText(REFERENCE).tagName).toBe('STRONG');
    await expect(canvas.getAllByRole('listitem')).toHaveLength(3);
    await tabTo(canvas.getByRole('link', { name: t.status }));
    await tabTo(canvas.getByRole('link', { name: t.feedback }));
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };
