import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { useState } from 'react';
import { SideNavigation, type SideNavigationProps } from './SideNavigation';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

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
} satisfies Meta<typeof SideNavigation>;
export default meta;
type Story = StoryObj<typeof meta>;

export const CurrentInSection: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'Hinnat' })).toHaveAttribute('aria-current', 'page');
    await expect(canvas.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' })).toHaveAttribute('aria-expanded', 'true');
  },
};
export const Collapsed: Story = { args: { currentHref: '#pysakointi' } };
/** Keyboard: Tab to a section's button, Enter expands it, Space collapses it again. */
export const Expanded: Story = {
  args: { currentHref: '#pysakointi' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const section = canvas.getByRole('button', { name: 'Yrityspysäköinti' });
    section.focus();
    await userEvent.keyboard('{Enter}');
    await expect(section).toHaveAttribute('aria-expanded', 'true');
    const inner = canvas.getByRole('button', { name: 'Alasivut: Huoltoajo' });
    inner.focus();
    await userEvent.keyboard(' ');
    await expect(inner).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByRole('link', { name: 'Huoltoajon säännöt' })).toBeVisible();
  },
};
function ExpandAll(args: SideNavigationProps) {
  const [expanded, setExpanded] = useState<string[]>([]);
  return (
    <>
      <button type="button" onClick={() => setExpanded(['#asukas', '2', '#yritys-huolto'])}>
        Avaa kaikki osiot
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
  render: (args) => <ExpandAll {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('button', { name: 'Yrityspysäköinti' })).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(canvas.getByRole('button', { name: 'Avaa kaikki osiot' }));
    await expect(canvas.getByRole('link', { name: 'Huoltoajon säännöt' })).toBeVisible();
    const resident = canvas.getByRole('button', { name: 'Alasivut: Asukaspysäköinti' });
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
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Current page in a section" target="a:not([aria-current])">
        {(cell) => <SideNavigation {...args} aria-label={`Osion sivut (${cell})`} />}
      </InteractionCells>
      <InteractionCells label="Sections collapsed" states={['hover']} target="button">
        {(cell) => <SideNavigation {...storyArgs(args, Collapsed)} aria-label={`Osion sivut (${cell})`} />}
      </InteractionCells>
      <StateCell label="Swedish" locale="sv">
        <SideNavigation {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <SideNavigation {...storyArgs(args, LongText)} aria-label="Osion sivut (long text)" />
      </StateCell>
    </StateGrid>
  ),
};
