import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InScrollingDialog, InTableCell, openAndCheckPlacement, type PlacementCheck } from '../../test/popup-placement';
import { useState } from 'react';
import { ActionMenu, type ActionMenuProps } from './ActionMenu';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const noop = () => {};
/** The example items, their texts in the story's language. */
const items = (t: ReturnType<typeof storyTexts> = (text) => text) => (
  <>
    <ActionMenu.Item onSelect={noop}>{t('Muokkaa')}</ActionMenu.Item>
    <ActionMenu.Item onSelect={noop}>{t('Kopioi')}</ActionMenu.Item>
    <ActionMenu.Item onSelect={noop} disabled>
      {t('Arkistoi')}
    </ActionMenu.Item>
    <ActionMenu.Item onSelect={noop}>{t('Poista')}</ActionMenu.Item>
  </>
);

const meta = {
  title: 'Components/ActionMenu',
  component: ActionMenu,
  // The items are made in the render function (a story may give its own children), so the controls show no
  // React elements.
  args: { label: 'Toiminnot', children: null },
  render: (args, context) => <ActionMenu {...args}>{args.children ?? items(storyTexts(context))}</ActionMenu>,
  decorators: [(Story) => <div className="aukio-story-page">{<Story />}</div>],
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      Toiminnot: { sv: 'Åtgärder', en: 'Actions' },
      Muokkaa: { sv: 'Redigera', en: 'Edit' },
      Kopioi: { sv: 'Kopiera', en: 'Copy' },
      Arkistoi: { sv: 'Arkivera', en: 'Archive' },
      Poista: { sv: 'Radera', en: 'Delete' },
      'Näytä rivin toiminnot': { sv: 'Visa radens åtgärder', en: 'Show the row’s actions' },
      'Hakemuksen toiminnot ja lisävaihtoehdot': { sv: 'Åtgärder och fler val för ansökan', en: 'Application actions and more options' },
      'Lataa asukaspysäköintitunnushakemus PDF-tiedostona': {
        sv: 'Ladda ner ansökan om invånarparkeringstillstånd som PDF-fil',
        en: 'Download the resident parking permit application as a PDF file',
      },
      'Siirrä hakemus toiselle käsittelijälle': { sv: 'Flytta ansökan till en annan handläggare', en: 'Move the application to another case worker' },
    },
  },
} satisfies Meta<typeof ActionMenu>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Closed: Story = {};

/** Opened with Down Arrow; arrows, Home, End and type-ahead move; Escape closes and focus returns. */
export const Keyboard: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const button = canvas.getByRole('button', { name: t('Toiminnot') });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(canvas.getByRole('menuitem', { name: t('Muokkaa') })).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    await expect(canvas.getByRole('menuitem', { name: t('Poista') })).toHaveFocus();
    // Type-ahead by the first letter of "Copy" in the story's language (no other item starts with it).
    await userEvent.keyboard(`{Home}${t('Kopioi').charAt(0).toLowerCase()}`);
    await expect(canvas.getByRole('menuitem', { name: t('Kopioi') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    await expect(button).toHaveFocus();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
  },
};

/** Open, so the story's axe check runs on the open menu. */
export const Open: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    canvas.getByRole('button', { name: t('Toiminnot') }).focus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('menu', { name: t('Toiminnot') })).toBeVisible();
    await expect(canvas.getByRole('menuitem', { name: t('Muokkaa') })).toHaveFocus();
  },
};

function GuidedMenu({ opener, ...args }: ActionMenuProps & { opener: string }) {
  const [open, setOpen] = useState(false);
  return (
    <div className="aukio-story-stack">
      <button type="button" onClick={() => setOpen(true)}>
        {opener}
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
  render: (args, context) => {
    const t = storyTexts(context);
    return <GuidedMenu {...args} opener={t('Näytä rivin toiminnot')}>{args.children ?? items(t)}</GuidedMenu>;
  },
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    await userEvent.click(canvas.getByRole('button', { name: t('Näytä rivin toiminnot') }));
    await expect(canvas.getByRole('menuitem', { name: t('Muokkaa') })).toHaveFocus();
    await userEvent.keyboard('{Escape}');
    const button = canvas.getByRole('button', { name: t('Toiminnot') });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveFocus();
  },
};

export const AlignEnd: Story = {
  args: { align: 'end', variant: 'tertiary' },
  decorators: [(Story) => <div className="aukio-story-row">{<Story />}</div>],
  play: async ({ canvasElement, ...context }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: storyTexts(context)('Toiminnot') }));
  },
};

export const LongText: Story = {
  args: { label: 'Hakemuksen toiminnot ja lisävaihtoehdot' },
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <ActionMenu {...args}>
        <ActionMenu.Item onSelect={noop}>{t('Lataa asukaspysäköintitunnushakemus PDF-tiedostona')}</ActionMenu.Item>
        <ActionMenu.Item onSelect={noop}>{t('Siirrä hakemus toiselle käsittelijälle')}</ActionMenu.Item>
      </ActionMenu>
    );
  },
  play: async ({ canvasElement, ...context }) => {
    const name = storyTexts(context)('Hakemuksen toiminnot ja lisävaihtoehdot');
    await userEvent.click(within(canvasElement).getByRole('button', { name }));
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
const menu = <ActionMenu label="Toiminnot">{items()}</ActionMenu>;
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
  // Each cell's texts in the toolbar's language; the Swedish cell's in Swedish.
  render: (args, context) => (
    <StateGrid>
      <InteractionCells label="Closed">{meta.render(args, context)}</InteractionCells>
      <StateCell label="Tertiary">{meta.render(storyArgs(args, AlignEnd), context)}</StateCell>
      <StateCell label="Swedish" locale="sv">
        <ActionMenu {...storyArgs(args, Swedish)} />
      </StateCell>
      <StateCell label="Long text" wide>
        {LongText.render?.(storyTexts(context)(storyArgs(args, LongText)), context)}
      </StateCell>
      <StateCell label="Open, a disabled item" hint="opened by its play function" popup="short" wide>
        {meta.render(args, context)}
      </StateCell>
    </StateGrid>
  ),
  // A menu opens only from its button, one at a time: the last cell's, with Enter (focus moves to the first item).
  play: async ({ canvasElement, ...context }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('.aukio-state-cell:last-child button');
    if (!button) throw new Error('no menu button in the open cell');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await expect(within(canvasElement).getByRole('menu', { name: storyTexts(context)('Toiminnot') })).toBeVisible();
  },
};
