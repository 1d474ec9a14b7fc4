import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useState } from 'react';
import { SideNavigation, type SideNavigationProps } from './SideNavigation';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { builtInTexts, storyTexts, storyTextsIn, type TextContext } from '../../test/storyTexts';

const items = [
  { label: 'Pysäköinti', href: '#pysakointi' },
  {
    label: 'Asukaspysäköinti',
    href: '#asukas',
    items: [
      { label: 'Hakeminen', href: '#asukas-hakeminen' },
      { label: 'Hinnat', href: '#asukas-hinnat' },
    ],
  },
  {
    label: 'Yrityspysäköinti',
    items: [
      { label: 'Yritystunnus', href: '#yritys-tunnus' },
      { label: 'Huoltoajo', href: '#yritys-huolto', items: [{ label: 'Huoltoajon säännöt', href: '#huolto-saannot' }] },
    ],
  },
];

const meta = {
  title: 'Components/SideNavigation',
  component: SideNavigation,
  args: { items, currentHref: '#asukas-hinnat' },
  decorators: [(Story) => <div className="aukio-story-stack">{Story()}</div>],
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Pysäköinti: { sv: 'Parkering', en: 'Parking' },
      Asukaspysäköinti: { sv: 'Invånarparkering', en: 'Resident parking' },
      Hakeminen: { sv: 'Ansökan', en: 'Applying' },
      Hinnat: { sv: 'Priser', en: 'Prices' },
      Yrityspysäköinti: { sv: 'Företagsparkering', en: 'Business parking' },
      Yritystunnus: { sv: 'Företagstillstånd', en: 'Business permit' },
      Huoltoajo: { sv: 'Servicekörning', en: 'Service driving' },
      'Huoltoajon säännöt': { sv: 'Regler för servicekörning', en: 'Rules for service driving' },
      'Avaa kaikki osiot': { sv: 'Öppna alla avsnitt', en: 'Open all sections' },
      'Osion sivut': { sv: 'Avsnittets sidor', en: 'Section pages' },
      'Asukaspysäköintitunnuksen hakeminen ja voimassaolon jatkaminen': {
        sv: 'Ansökan om invånarparkeringstillstånd och förlängning av det',
        en: 'Applying for a resident parking permit and renewing it',
      },
      'Yritysten ja yhteisöjen pysäköintitunnukset sekä huoltoajoluvat': {
        sv: 'Parkeringstillstånd för företag och sammanslutningar samt tillstånd för servicekörning',
        en: 'Parking permits for businesses and organisations, and service driving permits',
      },
      'Huoltoajoluvan hakeminen rakennustyömaan ajoneuvoille': {
        sv: 'Ansökan om tillstånd för servicekörning för byggarbetsplatsens fordon',
        en: 'Applying for a service driving permit for construction site vehicles',
      },
    },
  },
} satisfies Meta<typeof SideNavigation>;
export default meta;
type Story = StoryObj<typeof meta>;

/** A section button's name in the story's language: "Alasivut: <section>". */
const subpages = (context: Pick<TextContext, 'globals' | 'parameters'>, section: string) =>
  `${builtInTexts(context)('sideNavigation.subpages')} ${storyTexts(context)(section)}`;

export const CurrentInSection: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: storyTexts(context)('Hinnat') })).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getByRole('button', { name: subpages(context, 'Asukaspysäköinti') })).toHaveAttribute('aria-expanded', 'true');
  },
};
export const Collapsed: Story = { args: { currentHref: '#pysakointi' } };
/** Keyboard: Tab to a section's button, Enter expands it, Space collapses it again. */
export const Expanded: Story = {
  args: { currentHref: '#pysakointi' },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const section = canvas.getByRole('button', { name: t('Yrityspysäköinti') });
    section.focus();
    await userEvent.keyboard('{Enter}');
    await expect(section).toHaveAttribute('aria-expanded', 'true');
    const inner = canvas.getByRole('button', { name: subpages(context, 'Huoltoajo') });
    inner.focus();
    await userEvent.keyboard(' ');
    await expect(inner).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('link', { name: t('Huoltoajon säännöt') })).toBeVisible();
  },
};
function ExpandAll({ buttonText, ...args }: SideNavigationProps & { buttonText: string }) {
  const [expanded, setExpanded] = useState<string[]>([]);
  return (
    <>
      <button type="button" onClick={() => setExpanded(['#asukas', '2', '#yritys-huolto'])}>
        {buttonText}
      </button>
      <SideNavigation {...args} expanded={expanded} onExpandedChange={setExpanded} />
    </>
  );
}

/**
 * Controlled (`expanded`, `onExpandedChange`): the app keeps the expanded sections (ids: `key`, else `href`, else
 * the position) and opens them all from its own button; each section's button still works.
 */
export const Controlled: Story = {
  render: (args, context) => <ExpandAll {...args} buttonText={storyTexts(context)('Avaa kaikki osiot')} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await expect(canvas.getByRole('button', { name: t('Yrityspysäköinti') })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(canvas.getByRole('button', { name: t('Avaa kaikki osiot') }));
    await expect(canvas.getByRole('link', { name: t('Huoltoajon säännöt') })).toBeVisible();
    const resident = canvas.getByRole('button', { name: subpages(context, 'Asukaspysäköinti') });
    await userEvent.click(resident);
    await expect(resident).toHaveAttribute('aria-expanded', 'false');
  },
};
export const LongText: Story = {
  args: {
    items: [
      { label: 'Asukaspysäköintitunnuksen hakeminen ja voimassaolon jatkaminen', href: '#a' },
      {
        label: 'Yritysten ja yhteisöjen pysäköintitunnukset sekä huoltoajoluvat',
        href: '#b',
        items: [{ label: 'Huoltoajoluvan hakeminen rakennustyömaan ajoneuvoille', href: '#c' }],
      },
    ],
    currentHref: '#c',
  },
};
export const Swedish: Story = {
  globals: { locale: 'sv' },
  args: {
    items: [
      { label: 'Parkering', href: '#parkering' },
      { label: 'Invånarparkering', href: '#invanare', items: [{ label: 'Ansökan', href: '#ansokan' }] },
    ],
    currentHref: '#ansokan',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Avsnittsmeny' })).toBeInTheDocument();
    await expect(within(canvasElement).getByRole('button', { name: 'Undersidor: Invånarparkering' })).toBeInTheDocument();
  },
};
export const English: Story = {
  globals: { locale: 'en' },
  args: {
    items: [
      { label: 'Parking', href: '#parking' },
      { label: 'Resident parking', href: '#resident', items: [{ label: 'Applying', href: '#applying' }] },
    ],
    currentHref: '#applying',
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('navigation', { name: 'Section menu' })).toBeInTheDocument();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each navigation landmark has a name of its own (axe: landmark-unique).
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Current page in a section" target="a:not([aria-current])">
          {(cell) => <SideNavigation {...args} aria-label={`${t('Osion sivut')} (${cell})`} />}
        </InteractionCells>
        <InteractionCells label="Sections collapsed" states={['hover']} target="button">
          {(cell) => <SideNavigation {...t(storyArgs(args, Collapsed))} aria-label={`${t('Osion sivut')} (${cell})`} />}
        </InteractionCells>
        <StateCell label="Swedish" locale="sv">
          <SideNavigation {...storyTextsIn(context, 'sv')(storyArgs(args, Swedish))} />
        </StateCell>
        <StateCell label="Long text" wide>
          <SideNavigation {...t(storyArgs(args, LongText))} aria-label={`${t('Osion sivut')} (long text)`} />
        </StateCell>
      </StateGrid>
    );
  },
};
