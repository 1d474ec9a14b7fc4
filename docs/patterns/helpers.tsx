// Shared pieces of the pattern stories: a page frame (with the help element in one place), the other ways to
// get a matter done, and keyboard helpers for play functions.
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { catalogues, Heading, Link, ServiceHelp, telHref, useLocale, type AukioLocale, type HeadingLevel, type ServiceHelpProps } from '../../packages/react/src';
import './patterns.css';

export type Locale = AukioLocale;
export const languages: { locale: Locale; story: 'Finnish' | 'Swedish' | 'English' }[] = [
  { locale: 'fi', story: 'Finnish' },
  { locale: 'sv', story: 'Swedish' },
  { locale: 'en', story: 'English' },
];

/** The example city's ways to get help, as a service would pass them to ServiceHelp on every page. */
export const exampleHelp: Record<Locale, Omit<ServiceHelpProps, 'id'>> = {
  fi: {
    phone: { number: '09 310 12345', hours: 'ma–pe klo 9–16', cost: 'normal' },
    visit: { name: 'Kaupungin palvelupiste', address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'ma–pe klo 8–16' },
    digitalSupport: { href: '/digituki', note: 'Kirjastoissa ja palvelupisteissä' },
  },
  sv: {
    phone: { number: '09 310 12345', hours: 'mån–fre kl. 9–16', cost: 'normal' },
    visit: { name: 'Stadens servicekontor', address: 'Handelsgatan 1, 00100 Exempelstad', hours: 'mån–fre kl. 8–16' },
    digitalSupport: { href: '/sv/digistod', note: 'På bibliotek och servicekontor' },
  },
  en: {
    phone: { number: '09 310 12345', hours: 'Mon–Fri 9 am to 4 pm', cost: 'normal' },
    visit: { name: 'City service point', address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'Mon–Fri 8 am to 4 pm' },
    digitalSupport: { href: '/en/digital-support', note: 'At libraries and service points' },
  },
};

/**
 * The page a pattern is shown on: the main content of a service page, then the ways to get help. Every pattern
 * page shows the same help in the same place, after the content (WCAG 3.2.6; packages/react/test/pattern-help
 * checks it on every pattern story). In a service, the help sits in the Footer's `help` slot instead.
 */
export function PatternPage({ children }: { children: ReactNode }) {
  const locale = useLocale();
  return (
    <div className="aukio-pattern-page">
      <div className="aukio-pattern-page__content">{children}</div>
      <ServiceHelp className="aukio-pattern-page__help" {...exampleHelp[locale]} />
    </div>
  );
}

const otherWaysTexts = {
  fi: {
    heading: 'Muut tavat hoitaa asia',
    phone: 'Soita numeroon',
    phoneHours: '(ma–pe klo 9–16).',
    visit: 'Käy palvelupisteessä: Kauppakatu 1, Esimerkkilä.',
    post: 'Lähetä paperihakemus postitse: Esimerkkilän kaupunki, PL 1, 00099 Esimerkkilä.',
    onBehalf: 'Joku toinen voi hoitaa asian puolestasi, jos annat hänelle Suomi.fi-valtuuden. Jos sinulla ei ole verkkopankkitunnuksia, voit antaa valtuuden palvelupisteessä.',
    onBehalfLink: 'Lue Suomi.fi-valtuuksista',
    onBehalfHref: 'https://www.suomi.fi/valtuudet',
  },
  sv: {
    heading: 'Andra sätt att sköta ärendet',
    phone: 'Ring',
    phoneHours: '(mån–fre kl. 9–16).',
    visit: 'Besök ett servicekontor: Handelsgatan 1, Exempelstad.',
    post: 'Skicka en pappersansökan per post: Exempelstad, PB 1, 00099 Exempelstad.',
    onBehalf: 'Någon annan kan sköta ärendet åt dig om du ger hen en Suomi.fi-fullmakt. Om du inte har nätbankskoder kan du ge fullmakten på ett servicekontor.',
    onBehalfLink: 'Läs om Suomi.fi-fullmakter',
    onBehalfHref: 'https://www.suomi.fi/fullmakter',
  },
  en: {
    heading: 'Other ways to get this done',
    phone: 'Call',
    phoneHours: '(Mon–Fri 9 am to 4 pm).',
    visit: 'Visit a service point: Kauppakatu 1, Esimerkkilä.',
    post: 'Send a paper application by post: City of Esimerkkilä, PO Box 1, 00099 Esimerkkilä.',
    onBehalf: 'Someone else can do this for you if you give them a Suomi.fi e-Authorization. If you have no online banking codes, you can give it at a service point.',
    onBehalfLink: 'Read about Suomi.fi e-Authorizations',
    onBehalfHref: 'https://www.suomi.fi/e-authorizations',
  },
} satisfies Record<Locale, Record<string, string>>;

/** The heading of `OtherWays` in `locale`, for play functions and tests. */
export const otherWaysHeading = (locale: Locale) => otherWaysTexts[locale].heading;

/**
 * The other ways to get the matter done (phone, visit, post, someone acting for you with a Suomi.fi
 * e-Authorization), shown BEFORE a sign-in or start button, so a resident without e-ID finds them first.
 */
export function OtherWays({ locale, headingLevel = 2 }: { locale: Locale; headingLevel?: HeadingLevel }) {
  const t = otherWaysTexts[locale];
  const phone = exampleHelp[locale].phone!;
  return (
    <section className="aukio-pattern-other-ways">
      <Heading level={headingLevel}>{t.heading}</Heading>
      <ul className="aukio-pattern-list">
        <li>
          {t.phone} <Link href={telHref(phone.number)}>{phone.number}</Link> {t.phoneHours}
        </li>
        <li>{t.visit}</li>
        <li>{t.post}</li>
        <li>
          {t.onBehalf} <Link href={t.onBehalfHref}>{t.onBehalfLink}</Link>
        </li>
      </ul>
    </section>
  );
}

type Canvas = ReturnType<typeof within>;

/** Moves focus with Tab until `target` has it (at most 30 presses), as a keyboard user would. */
export async function tabTo(target: HTMLElement) {
  for (let i = 0; i < 30 && target.ownerDocument.activeElement !== target; i += 1) await userEvent.tab();
  await expect(target).toHaveFocus();
}

/** Submits with the keyboard: Tab to the button, press Enter. */
export async function submitWithKeyboard(canvas: Canvas, name: string | RegExp) {
  await tabTo(canvas.getByRole('button', { name }));
  await userEvent.keyboard('{Enter}');
}

/** After a failed submit: the error summary has focus and lists `messages` as links, in order. */
export async function expectErrorSummary(canvas: Canvas, locale: Locale, messages: string[]) {
  const heading = await canvas.findByRole('heading', { name: catalogues[locale]['errorSummary.title'] });
  const summary = heading.closest('[tabindex="-1"]') ?? heading.parentElement!;
  await waitFor(() => expect(summary).toHaveFocus());
  const links = within(summary as HTMLElement).getAllByRole('link');
  await expect(links.map((l) => l.textContent)).toEqual(messages);
  return links;
}
