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
  parameters: { layout: 'fullscreen' },
  args: {
    serviceName: 'Pysäköintiasiointi',
    serviceHref: '#etusivu',
    logo: <Logo />,
    navigation,
    languageSwitch: languageSwitch('fi'),
    actions: login('Kirjaudu sisään'),
  },
  render: (args) => (
    <>
      <Header {...args} />
      <main id="main" className="aukio-story-page">
        <h1>Sisältö</h1>
      </main>
    </>
  ),
} satisfies Meta<typeof Header>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('banner');
    await userEvent.tab();
    await expect(within(banner).getByRole('link', { name: 'Siirry pääsisältöön' })).toHaveFocus();
    await userEvent.tab();
    await expect(within(banner).getByRole('link', { name: /Pysäköintiasiointi/ })).toHaveFocus();
  },
};

/** The navigation folded behind the menu button (always, whatever the width). */
export const MenuClosed: Story = { args: { collapse: 'always' } };

/** Menu opened with Enter; Escape closes it and returns focus to the button. */
export const MenuOpen: Story = {
  args: { collapse: 'always' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Valikko' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await userEvent.tab();
    await expect(canvas.getByRole('link', { name: 'Asuminen' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
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
  render: (args) => (
    <>
      <Header {...args} helpHref="#apua" />
      <div className="aukio-story-page">
        <Breadcrumb
          items={[
            { label: 'Etusivu', href: '#etusivu' },
            { label: 'Pysäköinti', href: '#pysakointi' },
            { label: 'Asukaspysäköintitunnus' },
          ]}
        />
        <main id="main">
          <h1>{'Hae asukas\u00adpysäköinti\u00adtunnusta'}</h1>
          <Stepper
            aria-label="Hakemuksen vaiheet"
            steps={[
              { label: 'Henkilötiedot', status: 'completed', href: '#henkilo' },
              { label: 'Ajoneuvo', status: 'inProgress' },
              { label: 'Liitteet', status: 'notStarted' },
              { label: 'Yhteenveto', status: 'cannotStart' },
            ]}
          />
          <h2>Ajoneuvo</h2>
          <p>Kerro, mille ajoneuvolle haet tunnusta.</p>
        </main>
      </div>
      <Footer
        groups={[{ heading: 'Asiointi', links: [{ label: 'Asiointipisteet', href: '#asiointi' }] }]}
        accessibilityStatementHref="#saavutettavuus"
        feedbackHref="#palaute"
        copyright="© 2026 Esimerkkilän kaupunki"
        help={
          <ServiceHelp
            id="apua"
            phone={{ number: '09 310 12345', hours: 'ma–pe klo 9–16', cost: 'normal' }}
            visit={{ address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'ma–pe klo 8–16' }}
            digitalSupport={{ href: '#digituki' }}
          />
        }
      />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('banner')).toBeInTheDocument();
    await expect(canvas.getByRole('navigation', { name: 'Murupolku' })).toBeInTheDocument();
    await expect(canvas.getByRole('main')).toBeInTheDocument();
    await expect(canvas.getByRole('contentinfo')).toBeInTheDocument();
    // The help link in the header leads to the help in the footer.
    const help = canvas.getByRole('heading', { name: 'Tarvitsetko apua?' }).closest('section')!;
    await expect(canvas.getByRole('link', { name: 'Apua' })).toHaveAttribute('href', `#${help.id}`);
    await expect(canvas.getByRole('contentinfo')).toContainElement(help);
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('main')).toHaveFocus();
    // On a narrow screen (320 CSS px, or 200 % text) the main navigation sits behind the menu button; it is a
    // landmark once opened.
    const menu = canvas.queryByRole('button', { name: 'Valikko' });
    if (menu) {
      menu.focus();
      await userEvent.keyboard('{Enter}');
      await expect(menu).toHaveAttribute('aria-expanded', 'true');
    }
    await expect(canvas.getByRole('navigation', { name: 'Päävalikko' })).toBeVisible();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each header in a section of its own (not the page's banner) and each navigation with a name of its own (axe).
  render: (args) => {
    const cell = (label: string, story: { args?: Partial<typeof args> }, more: Partial<StateCellProps> = {}) => (
      <StateCell label={label} section wide {...more}>
        <Header
          {...storyArgs(args, story)}
          navigation={story.args && 'navigation' in story.args ? undefined : cloneElement(navigation, { 'aria-label': `Päävalikko (${label})` })}
        />
      </StateCell>
    );
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
