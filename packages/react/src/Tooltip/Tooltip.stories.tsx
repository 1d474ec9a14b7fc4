import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { InScrollingDialog, InTableCell, openAndCheckPlacement, type PlacementCheck } from '../../test/popup-placement';
import { Popover } from '../Popover';
import { cloneElement, useState, type ReactElement, type ReactNode } from 'react';
import { Tooltip, type TooltipProps } from './Tooltip';
import { InteractionCells, StateCell, StateGrid, storyArgs } from '../../test/visual/StateGrid';
import { storyTexts } from '../../test/storyTexts';

const Save = () => (
  <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
    <path d="M5 4h11l3 3v13H5zM8 4v5h7V4M8 20v-6h8v6" fill="none" stroke="currentColor" strokeWidth="2" />
  </svg>
);

const meta = {
  title: 'Components/Tooltip',
  component: Tooltip,
  args: {
    content: 'Tallentaa luonnoksen, jota voit jatkaa myöhemmin',
    children: (
      <button type="button" className="aukio-button" data-variant="secondary" aria-label="Tallenna luonnos">
        <Save />
      </button>
    ),
  },
  // The child element's own text (its aria-label, or its text) in the story's language too.
  render: (args, context) => {
    const t = storyTexts(context);
    const child = args.children as ReactElement<{ 'aria-describedby'?: string; 'aria-label'?: string; children?: ReactNode }>;
    return <Tooltip {...args}>{cloneElement(child, { 'aria-label': t(child.props['aria-label']), children: t(child.props.children) })}</Tooltip>;
  },
  // The example texts in the toolbar's language (packages/react/test/storyTexts.ts).
  parameters: {
    translations: {
      'Tallentaa luonnoksen, jota voit jatkaa myöhemmin': { sv: 'Sparar ett utkast som du kan fortsätta senare', en: 'Saves a draft you can continue later' },
      'Tallenna luonnos': { sv: 'Spara utkast', en: 'Save draft' },
      Selvä: { sv: 'Okej', en: 'OK' },
      'Avautuu PDF-tiedostona (240 kt)': { sv: 'Öppnas som en PDF-fil (240 kB)', en: 'Opens as a PDF file (240 kB)' },
      'Hinnasto 2026': { sv: 'Prislista 2026', en: 'Price list 2026' },
      'Tallentaa hakemuksen luonnoksena, jota voit jatkaa myöhemmin kirjautumalla asiointipalveluun. Luonnokset säilytetään kolmekymmentä päivää.': {
        sv: 'Sparar ansökan som ett utkast som du kan fortsätta senare genom att logga in i e-tjänsten. Utkasten sparas i trettio dagar.',
        en: 'Saves the application as a draft you can continue later by signing in to the online service. Drafts are kept for thirty days.',
      },
    },
  },
} satisfies Meta<typeof Tooltip>;
export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Keyboard focus shows the tooltip; Escape hides it and focus stays on the button. */
export const OnFocus: Story = {
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    const t = storyTexts(context);
    const button = canvas.getByRole('button', { name: t('Tallenna luonnos') });
    await userEvent.tab();
    await expect(button).toHaveFocus();
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
    await expect(button).toHaveAccessibleDescription(t('Tallentaa luonnoksen, jota voit jatkaa myöhemmin'));
    await userEvent.keyboard('{Escape}');
    await expect(canvas.getByRole('tooltip', { hidden: true })).not.toBeVisible();
    await expect(button).toHaveFocus();
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
  },
};

function GuidedTip({ ok, ...args }: TooltipProps & { ok: string }) {
  const [open, setOpen] = useState(true);
  return (
    <div className="aukio-story-stack">
      <Tooltip {...args} open={open} onOpenChange={(next) => next && setOpen(true)} />
      <button type="button" onClick={() => setOpen(false)}>
        {ok}
      </button>
    </div>
  );
}

/**
 * Controlled (`open`, `onOpenChange`), for guided help: the app shows the tooltip until the user presses its own
 * "Selvä" button; hover, focus and Escape only ask, and this app accepts only showing.
 */
export const Controlled: Story = {
  render: (args, context) => <GuidedTip {...args} ok={storyTexts(context)('Selvä')} />,
  play: async ({ canvasElement, ...context }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('tooltip')).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: storyTexts(context)('Selvä') }));
    await expect(canvas.getByRole('tooltip', { hidden: true })).not.toBeVisible();
  },
};

/** Hover shows it after a short delay, and it stays while the pointer is on the tooltip itself. */
export const OnHover: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.hover(canvas.getByRole('button'));
    const tip = await canvas.findByRole('tooltip');
    await userEvent.hover(tip);
    await new Promise((r) => setTimeout(r, 200));
    await expect(tip).toBeVisible();
  },
};

export const OnLink: Story = {
  args: {
    content: 'Avautuu PDF-tiedostona (240 kt)',
    children: <a href="#hinnasto">Hinnasto 2026</a>,
  },
};

export const LongText: Story = {
  args: {
    content:
      'Tallentaa hakemuksen luonnoksena, jota voit jatkaa myöhemmin kirjautumalla asiointipalveluun. Luonnokset säilytetään kolmekymmentä päivää.',
  },
  play: async ({ canvasElement }) => {
    await userEvent.hover(within(canvasElement).getByRole('button'));
    await within(canvasElement).findByRole('tooltip');
  },
};

export const Swedish: Story = {
  args: {
    content: 'Sparar ett utkast som du kan fortsätta senare',
    children: (
      <button type="button" className="aukio-button" data-variant="secondary" aria-label="Spara utkast">
        <Save />
      </button>
    ),
  },
  globals: { locale: 'sv' },
};

export const English: Story = {
  args: {
    content: 'Saves a draft you can continue later',
    children: (
      <button type="button" className="aukio-button" data-variant="secondary" aria-label="Save draft">
        <Save />
      </button>
    ),
  },
  globals: { locale: 'en' },
};

// Placement: the tooltip sits in the top layer, so no scrolling or clipping ancestor cuts it off, and it flips and
// shifts to stay inside the viewport. Each story focuses the control and checks every corner is visible (light and
// 320 px).
const tip = (
  <Tooltip content="Tallentaa luonnoksen, jota voit jatkaa myöhemmin">
    <button type="button" className="aukio-button" data-variant="secondary" aria-label="Tallenna luonnos">
      <Save />
    </button>
  </Tooltip>
);
const check = (canvasElement: HTMLElement, more: Partial<PlacementCheck> = {}) =>
  openAndCheckPlacement({
    canvasElement,
    trigger: 'Tallenna luonnos',
    popup: (body) => body.getByRole('tooltip'),
    open: async (trigger) => trigger.focus(),
    ...more,
  });

/** At the bottom of a modal Dialog whose body scrolls: the tooltip shows in full over the dialog's edge. */
export const InDialog: Story = {
  render: () => <InScrollingDialog>{tip}</InScrollingDialog>,
  play: ({ canvasElement }) => check(canvasElement),
};

/** In a Table cell: the table's scroll box does not clip it. */
export const InTable: Story = {
  render: () => <InTableCell>{tip}</InTableCell>,
  play: ({ canvasElement }) => check(canvasElement),
};

/** At the bottom edge of the viewport: it shows above the control. */
export const AtBottomEdge: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom' }),
};

/** At the right edge of the viewport: it extends towards the start instead. */
export const AtRightEdge: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'right' }),
};

/** In the bottom right corner: above and towards the start. */
export const AtBottomRightCorner: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right' }),
};

/** Where CSS anchor positioning is missing, @floating-ui/dom places it (simulated here): the same checks hold. */
export const PlacedByScript: Story = {
  render: () => tip,
  play: ({ canvasElement }) => check(canvasElement, { edge: 'bottom-right', withoutAnchorPositioning: true }),
};

/** A tooltip is a `manual` popover: showing it inside an open Popover leaves the Popover open. */
export const InsidePopover: Story = {
  render: () => (
    <Popover trigger="Luonnokset" label="Luonnokset">
      {tip}
    </Popover>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Luonnokset' }));
    const popover = canvas.getByRole('dialog', { name: 'Luonnokset' });
    await expect(canvas.getByRole('button', { name: 'Tallenna luonnos' })).toHaveFocus();
    await expect(await canvas.findByRole('tooltip')).toBeVisible();
    await expect(popover.matches(':popover-open')).toBe(true);
    await expect(popover).toBeVisible();
  },
};

/** Every state side by side: the visual-regression subject and the docs page's overview (test/visual/StateGrid). */
export const States: Story = {
  tags: ['visual'],
  // Each cell's texts in the toolbar's language.
  render: (args, context) => {
    const t = storyTexts(context);
    return (
      <StateGrid>
        <InteractionCells label="Button with a tooltip">{meta.render(args, context)}</InteractionCells>
        <StateCell label="On a link">{meta.render(t(storyArgs(args, OnLink)), context)}</StateCell>
        <StateCell label="Open" hint="shown when you point at it or Tab to it; opened by its play function" popup="short" wide>
          {meta.render(t(storyArgs(args, LongText)), context)}
        </StateCell>
      </StateGrid>
    );
  },
  // A tooltip shows on focus or hover, which forced :hover does not give: the last cell's button gets focus.
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>('.aukio-state-cell:last-child button');
    if (!button) throw new Error('no button in the open cell');
    button.focus();
    await expect(await within(canvasElement).findByRole('tooltip')).toBeVisible();
  },
};
