import type { Meta, StoryObj } from '@storybook/react-vite';
import { useEffect, useState, type ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentBanner, ConsentSettingsLink } from './ConsentBanner';
import { CONSENT_EVENT, ConsentProvider, memoryConsent, type ConsentRecord } from './consent';
import { StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyLocale, storyTexts, storyTextsIn } from '../../test/storyTexts';

const purposes = [
  { id: 'analytics', label: 'Kävijätilastot', description: 'Kuinka monta kertaa sivuja katsotaan. Tiedot kerää kaupungin oma tilastopalvelu.' },
  { id: 'video', label: 'Upotetut videot', description: 'Videopalvelu voi tallentaa tietoja katselustasi.' },
];

/**
 * Each story gets its own memory storage, so one story's decision does not hide the banner in the next. `t`: the
 * purposes' texts in the story's language (storyTexts); without it, in Finnish.
 */
function Demo({
  initial = null,
  initialRecord,
  t,
  children,
}: {
  initial?: unknown;
  initialRecord?: ConsentRecord | null;
  t?: ReturnType<typeof storyTexts>;
  children?: ReactNode;
}) {
  const [storage] = useState(() => memoryConsent(initial));
  return (
    <ConsentProvider purposes={t ? t(purposes) : purposes} policyVersion="2026-01" storage={storage} initialRecord={initialRecord}>
      {children}
    </ConsentProvider>
  );
}

const probeTexts = {
  loaded: 'Esimerkin kävijätilastoskripti on ladattu, koska annoit suostumuksen.',
  notLoaded: 'Esimerkin kävijätilastoskriptiä ei ole ladattu, koska suostumusta ei ole.',
};

/**
 * An analytics snippet that loads only after consent, listening to the DOM event. The line says, in the story's
 * language, whether it has loaded; the tests read `data-loaded`.
 */
function AnalyticsProbe({ t }: { t: ReturnType<typeof storyTexts> }) {
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const on = (event: Event) => setLoaded((event as CustomEvent<ConsentRecord>).detail.purposes.analytics === true);
    document.addEventListener(CONSENT_EVENT, on);
    return () => document.removeEventListener(CONSENT_EVENT, on);
  }, []);
  return (
    <p data-testid="probe" data-loaded={loaded}>
      {t(loaded ? probeTexts.loaded : probeTexts.notLoaded)}
    </p>
  );
}

const meta = {
  title: 'Components/ConsentBanner',
  component: ConsentBanner,
  render: (args, context) => (
    <Demo t={storyTexts(context)}>
      <ConsentBanner {...args} />
      <main className="aukio-story-stack">
        <ConsentSettingsLink />
      </main>
    </Demo>
  ),
  args: { policyHref: '#tietosuoja' },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Kävijätilastot: { sv: 'Besöksstatistik', en: 'Visitor statistics' },
      [probeTexts.loaded]: {
        sv: 'Exemplets skript för besöksstatistik har laddats, eftersom du gav ditt samtycke.',
        en: 'The example’s visitor statistics script has loaded, because you gave consent.',
      },
      [probeTexts.notLoaded]: {
        sv: 'Exemplets skript för besöksstatistik har inte laddats, eftersom du inte har gett samtycke.',
        en: 'The example’s visitor statistics script has not loaded, because there is no consent.',
      },
      'Kuinka monta kertaa sivuja katsotaan. Tiedot kerää kaupungin oma tilastopalvelu.': {
        sv: 'Hur många gånger sidorna visas. Stadens egen statistiktjänst samlar in uppgifterna.',
        en: 'How many times pages are viewed. The city’s own statistics service collects the data.',
      },
      'Upotetut videot': { sv: 'Inbäddade videor', en: 'Embedded videos' },
      'Videopalvelu voi tallentaa tietoja katselustasi.': {
        sv: 'Videotjänsten kan spara uppgifter om vad du tittar på.',
        en: 'The video service may store data on what you watch.',
      },
      'Evästeet, kävijätilastot ja upotetut sisällöt Esimerkkilän kaupungin asiointipalvelussa': {
        sv: 'Kakor, besöksstatistik och inbäddat innehåll i Exempelby stads e-tjänst',
        en: 'Cookies, visitor statistics and embedded content in the City of Esimerkkilä’s online service',
      },
      'Käytämme välttämättömiä evästeitä, jotta asiointipalvelu toimii ja kirjautumisesi pysyy voimassa. Kävijätilastointiin ja upotettuihin videoihin tarvitsemme suostumuksesi. Pitkäsanaisuusesimerkkinäkin tämän tekstin pitää rivittyä kapeallakin näytöllä.':
        {
          sv: 'Vi använder nödvändiga kakor för att e-tjänsten ska fungera och för att du ska förbli inloggad. För besöksstatistik och inbäddade videor behöver vi ditt samtycke. Som ett exempel på långa ord ska också den här texten radbrytas på en smal skärm.',
          en: 'We use essential cookies so that the online service works and you stay signed in. For visitor statistics and embedded videos we need your consent. As an example of long words, this text must also wrap on a narrow screen.',
        },
    },
  },
} satisfies Meta<typeof ConsentBanner>;
export default meta;
type Story = StoryObj<typeof meta>;

async function tabTo(name: string, canvasElement: HTMLElement) {
  const target = await within(canvasElement).findByRole('button', { name });
  for (let i = 0; i < 8 && document.activeElement !== target; i++) await userEvent.tab();
  await expect(target).toHaveFocus();
  return target;
}

export const Default: Story = {};

/** The default story with the analytics probe line the keyboard tests read (test-only: designers never see it). */
const withProbe: Story['render'] = (args, context) => (
  <Demo t={storyTexts(context)}>
    <ConsentBanner {...args} />
    <main className="aukio-story-stack">
      <AnalyticsProbe t={storyTexts(context)} />
      <ConsentSettingsLink />
    </main>
  </Demo>
);

/** Test only (keyboard and the probe line): analytics load only after "Hyväksy kaikki". */
export const AcceptLoadsAnalytics: Story = {
  tags: ['!dev', '!autodocs'],
  render: withProbe,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await expect(canvas.getByTestId('probe')).toHaveAttribute('data-loaded', 'false');
    await tabTo(b('consentBanner.acceptAll'), canvasElement);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByTestId('probe')).toHaveAttribute('data-loaded', 'true'));
    await expect(canvas.queryByRole('region', { name: b('consentBanner.title') })).toBeNull();
  },
};

/** Test only (keyboard and the probe line): rejecting is as easy as accepting, and nothing loads. */
export const RejectLoadsNothing: Story = {
  tags: ['!dev', '!autodocs'],
  render: withProbe,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await tabTo(builtInTexts(context)('consentBanner.rejectAll'), canvasElement);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    await expect(canvas.getByTestId('probe')).toHaveAttribute('data-loaded', 'false');
  },
};

/** "Valitse itse" opens one checkbox per purpose; nothing is pre-selected. */
export const Choosing: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const choose = await tabTo(builtInTexts(context)('consentBanner.choose'), canvasElement);
    await userEvent.keyboard('{Enter}');
    await expect(choose).toHaveAttribute('aria-expanded', 'true');
    for (const box of canvas.getAllByRole('checkbox')) await expect(box).not.toBeChecked();
  },
};

/** Reopened from the footer link after a decision: the saved choices are shown. */
export const ReopenedFromSettingsLink: Story = {
  render: (args, context) => (
    <Demo
      t={storyTexts(context)}
      initial={{ purposes: { analytics: true, video: false }, policyVersion: '2026-01', decidedAt: '2026-01-15T10:00:00.000Z', locale: 'fi' }}
    >
      <ConsentBanner {...args} />
      <main className="aukio-story-stack">
        <AnalyticsProbe t={storyTexts(context)} />
        <ConsentSettingsLink />
      </main>
    </Demo>
  ),
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await waitFor(() => expect(canvas.getByTestId('probe')).toHaveAttribute('data-loaded', 'true'));
    const link = canvas.getByRole('button', { name: b('consentBanner.settingsLink') });
    link.focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByRole('region', { name: b('consentBanner.title') })).toBeInTheDocument();
    await expect(canvas.getByRole('checkbox', { name: new RegExp(storyTexts(context)('Kävijätilastot')) })).toBeChecked();
  },
};

/**
 * Server rendering: the server passes what it knows (`initialRecord`, here `null`: not decided yet), so the banner
 * is in the first render (and in the server HTML), not only after storage has been read.
 */
export const ServerRendered: Story = {
  render: (args, context) => (
    <Demo initialRecord={null} t={storyTexts(context)}>
      <ConsentBanner {...args} />
      <main className="aukio-story-stack">
        <AnalyticsProbe t={storyTexts(context)} />
      </main>
    </Demo>
  ),
  play: async ({ canvasElement, ...context }) => {
    // Present at once, without waiting for storage.
    await expect(within(canvasElement).getByRole('region', { name: builtInTexts(context)('consentBanner.title') })).toBeInTheDocument();
  },
};

/**
 * Works without JavaScript: the buttons post `consent=accept-all` / `consent=reject-all` to `action`, and "Valitse
 * itse" is a link to `settingsHref` until the page is hydrated. With JavaScript nothing is posted.
 */
export const FormMode: Story = {
  args: { action: '/evasteet', settingsHref: '/evasteet', hiddenFields: { return: '/fi/' } },
  render: (args, context) => (
    <Demo initialRecord={null} t={storyTexts(context)}>
      <ConsentBanner {...args} />
      <main className="aukio-story-stack">
        <AnalyticsProbe t={storyTexts(context)} />
      </main>
    </Demo>
  ),
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const rejectAll = builtInTexts(context)('consentBanner.rejectAll');
    const reject = canvas.getByRole('button', { name: rejectAll });
    const form = reject.closest('form');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/evasteet');
    await expect(reject).toHaveAttribute('name', 'consent');
    await expect(reject).toHaveAttribute('value', 'reject-all');
    await tabTo(rejectAll, canvasElement);
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.queryByRole('region')).toBeNull());
    await expect(canvas.getByTestId('probe')).toHaveAttribute('data-loaded', 'false');
  },
};

/** Only where a decision is needed before use: a modal dialog. */
export const Modal: Story = { args: { modal: true } };

export const LongText: Story = {
  args: {
    title: 'Evästeet, kävijätilastot ja upotetut sisällöt Esimerkkilän kaupungin asiointipalvelussa',
    description:
      'Käytämme välttämättömiä evästeitä, jotta asiointipalvelu toimii ja kirjautumisesi pysyy voimassa. Kävijätilastointiin ja upotettuihin videoihin tarvitsemme suostumuksesi. Pitkäsanaisuusesimerkkinäkin tämän tekstin pitää rivittyä kapeallakin näytöllä.',
  },
};
export const Swedish: Story = { globals: { locale: 'sv' } };
export const English: Story = { globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each banner is a region named by its title, and region names must differ (axe: landmark-unique): one banner
  // per language and text here. Button states are in Button's States story.
  // The Finnish cells in the toolbar's language (the English and Swedish cells in theirs). With the toolbar at sv
  // or en, the first banner's title names its cell, so it differs from the Swedish or English cell's.
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Undecided" wide>
        <Demo initialRecord={null} t={storyTexts(context)}>
          <ConsentBanner
            {...args}
            title={storyLocale(context) === 'fi' ? args.title : `${builtInTexts(context)('consentBanner.title')} (Undecided)`}
          />
        </Demo>
      </StateCell>
      <StateCell label="Choosing purposes, English" hint="opened by its play function" locale="en" wide>
        <Demo initialRecord={null} t={storyTextsIn(context, 'en')}>
          <ConsentBanner {...args} />
        </Demo>
      </StateCell>
      <StateCell label="Swedish" locale="sv" wide>
        <Demo initialRecord={null} t={storyTextsIn(context, 'sv')}>
          <ConsentBanner {...args} />
        </Demo>
      </StateCell>
      <StateCell label="Long text" wide>
        <Demo initialRecord={null} t={storyTexts(context)}>
          <ConsentBanner {...storyTexts(context)(storyArgs(args, LongText))} />
        </Demo>
      </StateCell>
      <StateCell label="Modal" hint="a modal dialog: see the Modal story" locale="en">
        <p>With the modal option, the banner opens as a modal dialog, which makes the rest of the page inert, so it is not shown here.</p>
      </StateCell>
    </StateGrid>
  ),
  play: async ({ canvasElement }) => {
    // In the English cell (with the toolbar at en, the first cell has a Choose button too).
    const cell = [...canvasElement.querySelectorAll('figure')].find((f) => f.querySelector('figcaption')?.textContent?.startsWith('Choosing purposes'));
    if (!cell) throw new Error('no English cell');
    await userEvent.click(await within(cell).findByRole('button', { name: 'Choose' }));
    await expect(within(canvasElement).getAllByRole('checkbox').length).toBeGreaterThan(0);
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  },
};
