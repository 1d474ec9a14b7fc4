// Layouts and checks for the popup placement stories (Popover, Toggletip, Tooltip, ActionMenu, Combobox): each popup inside a
// scrolling Dialog, inside a Table cell (an overflow container) and at the bottom and right edges of the viewport,
// opened by a play function and checked to be fully inside the viewport and not clipped or covered.
import type { ReactNode } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { Dialog } from '../src/Dialog';
import { Table } from '../src/Table';

/** An open modal Dialog whose body scrolls, with `popup` after enough text that it sits at the dialog's bottom. */
export function InScrollingDialog({ children }: { children: ReactNode }) {
  return (
    <Dialog title="Hakemuksen tiedot" defaultOpen>
      {Array.from({ length: 12 }, (_, i) => (
        <p key={i}>
          Kappale {i + 1}: hakemus käsitellään kahden viikon kuluessa. Saat päätöksen sähköisesti asiointipalveluun.
        </p>
      ))}
      <div>{children}</div>
    </Dialog>
  );
}

interface Row {
  id: string;
  service: string;
}

/** A Table (its scroll box clips overflow) with `popup` in the last row's last cell. */
export function InTableCell({ children }: { children: ReactNode }) {
  const rows: Row[] = [
    { id: '1', service: 'Asukaspysäköinti' },
    { id: '2', service: 'Päivähoito' },
  ];
  return (
    <Table<Row>
      caption="Hakemukset"
      rows={rows}
      columns={[
        { key: 'service', header: 'Palvelu', rowHeader: true },
        { key: 'more', header: 'Lisätiedot', cell: (row) => (row.id === '2' ? children : '–') },
      ]}
    />
  );
}

export type Edge = 'bottom' | 'right' | 'bottom-right';

/**
 * Puts `el` against an edge of the viewport. Set through the CSSOM from the play function (a strict CSP allows it,
 * unlike a `style` attribute in server HTML).
 */
export function pinToEdge(el: HTMLElement, edge: Edge): void {
  el.style.setProperty('position', 'fixed');
  el.style.setProperty('margin', '0');
  el.style.setProperty('max-inline-size', 'calc(100% - 8px)');
  if (edge !== 'right') el.style.setProperty('bottom', '4px');
  else el.style.setProperty('top', '40%');
  if (edge !== 'bottom') el.style.setProperty('right', '4px');
  else {
    // Centred: both insets 0, auto margins, as wide as its content (never wider than the viewport).
    el.style.setProperty('left', '0');
    el.style.setProperty('right', '0');
    el.style.setProperty('margin-inline', 'auto');
    el.style.setProperty('inline-size', 'fit-content');
  }
}

/**
 * The popup is fully inside the viewport (scroll bars excluded), does not cover its trigger, and nothing clips or
 * covers it: the point just inside each corner is the popup (or something in it).
 */
export async function expectFullyInView(popup: HTMLElement, trigger: HTMLElement): Promise<void> {
  await waitFor(() => {
    const view = document.documentElement;
    const r = popup.getBoundingClientRect();
    expect(r.width).toBeGreaterThan(0);
    expect(r.height).toBeGreaterThan(0);
    expect(r.left).toBeGreaterThanOrEqual(0);
    expect(r.top).toBeGreaterThanOrEqual(0);
    expect(r.right).toBeLessThanOrEqual(view.clientWidth);
    expect(r.bottom).toBeLessThanOrEqual(view.clientHeight);
    const t = trigger.getBoundingClientRect();
    const overlaps = r.left < t.right - 1 && t.left < r.right - 1 && r.top < t.bottom - 1 && t.top < r.bottom - 1;
    expect(overlaps, 'popup covers its trigger').toBe(false);
    // Far enough in that a rounded corner does not put the point outside the popup.
    const inset = 2 + 0.3 * parseFloat(getComputedStyle(popup).borderTopLeftRadius || '0');
    for (const [x, y] of [
      [r.left + inset, r.top + inset],
      [r.right - inset, r.top + inset],
      [r.left + inset, r.bottom - inset],
      [r.right - inset, r.bottom - inset],
    ] as const) {
      const hit = document.elementFromPoint(x, y);
      expect(hit !== null && popup.contains(hit), `point ${Math.round(x)},${Math.round(y)} hits ${hit?.outerHTML.slice(0, 80)}`).toBe(true);
    }
  });
}

export interface PlacementCheck {
  /** The story's canvas; the popup is looked up in the whole document (a Dialog sits outside the canvas). */
  canvasElement: HTMLElement;
  /** Accessible name of the trigger button. */
  trigger: string;
  /** Finds the open popup. */
  popup: (body: ReturnType<typeof within>) => HTMLElement;
  /** Opens the popup; a click by default. */
  open?: (trigger: HTMLElement) => Promise<void>;
  /** The component's root, pinned against this edge first. */
  edge?: Edge;
  /** Browsers without CSS anchor positioning: placed by @floating-ui/dom (simulated by hiding the support). */
  withoutAnchorPositioning?: boolean;
}

/** Opens the popup and checks it is fully in view, not clipped and not covering its trigger. */
export async function openAndCheckPlacement(check: PlacementCheck): Promise<void> {
  const { canvasElement, edge, open = (el) => userEvent.click(el) } = check;
  const body = within(canvasElement.ownerDocument.body);
  const trigger = body.getByRole('button', { name: check.trigger });
  if (edge) pinToEdge(trigger.closest<HTMLElement>('.aukio-popup-root')!, edge);
  trigger.scrollIntoView({ block: 'nearest' });
  const supports = CSS.supports.bind(CSS);
  if (check.withoutAnchorPositioning) {
    CSS.supports = ((...args: [string]) => (args[0].includes('anchor') ? false : supports(...args))) as typeof CSS.supports;
  }
  try {
    await open(trigger);
    const popup = await waitFor(() => check.popup(body));
    if (check.withoutAnchorPositioning) await waitFor(() => expect(popup).toHaveAttribute('data-placed', 'script'));
    await expectFullyInView(popup, trigger);
  } finally {
    CSS.supports = supports;
  }
}
