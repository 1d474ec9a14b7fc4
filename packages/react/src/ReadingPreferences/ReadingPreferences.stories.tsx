import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { AukioProvider } from '../i18n';
import { Link } from '../Link';
import { serializeReadingPreferences, defaultReadingPreferences } from './preferences';
import { ReadingPreferences } from './ReadingPreferences';
import { resetReadingPreferencesCache } from './useReadingPreferences';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';
import { builtInPattern, builtInTexts, storyLocale, storyTexts } from '../../test/storyTexts';

// Stories save under their own keys, so trying the panel here never changes the reader's real preferences.
const storyKey = (name: string) => `aukio:story:reading-preferences:${name}`;

const meta = {
  title: 'Components/ReadingPreferences',
  component: ReadingPreferences,
  args: { storageKey: storyKey('default') },
  beforeEach: () => {
    for (const key of Object.keys(window.localStorage)) if (key.startsWith('aukio:story:reading-preferences:')) window.localStorage.removeItem(key);
    resetReadingPreferencesCache();
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Lukemisen asetukset': { sv: 'Läsinställningar', en: 'Reading settings' },
      'Asukaspysäköintitunnus maksaa 30 euroa kuukaudessa. Lue lisää sivulta': {
        sv: 'Invånarparkeringstillståndet kostar 30 euro i månaden. Läs mer på sidan',
        en: 'A resident parking permit costs 30 euros a month. Read more on the page',
      },
      'hinnat ja maksut': { sv: 'priser och avgifter', en: 'prices and fees' },
      'Tunnus on voimassa vuoden kerrallaan, ja voit jatkaa sitä verkossa.': {
        sv: 'Tillståndet gäller ett år i taget, och du kan förlänga det på nätet.',
        en: 'The permit is valid for a year at a time, and you can renew it online.',
      },
      'Lukemisen, näkemisen ja liikkumisen asetukset kaikille kaupungin verkkopalveluille': {
        sv: 'Inställningar för läsning, syn och rörelse för alla stadens webbtjänster',
        en: 'Settings for reading, seeing and moving for all the city’s online services',
      },
      'Lisää väliä rivien, kappaleiden, sanojen ja kirjainten väliin, jotta pitkiä tekstejä, kuten päätöksiä ja ohjeita, on helpompi lukea': {
        sv: 'Mer avstånd mellan rader, stycken, ord och bokstäver, så att långa texter som beslut och anvisningar blir lättare att läsa',
        en: 'More space between lines, paragraphs, words and letters, so that long texts such as decisions and guides are easier to read',
      },
      'Käytä laitteen tai käyttöjärjestelmän asetusta tummista väreistä ja korkeasta kontrastista': {
        sv: 'Använd enhetens eller operativsystemets inställning för mörka färger och hög kontrast',
        en: 'Use the setting of your device or operating system for dark colours and high contrast',
      },
    },
  },
} satisfies Meta<typeof ReadingPreferences>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const normal = canvas.getByRole('radio', { name: builtInPattern(context, 'readingPreferences.textSizeNormal') });
    await expect(normal).toBeChecked();
    await userEvent.tab();
    await expect(normal).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    // 125 % in Finnish and Swedish, 125% in English.
    await expect(canvas.getByRole('radio', { name: /^125\s?%$/ })).toBeChecked();
    await expect(document.documentElement).toHaveAttribute('data-aukio-text-size', '125');
    await userEvent.keyboard('{ArrowUp}');
    await expect(normal).toBeChecked();
    await expect(document.documentElement).not.toHaveAttribute('data-aukio-text-size');
  },
};

/** Saved earlier: high contrast, 150 % text and underlined links. */
export const Saved: Story = {
  args: { storageKey: storyKey('saved') },
  beforeEach: () => {
    window.localStorage.setItem(
      storyKey('saved'),
      serializeReadingPreferences({ ...defaultReadingPreferences, theme: 'high-contrast', textSize: 150, underlineLinks: true }),
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await expect(canvas.getByRole('radio', { name: b('readingPreferences.themeHighContrast') })).toBeChecked();
    await expect(canvas.getByRole('radio', { name: /^150\s?%$/ })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: b('readingPreferences.underlineLinks') })).toBeChecked();
  },
};

/** Inside a dialog the dialog's own title names the panel, so the panel's heading is left out. */
export const InDialog: Story = {
  args: { heading: false, storageKey: storyKey('dialog') },
  render: (args, context) => (
    <div className="aukio-story-page">
      <h2 id="prefs-dialog-title" className="aukio-reading-preferences__title">
        {storyTexts(context)('Lukemisen asetukset')}
      </h2>
      <ReadingPreferences {...args} aria-labelledby="prefs-dialog-title" />
    </div>
  ),
};

/** The panel with text that shows each choice at once: links, paragraphs, spacing. */
export const WithSampleText: Story = {
  args: { storageKey: storyKey('sample') },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <div className="aukio-story-stack">
        <ReadingPreferences {...args} />
        <div>
          <p>
            {`${t('Asukaspysäköintitunnus maksaa 30 euroa kuukaudessa. Lue lisää sivulta')} `}
            <Link href="#hinnat">{t('hinnat ja maksut')}</Link>.
          </p>
          <p>{t('Tunnus on voimassa vuoden kerrallaan, ja voit jatkaa sitä verkossa.')}</p>
        </div>
      </div>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    await userEvent.click(canvas.getByRole('checkbox', { name: b('readingPreferences.underlineLinks') }));
    await expect(document.documentElement).toHaveAttribute('data-aukio-underline-links', '');
    await userEvent.click(canvas.getByRole('button', { name: b('readingPreferences.reset') }));
    await expect(document.documentElement).not.toHaveAttribute('data-aukio-underline-links');
  },
};

export const LongText: Story = {
  args: { storageKey: storyKey('long') },
  // Long built-in texts put in through the provider, in the toolbar's language.
  render: (args, context) => (
    <AukioProvider
      locale={storyLocale(context)}
      strings={storyTexts(context)({
        'readingPreferences.title': 'Lukemisen, näkemisen ja liikkumisen asetukset kaikille kaupungin verkkopalveluille',
        'readingPreferences.spacing':
          'Lisää väliä rivien, kappaleiden, sanojen ja kirjainten väliin, jotta pitkiä tekstejä, kuten päätöksiä ja ohjeita, on helpompi lukea',
        'readingPreferences.themeAuto': 'Käytä laitteen tai käyttöjärjestelmän asetusta tummista väreistä ja korkeasta kontrastista',
      })}
    >
      <ReadingPreferences {...args} />
    </AukioProvider>
  ),
};

export const Swedish: Story = { args: { storageKey: storyKey('sv') }, globals: { locale: 'sv' } };
export const English: Story = { args: { storageKey: storyKey('en') }, globals: { locale: 'en' } };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // One panel per language: a panel is a region named by its heading, and region names must differ on a page
  // (axe: landmark-unique). Each saves under a key of its own; none is changed here, so the page keeps its look.
  render: (args) => (
    <StateGrid>
      {(['fi', 'sv', 'en'] as const).map((locale) => (
        <StateCell key={locale} label={{ fi: 'Finnish', sv: 'Swedish', en: 'English' }[locale]} locale={locale}>
          <ReadingPreferences {...args} storageKey={storyKey(`states-${locale}`)} />
        </StateCell>
      ))}
    </StateGrid>
  ),
};
