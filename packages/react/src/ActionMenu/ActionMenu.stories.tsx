import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InScrollingDialog, InTableCell, openAndCheckPlacement, type PlacementCheck } from '../../test/popup-placement';
import { useState } from 'react';
import { ActionMenu, type ActionMenuProps } from './ActionMenu';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';

const noop = () => {};
const items = (
  <>
    <ActionMenu.Item onSelect={noop}>Muokkaa</ActionMenu.Item>
    <ActionMenu.Item onSelect={noop}>Kopioi</ActionMenu.Item>
    <ActionMenu.Item onSelect={noop} disabled>
      Arkistoi
    </ActionMenu.Item>
    <ActionMenu.Item onSelect={noop}>Poista</ActionMenu.Item>
  </>
);

const meta = {
  title: 'Components/ActionMenu',
  component: ActionMenu,
  args: { label: 'Toiminnot', children: items },
  decorators: [(Story) => <div className="aukio-story-page">{<Story />}</div>],
} satisfies Meta<typeof ActionMenu>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Opened with Down Arrow; arrows, Home, End and type-ahead move; Escape closes and focus returns. */
export const Keyboard: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: 'Toiminnot' });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: 'Muokkaa' })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: 'Poista' })).toHaveFocus();
    await userEvent.keyboard('{Home}k');
    await expect(canvas.getByRole('menuitem', { name: 'Kopioi' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Open, so the story's axe check runs on the open menu. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    canvas.getByRole('button', { name: 'Toiminnot' }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('menu', { name: 'Toiminnot' })).toBeVisible();
    await expect(canvas.getByRole('menuitem', { name: 'Muokkaa' })).toHaveFocus();
  },
};

function GuidedMenu(args: ActionMenuProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="aukio-story-stack">
      <button type="button" onClick={() => setOpen(true)}>
        Näytä rivin toiminnot
      </button>
      <ActionMenu {...args} open={open} onOpenChange={setOpen} />
    </div>
  );
}

/**
 * Controlled (`open`, `onOpenChange`): another button opens the menu, and focus moves to its first item as when
 * the menu button opens it; Escape asks to close, and focus returns to the menu button.
 */
export const Controlled: Story = {
  render: (args) => <GuidedMenu {...args} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Näytä rivin toiminnot' }));
    await expect(canvas.getByRole('menuitem', { name: 'Muokkaa' })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    const button = canvas.getByRole('button', { name: 'Toiminnot' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
  },
};

export const AlignEnd: Story = {
  args: { align: 'end', variant: 'tertiary' },
  decorators: [(Story) => <div className="aukio-story-row">{<Story />}</div>],
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Toiminnot' }));
  },
};

export const LongText: Story = {
  args: {
    label: 'Hakemuksen toiminnot ja lisävaihtoehdot',
    children: (
      <>
        <ActionMenu.Item onSelect={noop}>Lataa asukaspysäköintitunnushakemus PDF-tiedostona</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>Siirrä hakemus toiselle käsittelijälle</ActionMenu.Item>
      </>
    ),
  },
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: /Hakemuksen toiminnot/ }));
  },
};

export const Swedish: Story = {
  args: {
    label: 'Åtgärder',
    children: (
      <>
        <ActionMenu.Item onSelect={noop}>Redigera</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>Radera</ActionMenu.Item>
      </>
    ),
  },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: {
    label: 'Actions',
    children: (
      <>
        <ActionMenu.Item onSelect={noop}>Edit</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>Delete</ActionMenu.Item>
      </>
    ),
  },
  globals: { locale: 'en' },
};

// Placement: the menu sits in the top layer, so no scrolling or clipping ancestor cuts it off, and it flips and
// shifts to stay inside the viewport. Each story opens it with the keyboard and checks every corner is visible
// (light and 320 px).
const menu = <ActionMenu label="Toiminnot">{items}</ActionMenu>;
const check = (canvasElement: HTMLElement, more: Partial<PlacementCheck> = {}) =>
  openAndCheckPlacement({
    canvasElement,
    trigger: 'Toiminnot',
    popup: (body) => body.getByRole('menu', { name: 'Toiminnot' }),
    open: async (trigger) => {
      trigger.focus();
      await userEvent.keyboard('{ArrowDown}');
      await expect(within(trigger.ownerDocument.body).getByRole('menuitem', { name: 'Muokkaa' })).toHaveFocus();
    },
    ...more,
  });

/** At the bottom of a modal Dialog whose body scrolls: the menu shows in full over the dialog's edge. */
export const InDialog: Story = {
  render: () => <InScrollingDialog>{menu}</InScrollingDialog>,
  play: ({ canvasElement }) => check(canvasElement),
};

/** In a Table cell (a row's actions): the table's scroll box does not clip it. */
export const InTable: Story = {
  render: () => <InTableCell>{menu}</InTableCell>,
  play: ({ canvasElement }) => check(canvasElement),
};

/** At the bottom edge of the viewport: it opens above the button. */
export const AtBottomEdge: Story = {
  render: () => menu,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom' }),
};

/** At the right edge of the viewport: it lines up with the button's end edge instead. */
export const AtRightEdge: Story = {
  render: () => menu,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'right' }),
};

/** In the bottom right corner: above and towards the start. */
export const AtBottomRightCorner: Story = {
  render: () => menu,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right' }),
};

/** Where CSS anchor positioning is missing, @floating-ui/dom places it (simulated here): the same checks hold. */
export const PlacedByScript: Story = {
  render: () => menu,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right', withoutAnchorPositioning: true }),
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  render: (args) => (
    <StateGrid>
      <InteractionCells label="Closed">
        <ActionMenu {...args} />
      </InteractionCells>
      <StateCell label="Tertiary">
        <ActionMenu {...storyArgs(args, AlignEnd)} />
      </StateCell>
      <StateCell label="Swedish" locale="sv">
        <ActionMenu {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        <ActionMenu {...storyArgs(args, LongText)} />
      </StateCell>
      <StateCell label="Open, a disabled item" hint="opened by its play function" popup="short" wide>
        <ActionMenu {...args} />
      </StateCell>
    </StateGrid>
  ),
  // A menu opens only from its button, one at a time: the last cell's, with Enter (focus moves to the first item).
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('.aukio-state-cell:last-child button');
    if (!button) throw new Error('no menu button in the open cell');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(within(canvasElement).getByRole('menu', { name: 'Toiminnot' })).toBeVisible();
  },
};
