import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { Breadcrumb } from '../Breadcrumb';
import { Button } from '../Button';
import { Footer } from '../Footer';
import { LanguageSwitch } from '../LanguageSwitch';
import { Navigation } from '../Navigation';
import { ServiceHelp } from '../ServiceHelp';
import { Stepper } from '../Stepper';
import { Header } from './Header';
import { StateCell, StateGrid, storyArgs, type StateCellProps } from '../../test/visual/StateGrid';
import { builtInTexts, elementTexts, storyTexts, storyTextsIn } from '../../test/storyTexts';
import { cloneElement } from 'react';

const Logo = () => (
  <svg viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" focusable="false">
    <rect x="2" y="2" width="36" height="36" rx="6" fill="none" stroke="currentColor" strokeWidth="3" />
    <path d="M10 28l10-16 10 16z" fill="currentColor" />
  </svg>
);

const navigation = (
  <Navigation
    currentHref="#pysakointi"
    items={[
      { label: 'Asuminen', href: '#asuminen' },
      { label: 'Pysäköinti', href: '#pysakointi' },
      { label: 'Luvat', href: '#luvat' },
      { label: 'Omat asiat', href: '#omat' },
    ]}
  />
);
const languageSwitch = (current: string) => (
  <LanguageSwitch
    current={current}
    languages={[
      { code: 'fi', name: 'Suomi', href: '#fi' },
      { code: 'sv', name: 'Svenska', href: '#sv' },
      { code: 'en', name: 'English', href: '#en' },
    ]}
  />
);
const login = (text: string) => (
  <Button variant="secondary" size="small">
    {text}
  </Button>
);

const meta = {
  title: 'Components/Header',
  component: Header,
  args: {
    serviceName: 'Pysäköintiasiointi',
    serviceHref: '#etusivu',
    logo: <Logo />,
    navigation,
    languageSwitch: languageSwitch('fi'),
    actions: login('Kirjaudu sisään'),
  },
  // The navigation and the login button are elements: translated in the render function (elementTexts).
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <>
        <Header {...args} navigation={elementTexts(args.navigation, t)} actions={elementTexts(args.actions, t)} />
        <main id="main" className="aukio-story-page">
          <h1>{t('Sisältö')}</h1>
        </main>
      </>
    );
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    layout: 'fullscreen',
    translations: {
      Pysäköintiasiointi: { sv: 'Parkeringstjänster', en: 'Parking services' },
      Asuminen: { sv: 'Boende', en: 'Housing' },
      Pysäköinti: { sv: 'Parkering', en: 'Parking' },
      Luvat: { sv: 'Tillstånd', en: 'Permits' },
      'Omat asiat': { sv: 'Mina ärenden', en: 'My matters' },
      'Kirjaudu sisään': { sv: 'Logga in', en: 'Log in' },
      Sisältö: { sv: 'Innehåll', en: 'Content' },
      'Kaupunkiympäristön toimialan asukas- ja yrityspysäköintitunnusten sähköinen asiointipalvelu': {
        sv: 'Stadsmiljösektorns e-tjänst för invånar- och företagsparkeringstillstånd',
        en: 'The Urban Environment Division’s online service for resident and business parking permits',
      },
      Etusivu: { sv: 'Startsida', en: 'Home' },
      Asukaspysäköintitunnus: { sv: 'Invånarparkeringstillstånd', en: 'Resident parking permit' },
      'Hae asukas\u00adpysäköinti\u00adtunnusta': { sv: 'Ansök om invånar\u00adparkerings\u00adtillstånd', en: 'Apply for a resident parking permit' },
      'Hakemuksen vaiheet': { sv: 'Ansökans steg', en: 'Application steps' },
      Henkilötiedot: { sv: 'Personuppgifter', en: 'Personal details' },
      Ajoneuvo: { sv: 'Fordon', en: 'Vehicle' },
      Liitteet: { sv: 'Bilagor', en: 'Attachments' },
      Yhteenveto: { sv: 'Sammanfattning', en: 'Summary' },
      'Kerro, mille ajoneuvolle haet tunnusta.': { sv: 'Berätta för vilket fordon du söker tillståndet.', en: 'Tell us which vehicle the permit is for.' },
      Asiointi: { sv: 'Ärenden', en: 'Services' },
      Asiointipisteet: { sv: 'Serviceställen', en: 'Service points' },
      '© 2026 Esimerkkilän kaupunki': { sv: '© 2026 Exempelby stad', en: '© 2026 City of Esimerkkilä' },
      'ma–pe klo 9–16': { sv: 'mån–fre kl. 9–16', en: 'Mon–Fri 9 am – 4 pm' },
      'ma–pe klo 8–16': { sv: 'mån–fre kl. 8–16', en: 'Mon–Fri 8 am – 4 pm' },
    },
  },
} satisfies Meta<typeof Header>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const banner = within(canvasElement).getByRole('banner');
    await userEvent.tab();
    await expect(within(banner).getByRole('link', { name: builtInTexts(context)('skipLink.label') })).toHaveFocus();
    await userEvent.tab();
    await expect(within(banner).getByRole('link', { name: new RegExp(storyTexts(context)('Pysäköintiasiointi')) })).toHaveFocus();
  },
};

/** The navigation folded behind the menu button (always, whatever the width). */
export const MenuClosed: Story = { args: { collapse: 'always' } };

/** Menu opened with Enter; Escape closes it and returns focus to the button. */
export const MenuOpen: Story = {
  args: { collapse: 'always' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const button = canvas.getByRole('button', { name: b('header.menu') });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: storyTexts(context)('Asuminen') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('navigation', { name: b('navigation.label') })).toBeVisible();
  },
};
/** A help link, first of the tools: it leads to the ways to get help (the ServiceHelp in the Footer), on every page. */
export const WithHelp: Story = {
  args: { helpHref: '#apua' },
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('banner');
    await expect(within(banner).getByRole('link', { name: /^(Apua|Hjälp|Help)$/ })).toHaveAttribute('href', '#apua');
  },
};
export const Minimal: Story = { args: { logo: undefined, navigation: undefined, languageSwitch: undefined, actions: undefined } };
export const LongText: Story = {
  args: {
    serviceName: 'Kaupunkiympäristön toimialan asukas- ja yrityspysäköintitunnusten sähköinen asiointipalvelu',
    collapse: 'always',
    defaultMenuOpen: true,
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: { serviceName: 'Parkeringstjänster', languageSwitch: languageSwitch('sv'), actions: login('Logga in'), collapse: 'always' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Meny' })).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: { serviceName: 'Parking services', languageSwitch: languageSwitch('en'), actions: login('Log in'), collapse: 'always' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: 'Menu' })).toBeInTheDocument();
  },
};

/** A whole service page: every landmark once (banner, navigation, main, contentinfo). */
export const ServicePageFrame: Story = {
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <>
        <Header {...args} navigation={elementTexts(args.navigation, t)} actions={elementTexts(args.actions, t)} helpHref="#apua" />
        <div className="aukio-story-page">
          <Breadcrumb
            items={t([
              { label: 'Etusivu', href: '#etusivu' },
              { label: 'Pysäköinti', href: '#pysakointi' },
              { label: 'Asukaspysäköintitunnus' },
            ])}
          />
          <main id="main">
            <h1>{t('Hae asukas\u00adpysäköinti\u00adtunnusta')}</h1>
            <Stepper
              aria-label={t('Hakemuksen vaiheet')}
              steps={t([
                { label: 'Henkilötiedot', status: 'completed', href: '#henkilo' },
                { label: 'Ajoneuvo', status: 'inProgress' },
                { label: 'Liitteet', status: 'notStarted' },
                { label: 'Yhteenveto', status: 'cannotStart' },
              ] as const)}
            />
            <h2>{t('Ajoneuvo')}</h2>
            <p>{t('Kerro, mille ajoneuvolle haet tunnusta.')}</p>
          </main>
        </div>
        <Footer
          groups={t([{ heading: 'Asiointi', links: [{ label: 'Asiointipisteet', href: '#asiointi' }] }])}
          accessibilityStatementHref="#saavutettavuus"
          feedbackHref="#palaute"
          copyright={t('© 2026 Esimerkkilän kaupunki')}
          help={
            <ServiceHelp
              id="apua"
              phone={{ number: '09 310 12345', hours: t('ma–pe klo 9–16'), cost: 'normal' }}
              visit={{ address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: t('ma–pe klo 8–16') }}
              digitalSupport={{ href: '#digituki' }}
            />
          }
        />
      </>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await expect(canvas.getByRole('banner')).toBeInTheDocument();
    await expect(canvas.getByRole('navigation', { name: b('breadcrumb.label') })).toBeInTheDocument();
    await expect(canvas.getByRole('main')).toBeInTheDocument();
    await expect(canvas.getByRole('contentinfo')).toBeInTheDocument();
    // The help link in the header leads to the help in the footer.
    const help = canvas.getByRole('heading', { name: b('serviceHelp.heading') }).closest('section')!;
    await expect(canvas.getByRole('link', { name: b('header.help') })).toHaveAttribute('href', `#${help.id}`);
    await expect(canvas.getByRole('contentinfo')).toContainElement(help);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
    // On a narrow screen (320 CSS px, or 200 % text) the main navigation sits behind the menu button; it is a
    // landmark once opened.
    const menu = canvas.queryByRole('button', { name: b('header.menu') });
    if (menu) {
      menu.focus();
      await userEvent.keyboard('{Enter}');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(canvas.getByRole('navigation', { name: b('navigation.label') })).toBeVisible();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each header in a section of its own (not the page's banner) and each navigation with a name of its own (axe).
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish, its menu items too.
  render: (args, context) => {
    const t = storyTexts(context);
    const menu = builtInTexts(context)('navigation.label');
    const cell = (label: string, story: { args?: Partial<typeof args> }, more: Partial<StateCellProps> = {}) => {
      const own = more.locale === undefined;
      const cellArgs = storyArgs(args, story);
      return (
        <StateCell label={label} section wide {...more}>
          <Header
            {...(own ? t(cellArgs) : cellArgs)}
            actions={own ? elementTexts(cellArgs.actions, t) : cellArgs.actions}
            navigation={
              story.args && 'navigation' in story.args
                ? undefined
                : cloneElement(own ? elementTexts(navigation, t) : elementTexts(navigation, storyTextsIn(context, more.locale ?? 'fi')), {
                    'aria-label': `${own ? menu : builtInTexts({ globals: { locale: more.locale } })('navigation.label')} (${label})`,
                  })
            }
          />
        </StateCell>
      );
    };
    return (
      <StateGrid>
        {cell('Navigation shown', Default)}
        {cell('With a help link', WithHelp)}
        {cell('Menu button, hover', MenuClosed, { force: ['hover'], target: 'button[aria-expanded]' })}
        {cell('Menu button, focus', MenuClosed, { force: ['focus', 'focus-visible'], target: 'button[aria-expanded]' })}
        {cell('Swedish, menu open', { args: { ...Swedish.args, defaultMenuOpen: true } }, { locale: 'sv' })}
        {cell('Long text, menu open', LongText)}
        {cell('Minimal', Minimal)}
      </StateGrid>
    );
  },
};
