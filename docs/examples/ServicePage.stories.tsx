import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useRef, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import {
  Breadcrumb,
  Button,
  catalogues,
  Footer,
  Form,
  Header,
  Heading,
  LanguageSwitch,
  Navigation,
  Notification,
  RadioGroup,
  ServiceHelp,
  Stack,
  Stepper,
  SummaryList,
  Text,
  TextInput,
  useLocale,
  type FormErrors,
} from '../../packages/react/src';
import { exampleHelp, expectErrorSummary, submitWithKeyboard, tabTo, type Locale } from '../patterns/helpers';
import './examples.css';

const texts = {
  fi: {
    service: 'Pysäköintiasiointi',
    home: 'Etusivu',
    navHousing: 'Asuminen',
    navParking: 'Pysäköinti',
    navPermits: 'Luvat',
    navOwn: 'Omat asiat',
    permit: 'Asukaspysäköintitunnus',
    title: 'Hae asukaspysäköintitunnusta',
    steps: 'Hakemuksen vaiheet',
    stepPersonal: 'Henkilötiedot',
    stepVehicle: 'Ajoneuvo',
    stepCheck: 'Tarkista ja lähetä',
    infoTitle: 'Tunnus on voimassa 12 kuukautta',
    infoBody: 'Tunnus maksaa 360 euroa vuodessa. Saat laskun, kun hakemus on hyväksytty.',
    vehicleTitle: 'Ajoneuvon tiedot',
    reg: 'Rekisteritunnus',
    regHint: 'Esimerkiksi ABC-123',
    regMissing: 'Kirjoita auton rekisteritunnus, esimerkiksi ABC-123',
    regInvalid: 'Kirjoita rekisteritunnus muodossa ABC-123',
    owner: 'Kenen nimissä auto on?',
    ownerSelf: 'Omissani',
    ownerEmployer: 'Työnantajan (työsuhdeauto)',
    ownerLeasing: 'Leasingyhtiön',
    ownerMissing: 'Valitse, kenen nimissä auto on',
    continue: 'Jatka',
    checkTitle: 'Tarkista vastauksesi',
    personal: 'Henkilötiedot',
    name: 'Nimi',
    address: 'Osoite',
    addressValue: 'Pohjoisesplanadi 11, 00170 Helsinki',
    vehicle: 'Ajoneuvo',
    ownerSelfValue: 'Omissani',
    send: 'Lähetä hakemus',
    sentTitle: 'Hakemus lähetetty',
    sentBody: 'Saat päätöksen sähköpostiisi viimeistään kahden viikon kuluttua.',
    footerGroup: 'Asiointi',
    footerOffices: 'Asiointipisteet',
    footerContact: 'Yhteystiedot',
    copyright: '© 2026 Esimerkkilän kaupunki',
  },
  sv: {
    service: 'Parkeringstjänster',
    home: 'Startsida',
    navHousing: 'Boende',
    navParking: 'Parkering',
    navPermits: 'Tillstånd',
    navOwn: 'Mina ärenden',
    permit: 'Boendeparkeringstillstånd',
    title: 'Ansök om boendeparkeringstillstånd',
    steps: 'Ansökans steg',
    stepPersonal: 'Personuppgifter',
    stepVehicle: 'Fordon',
    stepCheck: 'Kontrollera och skicka',
    infoTitle: 'Tillståndet gäller i 12 månader',
    infoBody: 'Tillståndet kostar 360 euro per år. Du får en faktura när ansökan har godkänts.',
    vehicleTitle: 'Uppgifter om fordonet',
    reg: 'Registreringsnummer',
    regHint: 'Till exempel ABC-123',
    regMissing: 'Skriv bilens registreringsnummer, till exempel ABC-123',
    regInvalid: 'Skriv registreringsnumret i formen ABC-123',
    owner: 'I vems namn är bilen?',
    ownerSelf: 'I mitt namn',
    ownerEmployer: 'Arbetsgivarens (tjänstebil)',
    ownerLeasing: 'Leasingbolagets',
    ownerMissing: 'Välj i vems namn bilen är',
    continue: 'Fortsätt',
    checkTitle: 'Kontrollera dina svar',
    personal: 'Personuppgifter',
    name: 'Namn',
    address: 'Adress',
    addressValue: 'Norra esplanaden 11, 00170 Helsingfors',
    vehicle: 'Fordon',
    ownerSelfValue: 'I mitt namn',
    send: 'Skicka ansökan',
    sentTitle: 'Ansökan har skickats',
    sentBody: 'Du får beslutet per e-post inom två veckor.',
    footerGroup: 'Ärenden',
    footerOffices: 'Serviceställen',
    footerContact: 'Kontaktuppgifter',
    copyright: '© 2026 Exempelby stad',
  },
  en: {
    service: 'Parking services',
    home: 'Home',
    navHousing: 'Housing',
    navParking: 'Parking',
    navPermits: 'Permits',
    navOwn: 'My matters',
    permit: 'Resident parking permit',
    title: 'Apply for a resident parking permit',
    steps: 'Steps of the application',
    stepPersonal: 'Personal details',
    stepVehicle: 'Vehicle',
    stepCheck: 'Check and send',
    infoTitle: 'The permit is valid for 12 months',
    infoBody: 'The permit costs 360 euros a year. You will get an invoice when the application is approved.',
    vehicleTitle: 'Vehicle details',
    reg: 'Registration number',
    regHint: 'For example ABC-123',
    regMissing: 'Enter the registration number of the car, for example ABC-123',
    regInvalid: 'Enter the registration number in the format ABC-123',
    owner: 'Whose name is the car registered in?',
    ownerSelf: 'My own',
    ownerEmployer: 'My employer’s (company car)',
    ownerLeasing: 'A leasing company’s',
    ownerMissing: 'Choose whose name the car is registered in',
    continue: 'Continue',
    checkTitle: 'Check your answers',
    personal: 'Personal details',
    name: 'Name',
    address: 'Address',
    addressValue: 'Pohjoisesplanadi 11, 00170 Helsinki',
    vehicle: 'Vehicle',
    ownerSelfValue: 'My own',
    send: 'Send application',
    sentTitle: 'Application sent',
    sentBody: 'You will get the decision by email within two weeks.',
    footerGroup: 'Services',
    footerOffices: 'Service points',
    footerContact: 'Contact details',
    copyright: '© 2026 City of Example',
  },
} satisfies Record<Locale, Record<string, string>>;

type PageTexts = (typeof texts)['fi'];
const REG = /^[A-ZÅÄÖ]{1,3}-?[0-9]{1,3}$/i;

const Logo = () => (
  <svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
    <rect x="2" y="2" width="36" height="36" rx="6" fill="none" stroke="currentColor" strokeWidth="3" />
    <path d="M10 28l10-16 10 16z" fill="currentColor" />
  </svg>
);

interface ServicePageProps {
  /** Which step the page shows: the vehicle form or checking the answers. */
  step: 'vehicle' | 'check';
  /** Replaces some texts, e.g. with very long ones. */
  texts?: Partial<PageTexts>;
  /** Shows the vehicle step as the server renders it again after a post without answers (the error state). */
  withErrors?: boolean;
}

/** A whole service page: header, breadcrumb, one main with the steps and a form or check answers, footer. */
function ServicePage({ step: initialStep, texts: override, withErrors = false }: ServicePageProps) {
  const locale = useLocale();
  const t: PageTexts = { ...texts[locale], ...override };
  const [step, setStep] = useState(initialStep);
  const [sent, setSent] = useState(false);
  const [vehicle, setVehicle] = useState({ reg: 'ABC-123', owner: t.ownerSelfValue });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  // After a step changes, focus goes to the step's heading so screen readers start from it.
  useEffect(() => {
    if (moved.current) headingRef.current?.focus();
    moved.current = true;
  }, [step, sent]);

  const validate = (fd: FormData): FormErrors => {
    const reg = String(fd.get('registration') ?? '').trim();
    return {
      registration: !reg ? t.regMissing : REG.test(reg) ? undefined : t.regInvalid,
      owner: fd.get('owner') ? undefined : t.ownerMissing,
    };
  };
  const ownerLabel = (value: string) => ({ self: t.ownerSelf, employer: t.ownerEmployer, leasing: t.ownerLeasing })[value] ?? '';

  return (
    <>
      <Header
        serviceName={t.service}
        serviceHref="#etusivu"
        helpHref="#apua"
        logo={<Logo />}
        navigation={
          <Navigation
            currentHref="#pysakointi"
            items={[
              { label: t.navHousing, href: '#asuminen' },
              { label: t.navParking, href: '#pysakointi' },
              { label: t.navPermits, href: '#luvat' },
              { label: t.navOwn, href: '#omat' },
            ]}
          />
        }
        languageSwitch={
          <LanguageSwitch
            current={locale}
            languages={[
              { code: 'fi', name: 'Suomi', href: '#fi' },
              { code: 'sv', name: 'Svenska', href: '#sv' },
              { code: 'en', name: 'English', href: '#en' },
            ]}
          />
        }
      />
      <div className="aukio-example-crumbs">
        <Breadcrumb
          items={[
            { label: t.home, href: '#etusivu' },
            { label: t.navParking, href: '#pysakointi' },
            { label: t.permit },
          ]}
        />
      </div>
      <main id="main" className="aukio-example-main">
        <Stack gap={6}>
          <Heading level={1}>{t.title}</Heading>
          <Stepper
            aria-label={t.steps}
            steps={[
              { label: t.stepPersonal, status: 'completed', href: '#henkilotiedot' },
              { label: t.stepVehicle, status: step === 'vehicle' ? 'inProgress' : 'completed', href: step === 'check' ? '#ajoneuvo' : undefined },
              { label: t.stepCheck, status: step === 'check' ? 'inProgress' : 'cannotStart' },
            ]}
          />
          {step === 'vehicle' && (
            <Stack gap={5}>
              <Heading level={2} ref={headingRef} tabIndex={-1}>
                {t.vehicleTitle}
              </Heading>
              <Notification type="info" title={t.infoTitle} headingLevel={3}>
                <Text>{t.infoBody}</Text>
              </Notification>
              <Form
                method="post"
                action="/asukaspysakointi/ajoneuvo"
                onValidate={validate}
                errors={withErrors ? validate(new FormData()) : undefined}
                onSubmit={(event, fd) => {
                  event.preventDefault();
                  setVehicle({ reg: String(fd.get('registration')).toUpperCase(), owner: ownerLabel(String(fd.get('owner'))) });
                  setStep('check');
                }}
              >
                {({ errorFor }) => (
                  <Stack gap={5}>
                    <TextInput
                      label={t.reg}
                      hint={t.regHint}
                      name="registration"
                      width="10"
                      autoCapitalize="characters"
                      spellCheck={false}
                      required
                      error={errorFor('registration')}
                    />
                    <RadioGroup
                      legend={t.owner}
                      name="owner"
                      required
                      error={errorFor('owner')}
                      options={[
                        { value: 'self', label: t.ownerSelf },
                        { value: 'employer', label: t.ownerEmployer },
                        { value: 'leasing', label: t.ownerLeasing },
                      ]}
                    />
                    <div>
                      <Button type="submit">{t.continue}</Button>
                    </div>
                  </Stack>
                )}
              </Form>
            </Stack>
          )}
          {step === 'check' && !sent && (
            <Stack gap={5}>
              <Heading level={2} ref={headingRef} tabIndex={-1}>
                {t.checkTitle}
              </Heading>
              <SummaryList
                title={t.personal}
                headingLevel={3}
                rows={[
                  { key: t.name, value: 'Aino Virtanen', href: '#henkilotiedot' },
                  { key: t.address, value: t.addressValue, href: '#henkilotiedot' },
                ]}
              />
              <SummaryList
                title={t.vehicle}
                headingLevel={3}
                rows={[
                  { key: t.reg, value: vehicle.reg, href: '#ajoneuvo' },
                  { key: t.owner, value: vehicle.owner, href: '#ajoneuvo' },
                ]}
              />
              <form
                method="post"
                action="/asukaspysakointi/laheta"
                onSubmit={(event) => {
                  event.preventDefault();
                  setSent(true);
                }}
              >
                <Button type="submit">{t.send}</Button>
              </form>
            </Stack>
          )}
          {sent && (
            <Stack gap={5}>
              <Heading level={2} ref={headingRef} tabIndex={-1}>
                {t.sentTitle}
              </Heading>
              <Notification type="success">
                <Text>{t.sentBody}</Text>
              </Notification>
            </Stack>
          )}
        </Stack>
      </main>
      <Footer
        groups={[
          {
            heading: t.footerGroup,
            links: [
              { label: t.footerOffices, href: '#asiointipisteet' },
              { label: t.footerContact, href: '#yhteystiedot' },
            ],
          },
        ]}
        accessibilityStatementHref="#saavutettavuus"
        feedbackHref="#palaute"
        copyright={t.copyright}
        help={<ServiceHelp id="apua" {...exampleHelp[locale]} />}
      />
    </>
  );
}

const meta = {
  title: 'Examples/Service page',
  component: ServicePage,
  args: { step: 'vehicle' },
  parameters: {
    layout: 'fullscreen',
    // On the docs page each story is a page of its own in an iframe: landmarks and ids do not repeat.
    docs: { story: { inline: false, height: '60rem' } },
    // A page, not a component: content outside the landmarks fails the story (the rule is off for components).
    a11y: { options: { rules: { region: { enabled: true } } } },
  },
} satisfies Meta<typeof ServicePage>;
export default meta;
type Story = StoryObj<typeof meta>;

/** Every landmark once (navigation may repeat, each with its own name) and exactly one h1. */
async function expectLandmarks(canvasElement: HTMLElement) {
  const canvas = within(canvasElement);
  await expect(canvas.getAllByRole('banner')).toHaveLength(1);
  await expect(canvas.getAllByRole('main')).toHaveLength(1);
  await expect(canvas.getAllByRole('contentinfo')).toHaveLength(1);
  const navs = canvas.getAllByRole('navigation');
  await expect(navs.length).toBeGreaterThanOrEqual(1);
  const names = navs.map((nav) => nav.getAttribute('aria-label') ?? nav.getAttribute('aria-labelledby') ?? '');
  for (const name of names) await expect(name).not.toBe('');
  await expect(new Set(names).size).toBe(names.length);
  await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  // Help in one place (WCAG 3.2.6): the header's help link leads to the help, first in the footer.
  const help = canvasElement.querySelector<HTMLElement>('#apua');
  await expect(canvas.getByRole('contentinfo')).toContainElement(help);
  await expect(canvasElement.querySelector('header a[href="#apua"]')).not.toBeNull();
  // No content outside a landmark: every child of the story root is a landmark or holds only landmarks.
  for (const child of Array.from(canvasElement.children)) {
    await expect(child.matches('header, main, footer, nav') || child.querySelector(':scope > nav:only-child') !== null).toBe(true);
  }
}

/** The vehicle step of the application. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    // The toolbar's language (on the docs page too, where the story follows the page's toolbar).
    const strings = catalogues[(globals.locale ?? 'fi') as Locale];
    await expectLandmarks(canvasElement);
    // On narrow screens (the reflow run at 320 px) the main menu is folded behind the menu button.
    await expect(canvas.getByRole('navigation', { name: strings['navigation.label'], hidden: true })).toBeInTheDocument();
    await expect(canvas.getByRole('navigation', { name: strings['breadcrumb.label'] })).toBeInTheDocument();
  },
};

/**
 * Test only (keyboard; a docs page runs every canvas's play function, and this one would take focus from the
 * page): the skip link is the first Tab stop and moves focus to the main content.
 */
export const SkipLink: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Siirry pääsisältöön' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
    await expectLandmarks(canvasElement);
  },
};

/** The error state as the page shows it after "Continue" without answers (set through props, no keyboard). */
export const Errors: Story = {
  args: { withErrors: true },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const t = texts[(globals.locale ?? 'fi') as keyof typeof texts];
    await expect(await canvas.findByRole('link', { name: t.regMissing })).toBeInTheDocument();
    await expect(canvas.getByRole('textbox', { name: new RegExp(t.reg) })).toHaveAttribute('aria-invalid', 'true');
    await expectLandmarks(canvasElement);
  },
};

/** Test only (keyboard): continue without answers; the summary appears in the main content and takes focus. */
export const WithError: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = texts.fi;
    await submitWithKeyboard(canvas, t.continue);
    const links = await expectErrorSummary(canvas, 'fi', [t.regMissing, t.ownerMissing]);
    await expect(within(canvas.getByRole('main')).getByRole('heading', { name: 'Tarkista seuraavat kohdat' })).toBeInTheDocument();
    links[0]!.focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('textbox', { name: new RegExp(t.reg) })).toHaveFocus();
    await expectLandmarks(canvasElement);
  },
};

/** Test only (keyboard): from the vehicle step to check answers and sending. */
export const CheckAnswers: Story = {
  tags: ['!dev', '!autodocs'],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const t = texts.fi;
    await tabTo(canvas.getByRole('textbox', { name: new RegExp(t.reg) }));
    await userEvent.keyboard('xyz-987');
    // Tab enters the radio group at its first option; the Down arrow moves to the next one and chooses it.
    await tabTo(canvas.getByRole('radio', { name: t.ownerSelf }));
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('radio', { name: t.ownerEmployer })).toBeChecked();
    await submitWithKeyboard(canvas, t.continue);
    const heading = await canvas.findByRole('heading', { level: 2, name: t.checkTitle });
    await waitFor(() => expect(heading).toHaveFocus());
    await expect(canvas.getByRole('link', { name: `Muuta ${t.reg}` })).toHaveAttribute('href', '#ajoneuvo');
    await expect(canvas.getByRole('main')).toHaveTextContent('XYZ-987');
    await expect(canvas.getByRole('main')).toHaveTextContent(t.ownerEmployer);
    await expectLandmarks(canvasElement);
    await submitWithKeyboard(canvas, t.send);
    await waitFor(() => expect(canvas.getByRole('heading', { level: 2, name: t.sentTitle })).toHaveFocus());
  },
};

/** The check-answers step as the page renders it. */
export const CheckAnswersStep: Story = {
  args: { step: 'check' },
  play: async ({ canvasElement, globals }) => {
    await expectLandmarks(canvasElement);
    const t = texts[(globals.locale ?? 'fi') as Locale];
    await expect(within(canvasElement).getByRole('heading', { level: 2, name: t.checkTitle })).toBeInTheDocument();
  },
};

/** Very long texts wrap: the service name, the breadcrumb trail, the steps and the notification. */
export const LongText: Story = {
  args: {
    texts: {
      service: 'Kaupunkiympäristön toimialan asukas- ja yrityspysäköintitunnusten sähköinen asiointipalvelu',
      permit: 'Asukaspysäköintitunnus kantakaupungin pysäköintialueille A–O sekä erillisille asukaspaikoille',
      title: 'Hae asukaspysäköintitunnusta kantakaupungin asukaspysäköintialueille',
      stepVehicle: 'Ajoneuvon rekisteritiedot ja hallintaoikeuden selvitys',
      infoBody:
        'Tunnus maksaa 360 euroa vuodessa, ja vähäpäästöisistä ajoneuvoista maksu on puolet. Saat laskun, kun hakemus on hyväksytty, ja voit maksaa sen kahdessa erässä verkkopankissa tai asiointipisteessä.',
    },
  },
  play: async ({ canvasElement }) => expectLandmarks(canvasElement),
};

export const Swedish: Story = {
  globals: { locale: 'sv' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectLandmarks(canvasElement);
    await expect(canvas.getByRole('navigation', { name: 'Huvudmeny', hidden: true })).toBeInTheDocument();
    await submitWithKeyboard(canvas, texts.sv.continue);
    await expectErrorSummary(canvas, 'sv', [texts.sv.regMissing, texts.sv.ownerMissing]);
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expectLandmarks(canvasElement);
    await expect(canvas.getByRole('navigation', { name: 'Main menu', hidden: true })).toBeInTheDocument();
    await submitWithKeyboard(canvas, texts.en.continue);
    await expectErrorSummary(canvas, 'en', [texts.en.regMissing, texts.en.ownerMissing]);
  },
};

/** A phone-sized screen: the navigation folds behind the menu button, nothing scrolls sideways. */
export const Narrow: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: catalogues[(globals.locale ?? 'fi') as Locale]['header.menu'] })).toBeInTheDocument();
    // Nothing may reach past the right edge (WCAG 1.4.10).
    const width = canvasElement.ownerDocument.documentElement.clientWidth;
    const overflowing = Array.from(canvasElement.querySelectorAll<HTMLElement>('*'))
      .filter((el) => el.getBoundingClientRect().right > width + 0.5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    await expect(overflowing).toEqual([]);
    await expectLandmarks(canvasElement);
  },
};
