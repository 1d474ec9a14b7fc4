import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Heading, Link, Stack, Text } from '../../packages/react/src';
import { OtherWays, otherWaysHeading, PatternPage, tabTo, type Locale } from './helpers';

type Kind = 'notFound' | 'problem' | 'unavailable';
interface PageText {
  title: string;
  body: string[];
  /** Show the other ways to get the matter done (phone, visit, post, someone acting for you). */
  otherWays?: boolean;
  links: { href: string; label: string }[];
}

const texts: Record<Locale, Record<Kind, PageText>> = {
  fi: {
    notFound: {
      title: 'Sivua ei löytynyt',
      body: ['Jos kirjoitit osoitteen itse, tarkista että se on oikein.', 'Jos kopioit osoitteen, tarkista että kopioit sen kokonaan.', 'Sivu on voinut myös siirtyä toiseen osoitteeseen.'],
      links: [{ href: '/', label: 'Siirry etusivulle' }, { href: '/haku', label: 'Hae sivustolta' }],
    },
    problem: {
      title: 'Palvelussa on ongelma',
      otherWays: true,
      body: ['Yritä myöhemmin uudelleen.', 'Antamasi tiedot on tallennettu 30 päivän ajan. Kun palaat palveluun, voit jatkaa siitä, mihin jäit.'],
      links: [{ href: '/yhteystiedot', label: 'Ota yhteyttä asiakaspalveluun' }],
    },
    unavailable: {
      title: 'Palvelu ei ole käytössä',
      body: ['Palvelu on poissa käytöstä huoltotöiden takia 27.11.2026 klo 18–22.', 'Sillä välin voit hoitaa asian muilla tavoilla.'],
      otherWays: true,
      links: [{ href: '/yhteystiedot', label: 'Muut yhteydenottotavat' }],
    },
  },
  sv: {
    notFound: {
      title: 'Sidan hittades inte',
      body: ['Om du skrev adressen själv, kontrollera att den är rätt.', 'Om du kopierade adressen, kontrollera att du kopierade hela.', 'Sidan kan också ha flyttats till en annan adress.'],
      links: [{ href: '/sv', label: 'Gå till startsidan' }, { href: '/sv/sok', label: 'Sök på webbplatsen' }],
    },
    problem: {
      title: 'Det är ett problem med tjänsten',
      otherWays: true,
      body: ['Försök igen senare.', 'Uppgifterna du gett har sparats i 30 dagar. När du kommer tillbaka kan du fortsätta där du slutade.'],
      links: [{ href: '/sv/kontakt', label: 'Kontakta kundtjänsten' }],
    },
    unavailable: {
      title: 'Tjänsten är inte tillgänglig',
      body: ['Tjänsten är stängd för underhåll 27.11.2026 kl. 18–22.', 'Under tiden kan du sköta ärendet på andra sätt.'],
      otherWays: true,
      links: [{ href: '/sv/kontakt', label: 'Andra sätt att kontakta oss' }],
    },
  },
  en: {
    notFound: {
      title: 'Page not found',
      body: ['If you typed the address, check that it is correct.', 'If you copied the address, check that you copied all of it.', 'The page may also have moved to another address.'],
      links: [{ href: '/en', label: 'Go to the front page' }, { href: '/en/search', label: 'Search the site' }],
    },
    problem: {
      title: 'There is a problem with the service',
      otherWays: true,
      body: ['Try again later.', 'The answers you gave are saved for 30 days. When you come back, you can continue where you left off.'],
      links: [{ href: '/en/contact', label: 'Contact customer service' }],
    },
    unavailable: {
      title: 'The service is unavailable',
      body: ['The service is closed for maintenance on 27 November 2026 from 6 pm to 10 pm.', 'Meanwhile you can get it done in other ways.'],
      otherWays: true,
      links: [{ href: '/en/contact', label: 'Other ways to contact us' }],
    },
  },
};

function ErrorPage({ locale, kind }: { locale: Locale; kind: Kind }) {
  const t = texts[locale][kind];
  return (
    <PatternPage>
      <Stack gap={5}>
        <Heading level={1}>{t.title}</Heading>
        {t.body.map((line) => (
          <Text key={line}>{line}</Text>
        ))}
        {t.otherWays && <OtherWays locale={locale} />}
        <ul className="aukio-pattern-list">
          {t.links.map((link) => (
            <li key={link.href}>
              <Link href={link.href}>{link.label}</Link>
            </li>
          ))}
        </ul>
      </Stack>
    </PatternPage>
  );
}

const meta = {
  title: 'Patterns/Error pages',
  component: ErrorPage,
  args: { locale: 'fi', kind: 'notFound' },
} satisfies Meta<typeof ErrorPage>;
export default meta;
type Story = StoryObj<typeof meta>;

function story(locale: Locale, kind: Kind): Story {
  const t = texts[locale][kind];
  return {
    args: { locale, kind },
    globals: { locale },
    play: async ({ canvasElement }) => {
      const canvas = within(canvasElement);
      // The h1 says what went wrong in plain words: no error codes, no blame.
      await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(t.title);
      await expect(canvasElement.textContent).not.toMatch(/\b(404|500|503)\b/);
      // A problem or an outage offers the other ways to get the matter done, before the page's own links.
      const other = canvas.queryByRole('heading', { level: 2, name: otherWaysHeading(locale) });
      await expect(Boolean(other)).toBe(Boolean(t.otherWays));
      for (const link of t.links) await tabTo(canvas.getByRole('link', { name: link.label }));
      await userEvent.tab({ shift: true });
    },
  };
}

export const NotFoundFinnish = story('fi', 'notFound');
export const NotFoundSwedish = story('sv', 'notFound');
export const NotFoundEnglish = story('en', 'notFound');
export const ProblemFinnish = story('fi', 'problem');
export const ProblemSwedish = story('sv', 'problem');
export const ProblemEnglish = story('en', 'problem');
export const UnavailableFinnish = story('fi', 'unavailable');
export const UnavailableSwedish = story('sv', 'unavailable');
export const UnavailableEnglish = story('en', 'unavailable');
