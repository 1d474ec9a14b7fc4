import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Button, Heading, Stack, Text } from '../../packages/react/src';
import { OtherWays, otherWaysHeading, PatternPage, tabTo, type Locale } from './helpers';

const texts = {
  fi: {
    title: 'Hae asumistukea',
    lead: 'Voit hakea kaupungin asumistukea, jos asut Helsingissä vuokralla ja tulosi ovat pienet.',
    needTitle: 'Mitä tarvitset',
    need: ['vuokrasopimuksen PDF-tiedostona tai valokuvana', 'tiedon kotitaloutesi tuloista viimeisten 3 kuukauden ajalta', 'pankki- tai mobiilitunnukset tunnistautumista varten'],
    time: 'Hakemuksen täyttäminen kestää noin 15 minuuttia. Voit tallentaa sen ja jatkaa myöhemmin.',
    start: 'Aloita hakemus',
  },
  sv: {
    title: 'Ansök om bostadsstöd',
    lead: 'Du kan ansöka om stadens bostadsstöd om du bor på hyra i Helsingfors och har små inkomster.',
    needTitle: 'Det här behöver du',
    need: ['hyresavtalet som PDF-fil eller foto', 'uppgifter om hushållets inkomster för de senaste 3 månaderna', 'bankkoder eller mobilcertifikat för identifieringen'],
    time: 'Det tar ungefär 15 minuter att fylla i ansökan. Du kan spara den och fortsätta senare.',
    start: 'Börja ansökan',
  },
  en: {
    title: 'Apply for housing allowance',
    lead: 'You can apply for the city’s housing allowance if you rent your home in Helsinki and have a low income.',
    needTitle: 'What you need',
    need: ['your lease agreement as a PDF file or a photo', 'your household’s income for the last 3 months', 'online banking codes or a mobile certificate to identify yourself'],
    time: 'Filling in the application takes about 15 minutes. You can save it and continue later.',
    start: 'Start application',
  },
} satisfies Record<Locale, Record<string, string | string[]>>;

function StartService({ locale }: { locale: Locale }) {
  const t = texts[locale];
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        <Text variant="lead">{t.lead}</Text>
        <Heading level={2}>{t.needTitle}</Heading>
        <ul className="aukio-pattern-list">
          {t.need.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <Text>{t.time}</Text>
        <OtherWays locale={locale} />
        <div>
          <Button asChild>
            <a href="/asumistuki/hakemus">{t.start}</a>
          </Button>
        </div>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Start a service',
  component: StartService,
  args: { locale: 'fi' },
} satisfies Meta<typeof StartService>;
export default meta;
type Story = StoryObj<typeof meta>;

function playFor(locale: Locale): Story['play'] {
  const t = texts[locale];
  return async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(t.title);
    await expect(canvas.getByRole('heading', { level: 2, name: t.needTitle })).toBeInTheDocument();
    const need = canvas.getByRole('heading', { level: 2, name: t.needTitle }).nextElementSibling as HTMLElement;
    await expect(within(need).getAllByRole('listitem')).toHaveLength(3);
    // The start button is a link: it goes to the first question page and works without JavaScript.
    const start = canvas.getByRole('link', { name: t.start });
    await expect(start).toHaveAttribute('href', '/asumistuki/hakemus');
    // The other ways to apply (phone, visit, post, someone acting for you) come before the start button.
    const other = canvas.getByRole('heading', { level: 2, name: otherWaysHeading(locale) });
    await expect(other.compareDocumentPosition(start) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await tabTo(start);
    const box = start.getBoundingClientRect();
    await expect(box.height).toBeGreaterThanOrEqual(44);
  };
}

export const Finnish: Story = { play: playFor('fi') };
export const Swedish: Story = { args: { locale: 'sv' }, globals: { locale: 'sv' }, play: playFor('sv') };
export const English: Story = { args: { locale: 'en' }, globals: { locale: 'en' }, play: playFor('en') };
