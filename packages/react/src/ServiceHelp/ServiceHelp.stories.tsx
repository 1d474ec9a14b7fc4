import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ServiceHelp } from './ServiceHelp';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const meta = {
  title: 'Components/ServiceHelp',
  component: ServiceHelp,
  args: {
    phone: { number: '09 310 12345', hours: 'ma–pe klo 9–16', cost: 'normal' },
    visit: { name: 'Kaupungin palvelupiste', address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'ma–pe klo 8–16' },
    digitalSupport: { href: '#digituki', note: 'Kirjastoissa ja palvelupisteissä' },
  },
  parameters: {
    translations: {
      'ma–pe klo 9–16': { sv: 'mån–fre kl. 9–16', en: 'Mon–Fri 9 am to 4 pm' },
      'ma–pe klo 8–16': { sv: 'mån–fre kl. 8–16', en: 'Mon–Fri 8 am to 4 pm' },
      'Kaupungin palvelupiste': { sv: 'Stadens servicekontor', en: 'City service point' },
      'Kauppakatu 1, 00100 Esimerkkilä': { sv: 'Handelsgatan 1, 00100 Exempelstad', en: 'Kauppakatu 1, 00100 Esimerkkilä' },
      'Kirjastoissa ja palvelupisteissä': { sv: 'På bibliotek och servicekontor', en: 'At libraries and service points' },
      'Jonotus kestää yleensä alle 10 minuuttia.': { sv: 'Du brukar vänta under 10 minuter.', en: 'You usually wait less than 10 minutes.' },
      'Vastaamme 2 arkipäivän kuluessa.': { sv: 'Vi svarar inom 2 vardagar.', en: 'We reply within 2 working days.' },
      'ma–to klo 10–14': { sv: 'mån–tors kl. 10–14', en: 'Mon–Thu 10 am to 2 pm' },
      'Apua hakemuksen täyttämiseen': { sv: 'Hjälp att fylla i ansökan', en: 'Help filling in the application' },
      Puhelinneuvonta: { sv: 'Telefonrådgivning', en: 'Advice by phone' },
      Puhelinpalvelu: { sv: 'Telefonservice', en: 'Phone service' },
      'Voimme auttaa hakemuksen täyttämisessä.': { sv: 'Vi kan hjälpa dig att fylla i ansökan.', en: 'We can help you fill in the application.' },
    },
  },
} satisfies Meta<typeof ServiceHelp>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('heading', { name: /apua|hjälp|help/i }).closest('section')!;
    // The number is shown in its groups and dialled without the spaces.
    await expect(within(region).getByRole('link', { name: /09 310 12345/ })).toHaveAttribute('href', 'tel:0931012345');
  },
};

/** Every way a service may offer, in the component's one fixed order. */
export const AllWays: Story = {
  args: {
    intro: 'Voimme auttaa hakemuksen täyttämisessä.',
    phone: { number: '09 310 12345', hours: 'ma–pe klo 9–16', cost: 'normal', note: 'Jonotus kestää yleensä alle 10 minuuttia.' },
    textphone: { number: '09 310 99999', hours: 'ma–pe klo 9–16', cost: 'free' },
    signLanguage: { href: '#viittomakieli', hours: 'ma–to klo 10–14' },
    chat: { href: '#chat', hours: 'ma–pe klo 9–16' },
    email: { address: 'neuvonta@esimerkkila.fi', note: 'Vastaamme 2 arkipäivän kuluessa.' },
    visit: { name: 'Kaupungin palvelupiste', address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'ma–pe klo 8–16', mapHref: '#kartta' },
    digitalSupport: { href: '#digituki', phone: { number: '09 310 55555', hours: 'ma–pe klo 9–16', cost: 'normal' } },
  },
  play: async ({ canvasElement }) => {
    const terms = within(canvasElement).getAllByRole('term').map((term) => term.textContent);
    await expect(terms).toEqual(['Puhelin', 'Tekstipuhelin', 'Viittomakieli', 'Chat', 'Sähköposti', 'Käy paikan päällä', 'Apua palvelun käyttöön']);
  },
};

export const PhoneOnly: Story = { args: { visit: undefined, digitalSupport: undefined } };

/** Keyboard: Tab reaches every link in reading order (out of the docs page: it moves focus). */
export const Keyboard: Story = {
  tags: ['!dev', '!autodocs'],
  args: AllWays.args,
  play: async ({ canvasElement }) => {
    const links = within(canvasElement).getAllByRole('link');
    for (const link of links) {
      await userEvent.tab();
      await expect(link).toHaveFocus();
    }
  },
};

export const LongText: Story = {
  args: {
    heading: 'Tarvitsetko apua asukaspysäköintitunnuksen hakemisessa tai maksamisessa?',
    phone: { number: '+358 9 310 12345', hours: 'maanantaista perjantaihin kello 9–16, paitsi arkipyhien aattoina kello 9–13', cost: 'normal' },
    visit: {
      name: 'Kaupunkiympäristön toimialan asiakaspalvelu ja neuvonta',
      address: 'Työpajankatu 8, 00580 Esimerkkilä (sisäänkäynti Sörnäisten rantatien puolelta)',
      mapHref: '#kartta',
    },
  },
};

export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: {
    phone: { number: '09 310 12345', hours: 'mån–fre kl. 9–16', cost: 'normal' },
    visit: { name: 'Stadens servicekontor', address: 'Handelsgatan 1, 00100 Exempelstad', hours: 'mån–fre kl. 8–16' },
    digitalSupport: { href: '#digistod' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Behöver du hjälp?' })).toBeInTheDocument();
    await expect(canvas.getByText('Samtalet kostar som ett vanligt samtal.')).toBeInTheDocument();
  },
};

export const English: Story = {
  globals: { locale: 'en' },
  args: {
    phone: { number: '09 310 12345', hours: 'Mon–Fri 9 am to 4 pm', cost: 'free' },
    visit: { name: 'City service point', address: 'Kauppakatu 1, 00100 Esimerkkilä', hours: 'Mon–Fri 8 am to 4 pm' },
    digitalSupport: { href: '#digital-support' },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { name: 'Do you need help?' })).toBeInTheDocument();
    await expect(canvas.getByText('The advice is free.')).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell has a heading of its own, so a screen-reader user moving by headings can tell the cells apart.
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <StateCell label="Phone, visit, free advice" section>
          <ServiceHelp {...args} headingLevel={3} />
        </StateCell>
        <StateCell label="Every way" section wide>
          <ServiceHelp {...t(storyArgs(args, AllWays))} heading={t('Apua hakemuksen täyttämiseen')} headingLevel={3} />
        </StateCell>
        <StateCell label="A link, hover" force={['hover']} section>
          <ServiceHelp {...t(storyArgs(args, PhoneOnly))} heading={t('Puhelinneuvonta')} headingLevel={3} />
        </StateCell>
        <StateCell label="A link, focus" force={['focus', 'focus-visible']} section>
          <ServiceHelp {...t(storyArgs(args, PhoneOnly))} heading={t('Puhelinpalvelu')} headingLevel={3} />
        </StateCell>
        <StateCell label="Swedish" locale="sv" section>
          <ServiceHelp {...storyArgs(args, Swedish)} headingLevel={3} />
        </StateCell>
        <StateCell label="Long text" section>
          <ServiceHelp {...storyArgs(args, LongText)} headingLevel={3} />
        </StateCell>
      </StateGrid>
    );
  },
};
