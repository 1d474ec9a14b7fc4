import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button, Checkbox, Heading, Stack, Text } from '../../packages/react/src';
import { OtherWays, PatternPage, type Locale } from './helpers';

// The example service: a resident parking permit, signed in, 20 minutes without activity before sign-out,
// answers saved on the server after every page and kept for 30 days (G105), a longer limit on request (G133).
const texts = {
  fi: {
    startTitle: 'Hae asukaspysäköintitunnusta',
    limitTitle: 'Aikaraja',
    limit: 'Sinut kirjataan ulos, jos et tee mitään 20 minuuttiin. Saat varoituksen 5 minuuttia ennen, ja voit silloin jatkaa.',
    kept: 'Vastauksesi tallentuvat jokaisen sivun jälkeen ja säilyvät 30 päivää. Jos sinut kirjataan ulos, jatkat samasta kohdasta.',
    moreTime: 'Tarvitsen enemmän aikaa',
    moreTimeHint: 'Sinut kirjataan ulos vasta 60 minuutin kuluttua.',
    start: 'Aloita hakemus',
    outTitle: 'Sinut kirjattiin ulos',
    out: 'Et tehnyt mitään 20 minuuttiin, joten sinut kirjattiin ulos tietoturvan vuoksi.',
    keptTitle: 'Mitä tallentui',
    keptList: ['Henkilötietosi', 'Osoitteesi', 'Ajoneuvon tiedot'],
    lost: 'Sivulla ”Pysäköintialue” valitsemasi alue ei tallentunut, koska et lähettänyt sivua. Valitse se uudelleen.',
    signIn: 'Kirjaudu uudelleen ja jatka hakemusta',
  },
  sv: {
    startTitle: 'Ansök om parkeringstillstånd för boende',
    limitTitle: 'Tidsgräns',
    limit: 'Du loggas ut om du inte gör något på 20 minuter. Du får en varning 5 minuter innan och kan då fortsätta.',
    kept: 'Dina svar sparas efter varje sida och finns kvar i 30 dagar. Om du loggas ut fortsätter du där du slutade.',
    moreTime: 'Jag behöver mer tid',
    moreTimeHint: 'Du loggas ut först efter 60 minuter.',
    start: 'Börja ansökan',
    outTitle: 'Du loggades ut',
    out: 'Du gjorde ingenting på 20 minuter, så du loggades ut av säkerhetsskäl.',
    keptTitle: 'Det här sparades',
    keptList: ['Dina personuppgifter', 'Din adress', 'Uppgifterna om fordonet'],
    lost: 'Området du valde på sidan ”Parkeringsområde” sparades inte, eftersom du inte skickade sidan. Välj det igen.',
    signIn: 'Logga in igen och fortsätt ansökan',
  },
  en: {
    startTitle: 'Apply for a resident parking permit',
    limitTitle: 'Time limit',
    limit: 'We will sign you out if you do nothing for 20 minutes. We will warn you 5 minutes before, and you can continue then.',
    kept: 'Your answers are saved after every page and kept for 30 days. If we sign you out, you continue where you left off.',
    moreTime: 'I need more time',
    moreTimeHint: 'We will sign you out only after 60 minutes.',
    start: 'Start application',
    outTitle: 'We signed you out',
    out: 'You did nothing for 20 minutes, so we signed you out to keep your details safe.',
    keptTitle: 'What we saved',
    keptList: ['Your personal details', 'Your address', 'The vehicle details'],
    lost: 'The area you chose on the “Parking area” page was not saved, as you did not send the page. Choose it again.',
    signIn: 'Sign in again and continue your application',
  },
} satisfies Record<Locale, Record<string, string | string[]>>;

/** Where signing in again returns: the step the resident was on, whose answers the server kept. */
const returnStep = '/pysakointi/hakemus/alue';

function TimeLimits({ locale, page }: { locale: Locale; page: 'start' | 'timed-out' }) {
  const t = texts[locale];
  if (page === 'timed-out') {
    return (
      <PatternPage>
        <Stack gap={5}>
          <Heading level={1}>{t.outTitle}</Heading>
          <Text>{t.out}</Text>
          <Heading level={2}>{t.keptTitle}</Heading>
          <ul className="aukio-pattern-list">
            {t.keptList.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
          <Text>{t.lost}</Text>
          <OtherWays locale={locale} />
          <div>
            <Button asChild>
              <a href={`/kirjaudu?palaa=${encodeURIComponent(returnStep)}`}>{t.signIn}</a>
            </Button>
          </div>
        </Stack>
      </PatternPage>
    );
  }
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.startTitle}</Heading>
        <Heading level={2}>{t.limitTitle}</Heading>
        <Text>{t.limit}</Text>
        <Text>{t.kept}</Text>
        <OtherWays locale={locale} />
        {/* G133: the choice of more time comes with the start, on the first page, and is a form post. */}
        <form method="post" action="/pysakointi/aloita">
          <Stack gap={4}>
            <Checkbox name="more-time" value="60" label={t.moreTime} hint={t.moreTimeHint} />
            <div>
              <Button type="submit">{t.start}</Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Time limits',
  component: TimeLimits,
  args: { locale: 'fi', page: 'start' },
} satisfies Meta<typeof TimeLimits>;
export default meta;
type Story = StoryObj<typeof meta>;

function startPlay(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    // The limit and what happens to the answers are told before starting (2.2.6), in minutes.
    await expect(canvas.getByText(t.limit)).toBeInTheDocument();
    await expect(canvas.getByText(t.kept)).toBeInTheDocument();
    // G133: more time is a checkbox in the start form, before the start button, posted with it.
    const more = canvas.getByRole('checkbox', { name: t.moreTime });
    await expect(more).toHaveAccessibleDescription(t.moreTimeHint);
    const start = canvas.getByRole('button', { name: t.start });
    await expect(more.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await expect(start.closest('form')).toHaveAttribute('method', 'post');
    await expect(more).toHaveAttribute('name', 'more-time');
  };
}

function timedOutPlay(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(t.outTitle);
    // What was kept, as a list, and what was not.
    const kept = canvas.getByRole('heading', { level: 2, name: t.keptTitle }).nextElementSibling as HTMLElement;
    await expect(within(kept).getAllByRole('listitem')).toHaveLength(t.keptList.length);
    // Signing in again returns to the same step (G105: the server restores its answers).
    const signIn = canvas.getByRole('link', { name: t.signIn });
    await expect(signIn).toHaveAttribute('href', `/kirjaudu?palaa=${encodeURIComponent(returnStep)}`);
  };
}

export const Finnish: Story = { play: startPlay('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: startPlay('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: startPlay('en') };
export const TimedOutFinnish: Story = { args: { page: 'timed-out' }, play: timedOutPlay('fi') };
export const TimedOutSwedish: Story = { args: { locale: 'sv', page: 'timed-out' }, globals: { locale: 'sv' }, play: timedOutPlay('sv') };
export const TimedOutEnglish: Story = { args: { locale: 'en', page: 'timed-out' }, globals: { locale: 'en' }, play: timedOutPlay('en') };
