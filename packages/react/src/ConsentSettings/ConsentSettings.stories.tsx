import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { ConsentProvider, memoryConsent, type ConsentRecord, type ConsentStorage } from '../ConsentBanner';
import { ConsentSettings } from './ConsentSettings';
import { StateCell, StateGrid } from '../../test/visual/StateGrid';
import { builtInPattern, builtInTexts, storyLocale, storyTexts, type TextContext } from '../../test/storyTexts';

const purposes = [
  { id: 'analytics', label: 'Kävijätilastot', description: 'Kuinka monta kertaa sivuja katsotaan.' },
  { id: 'video', label: 'Upotetut videot', description: 'Videopalvelu voi tallentaa tietoja katselustasi.' },
  { id: 'chat', label: 'Neuvontachat' },
];
// The purposes are the site's own text: a Swedish or English page lists them in its language too.
const purposesSv = [
  { id: 'analytics', label: 'Besöksstatistik', description: 'Hur många gånger sidorna visas.' },
  { id: 'video', label: 'Inbäddade videor', description: 'Videotjänsten kan spara uppgifter om vad du tittar på.' },
  { id: 'chat', label: 'Rådgivningschatt' },
];
const purposesEn = [
  { id: 'analytics', label: 'Visitor statistics', description: 'How many times pages are viewed.' },
  { id: 'video', label: 'Embedded videos', description: 'The video service may store information about what you watch.' },
  { id: 'chat', label: 'Advice chat' },
];
/** The purposes in the language the story is shown in (the toolbar's, or the story's own). */
const purposesIn = (context: Pick<TextContext, 'globals'>) => ({ fi: purposes, sv: purposesSv, en: purposesEn })[storyLocale(context)];
/** A purpose's label in the story's language, as a pattern (its checkbox's name also holds the description). */
const purposeName = (context: Pick<TextContext, 'globals'>, id: string) => new RegExp(purposesIn(context).find((p) => p.id === id)!.label);
const given: ConsentRecord = { purposes: { analytics: true, video: true, chat: false }, policyVersion: '1', decidedAt: '2026-01-15T10:00:00.000Z', locale: 'fi' };

function Demo({
  initial = null,
  failing = false,
  headingLevel,
  initialRecord,
  action,
  list = purposes,
}: {
  list?: typeof purposes;
  initial?: unknown;
  failing?: boolean;
  headingLevel?: 2;
  initialRecord?: ConsentRecord | null;
  action?: string;
}) {
  const [storage] = useState<ConsentStorage>(() =>
    failing ? { read: () => null, write: () => Promise.reject(new Error('offline')) } : memoryConsent(initial),
  );
  return (
    <ConsentProvider purposes={list} policyVersion="1" storage={storage} initialRecord={initialRecord}>
      <ConsentSettings headingLevel={headingLevel} action={action} />
    </ConsentProvider>
  );
}

const meta = {
  title: 'Components/ConsentSettings',
  component: ConsentSettings,
  // The purposes are the site's own texts: in the toolbar's language from the lists above.
  render: (_args, context) => <Demo list={purposesIn(context)} />,
  // The long example's texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Tietojen käyttö kaupungin palvelujen kehittämiseen tarkoitetussa tutkimuksessa ja tilastoinnissa': {
        sv: 'Användning av uppgifter i forskning och statistik för att utveckla stadens tjänster',
        en: 'Use of data in research and statistics for developing the city’s services',
      },
      'Pitkäsanaisuusesimerkki: asukastyytyväisyystutkimusaineistonkäsittelyperiaatteet kerrotaan tietosuojaselosteessa.': {
        sv: 'Exempel på långa ord: invånarnöjdhetsundersökningsmaterialbehandlingsprinciperna beskrivs i dataskyddsbeskrivningen.',
        en: 'An example of long words: the resident-satisfaction-survey-data-processing principles are in the privacy notice.',
      },
    },
  },
} satisfies Meta<typeof ConsentSettings>;
export default meta;
type Story = StoryObj<typeof meta>;

export const NothingDecided: Story = {};

/** Saved choices are shown; keyboard only: untick one and save to withdraw it. */
export const Withdraw: Story = {
  render: (_args, context) => <Demo list={purposesIn(context)} initial={given} headingLevel={2} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const box = canvas.getByRole('checkbox', { name: purposeName(context, 'analytics') });
    await waitFor(() => expect(box).toBeChecked());
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(box).not.toBeChecked();
    canvas.getByRole('button', { name: b('consentSettings.save') }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText(builtInPattern(context, 'consentSettings.lastSaved'))).toBeInTheDocument());
  },
};

/** Server rendering: with `initialRecord` the saved choices are ticked in the first render (and the server HTML). */
export const ServerRendered: Story = {
  render: (_args, context) => <Demo list={purposesIn(context)} initial={given} initialRecord={given} headingLevel={2} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('checkbox', { name: purposeName(context, 'analytics') })).toBeChecked();
    await expect(canvas.getByRole('checkbox', { name: purposeName(context, 'chat') })).not.toBeChecked();
  },
};

/**
 * Works without JavaScript: the form posts `consent=save` and one `purpose=<id>` per ticked box to `action`.
 * With JavaScript it saves through the provider and nothing is posted.
 */
export const FormMode: Story = {
  render: (_args, context) => <Demo list={purposesIn(context)} initialRecord={null} action="/evasteet" headingLevel={2} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    const form = canvasElement.querySelector('form');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(form).toHaveAttribute('action', '/evasteet');
    const box = canvas.getByRole('checkbox', { name: purposeName(context, 'analytics') });
    await expect(box).toHaveAttribute('name', 'purpose');
    await expect(box).toHaveAttribute('value', 'analytics');
    await userEvent.tab();
    await expect(box).toHaveFocus();
    await userEvent.keyboard(' ');
    canvas.getByRole('button', { name: b('consentSettings.save') }).focus();
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(canvas.getByText(builtInPattern(context, 'consentSettings.lastSaved'))).toBeInTheDocument());
  },
};

export const SaveFailed: Story = {
  render: (_args, context) => <Demo list={purposesIn(context)} failing />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const b = builtInTexts(context);
    canvas.getByRole('button', { name: b('consentSettings.save') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(await canvas.findByText(b('consentSettings.saveError'))).toBeInTheDocument();
  },
};

export const LongText: Story = {
  render: (_args, context) => (
    <ConsentProvider
      purposes={storyTexts(context)([
        {
          id: 'research',
          label: 'Tietojen käyttö kaupungin palvelujen kehittämiseen tarkoitetussa tutkimuksessa ja tilastoinnissa',
          description: 'Pitkäsanaisuusesimerkki: asukastyytyväisyystutkimusaineistonkäsittelyperiaatteet kerrotaan tietosuojaselosteessa.',
        },
      ])}
      policyVersion="1"
      storage={memoryConsent()}
    >
      <ConsentSettings />
    </ConsentProvider>
  ),
};
export const Swedish: Story = { globals: { locale: 'sv' }, render: () => <Demo list={purposesSv} /> };
export const English: Story = { globals: { locale: 'en' }, render: () => <Demo list={purposesEn} /> };

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args, context) => (
    <StateGrid>
      <StateCell label="Nothing decided">{meta.render(args, context)}</StateCell>
      <StateCell label="Saved choices">{Withdraw.render?.(args, context)}</StateCell>
      <StateCell label="Swedish" locale="sv">
        {Swedish.render?.(args, context)}
      </StateCell>
      <StateCell label="Long text" wide>
        {LongText.render?.(args, context)}
      </StateCell>
    </StateGrid>
  ),
};
