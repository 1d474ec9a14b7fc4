import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { ServiceHelp } from '../ServiceHelp';
import { Footer } from './Footer';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, elementTexts, storyTexts, storyTextsIn } from '../../test/storyTexts';

const groups = [
  {
    heading: 'Asiointi',
    links: [
      { label: 'Asiointipisteet', href: '#asiointi' },
      { label: 'Sähköinen asiointi', href: '#e-asiointi' },
      { label: 'Yhteystiedot', href: '#yhteystiedot' },
    ],
  },
  {
    heading: 'Kaupunki',
    links: [
      { label: 'Päätöksenteko', href: '#paatokset' },
      { label: 'Avoimet työpaikat', href: '#tyopaikat' },
    ],
  },
  { heading: 'Seuraa meitä', links: [{ label: 'Uutiskirje', href: '#uutiskirje' }] },
];

const meta = {
  title: 'Components/Footer',
  component: Footer,
  args: {
    groups,
    accessibilityStatementHref: '#saavutettavuus',
    feedbackHref: '#palaute',
    serviceLinks: [{ label: 'Tietosuoja', href: '#tietosuoja' }],
    copyright: '© 2026 Esimerkkilän kaupunki',
  },
  // The help and the content are elements: translated in the render function (elementTexts).
  render: (args, context) => {
    const t = storyTexts(context);
    return <Footer {...args} help={elementTexts(args.help, t)} children={elementTexts(args.children, t)} />;
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    layout: 'fullscreen',
    translations: {
      Asiointi: { sv: 'Ärenden', en: 'Services' },
      Asiointipisteet: { sv: 'Serviceställen', en: 'Service points' },
      'Sähköinen asiointi': { sv: 'E-tjänster', en: 'Online services' },
      Yhteystiedot: { sv: 'Kontaktuppgifter', en: 'Contact details' },
      Kaupunki: { sv: 'Staden', en: 'The city' },
      Päätöksenteko: { sv: 'Beslutsfattande', en: 'Decision-making' },
      'Avoimet työpaikat': { sv: 'Lediga jobb', en: 'Open jobs' },
      'Seuraa meitä': { sv: 'Följ oss', en: 'Follow us' },
      Uutiskirje: { sv: 'Nyhetsbrev', en: 'Newsletter' },
      Tietosuoja: { sv: 'Dataskydd', en: 'Privacy' },
      '© 2026 Esimerkkilän kaupunki': { sv: '© 2026 Exempelby stad', en: '© 2026 City of Esimerkkilä' },
      Pikalinkit: { sv: 'Snabblänkar', en: 'Quick links' },
      'Esimerkkilän kaupunki, PL 1, 00099 Esimerkkilä. Vaihde 09 123 4567.': {
        sv: 'Exempelby stad, PB 1, 00099 Esimerkkilä. Växel 09 123 4567.',
        en: 'City of Esimerkkilä, PO Box 1, 00099 Esimerkkilä. Switchboard 09 123 4567.',
      },
      'ma–pe klo 9–16': { sv: 'mån–fre kl. 9–16', en: 'Mon–Fri 9 am – 4 pm' },
      'Kaupungin palvelupiste': { sv: 'Stadens serviceställe', en: 'City service point' },
      'Kaupunkiympäristön toimialan asiakaspalvelu ja neuvonta': {
        sv: 'Stadsmiljösektorns kundtjänst och rådgivning',
        en: 'Urban Environment Division customer service and advice',
      },
      'Rakennusvalvontapalveluiden sähköinen ajanvarausjärjestelmä': {
        sv: 'Byggnadstillsynens elektroniska tidsbokningssystem',
        en: 'Online appointment booking of the building control services',
      },
      '© 2026 Esimerkkilän kaupunki, kaupunkiympäristön toimiala, liikenne- ja katusuunnittelupalvelut': {
        sv: '© 2026 Exempelby stad, stadsmiljösektorn, trafik- och gatuplaneringstjänster',
        en: '© 2026 City of Esimerkkilä, Urban Environment Division, traffic and street planning services',
      },
    },
  },
} satisfies Meta<typeof Footer>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const footer = within(canvasElement).getByRole('contentinfo');
    await userEvent.tab();
    await expect(within(footer).getByRole('link', { name: storyTexts(context)('Asiointipisteet') })).toHaveFocus();
    await expect(within(footer).getByRole('link', { name: builtInTexts(context)('footer.accessibilityStatement') })).toBeInTheDocument();
  },
};
export const Minimal: Story = { args: { groups: [], serviceLinks: [], feedbackHref: undefined } };
export const WithoutHeadings: Story = {
  args: { groups: [{ label: 'Pikalinkit', links: [{ label: 'Asiointipisteet', href: '#a' }, { label: 'Yhteystiedot', href: '#y' }] }] },
};
export const WithContent: Story = {
  args: { children: <p>Esimerkkilän kaupunki, PL 1, 00099 Esimerkkilä. Vaihde 09 123 4567.</p> },
};
/** The ways to get help, first in the footer: in the same place and order on every page that uses it (WCAG 3.2.6). */
export const WithHelp: Story = {
  args: {
    help: (
      <ServiceHelp
        id="apua"
        phone={{ number: '09 310 12345', hours: 'ma–pe klo 9–16', cost: 'normal' }}
        visit={{ name: 'Kaupungin palvelupiste', address: 'Kauppakatu 1, 00100 Esimerkkilä' }}
        digitalSupport={{ href: '#digituki' }}
      />
    ),
  },
  play: async ({ canvasElement }) => {
    const footer = within(canvasElement).getByRole('contentinfo');
    const help = within(footer).getByRole('heading', { name: /apua|hjälp|help/i }).closest('section')!;
    // First in the footer: before every link group.
    await expect(footer.querySelector('.aukio-footer__groups')?.compareDocumentPosition(help)).toBe(Node.DOCUMENT_POSITION_PRECEDING);
  },
};
export const LongText: Story = {
  args: {
    groups: [
      {
        heading: 'Kaupunkiympäristön toimialan asiakaspalvelu ja neuvonta',
        links: [{ label: 'Rakennusvalvontapalveluiden sähköinen ajanvarausjärjestelmä', href: '#a' }],
      },
    ],
    copyright: '© 2026 Esimerkkilän kaupunki, kaupunkiympäristön toimiala, liikenne- ja katusuunnittelupalvelut',
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: {
    groups: [{ heading: 'Ärenden', links: [{ label: 'Servicepunkter', href: '#s' }] }],
    serviceLinks: [{ label: 'Dataskydd', href: '#d' }],
    copyright: '© 2026 Exempelstad',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Tillgänglighetsutlåtande' })).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    groups: [{ heading: 'Services', links: [{ label: 'Service points', href: '#s' }] }],
    serviceLinks: [{ label: 'Privacy', href: '#p' }],
    copyright: '© 2026 City of Example',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Accessibility statement' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each footer in a section of its own, so none is the page's contentinfo landmark (one per page).
  // Each cell's texts in the toolbar's language (the help and the content elements too); the Swedish cell's in Swedish.
  render: (args, context) => {
    const t = storyTexts(context);
    const textsOf = (cellArgs: typeof args, into: typeof t) => {
      const translated = into(cellArgs);
      return { ...translated, help: elementTexts(translated.help, into), children: elementTexts(translated.children, into) };
    };
    const own = (cellArgs: typeof args) => textsOf(cellArgs, t);
    return (
      <StateGrid>
        <StateCell label="With link groups" section wide>
          <Footer {...args} />
        </StateCell>
        <StateCell label="A link, hover" force={['hover']} section wide>
          <Footer {...args} />
        </StateCell>
        <StateCell label="A link, focus" force={['focus', 'focus-visible']} section wide>
          <Footer {...args} />
        </StateCell>
        <StateCell label="With help" section wide>
          <Footer {...own(storyArgs(args, WithHelp))} />
        </StateCell>
        <StateCell label="Minimal" section>
          <Footer {...own(storyArgs(args, Minimal))} />
        </StateCell>
        <StateCell label="Without headings, with content" section>
          <Footer {...own(storyArgs(args, WithoutHeadings, WithContent))} />
        </StateCell>
        <StateCell label="Swedish" locale="sv" section>
          <Footer {...textsOf(storyArgs(args, Swedish), storyTextsIn(context, 'sv'))} />
        </StateCell>
        <StateCell label="Long text" section wide>
          <Footer {...own(storyArgs(args, LongText))} />
        </StateCell>
      </StateGrid>
    );
  },
};
