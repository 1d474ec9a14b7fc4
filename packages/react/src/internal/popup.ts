import { version, type RefObject } from 'react';
import { cx } from './cx';
import type { DismissHandlers } from './dismiss';
import { FOCUSABLE } from './focusable';
import { useBrowserLayoutEffect } from './useBrowserLayoutEffect';

/**
 * Popups (Popover, Toggletip, Tooltip, ActionMenu's menu) are shown in the top layer with the native `popover`
 * attribute, so no scrolling or `overflow: hidden` ancestor (a Dialog, a Table, a Card) can clip them, and placed
 * next to their trigger:
 * - with CSS anchor positioning where the browser has it (internal/popup.css: `anchor-scope` on the component's
 *   root, `anchor-name` on the trigger, `position-area` below it with `flip-block`/`flip-inline` fallbacks). That
 *   needs no script, so a popup opened before hydration (`popovertarget`) is placed too;
 * - elsewhere with @floating-ui/dom (flip, shift, size; internal/popupScript.ts), loaded only in those browsers.
 *   Its result goes into custom properties through the CSSOM, never a `style` attribute, so a strict CSP (no
 *   `style-src 'unsafe-inline'`) allows it.
 *
 * Markup: `aukio-popup-root` on the component's root, `aukio-popup-anchor` on the trigger, `aukio-popup` on the
 * popup with `popover` and `data-align`.
 */

export type PopupAlign = 'start' | 'end';

/**
 * A popup's open state, named as the API convention names it (docs/ApiConventions.mdx): controlled with `open`
 * and `onOpenChange`, or uncontrolled from `defaultOpen`. Popover, Toggletip, Tooltip and ActionMenu take it and
 * keep it with `useControllable`.
 */
export interface PopupOpenProps {
  /** Open or closed, controlled; use with `onOpenChange`. */
  open?: boolean | undefined;
  /** Open from the first render, uncontrolled. */
  defaultOpen?: boolean | undefined;
  /** Called with the new state whenever the popup opens or closes, controlled or not. */
  onOpenChange?: ((open: boolean) => void) | undefined;
}

/**
 * The popup's `popover` attribute. Once hydrated, `mode`: the component opens and dismisses it (a tooltip uses
 * `manual` so it never closes another popup). Before hydration the browser does, so the content is reachable
 * without JavaScript: `auto` (light dismiss, Escape) opened by the trigger's `popovertarget`; a popup rendered
 * open on the server has no attribute, so it shows in server HTML as it is.
 */
export function popoverMode(hydrated: boolean, open: boolean, mode: 'auto' | 'manual'): 'auto' | 'manual' | undefined {
  // Without the API (older browsers, jsdom) the popup is an ordinary fixed box, shown and hidden by `hidden`.
  if (hydrated) return popoverApi() ? mode : undefined;
  return open ? undefined : 'auto';
}

export interface PopupRootProps {
  className: string;
  'data-state': 'open' | 'closed';
  'data-align'?: PopupAlign;
  onKeyDown?: DismissHandlers['onKeyDown'];
  onBlur?: DismissHandlers['onBlur'];
}

/**
 * Props for a popup component's root (Popover, Toggletip, Tooltip, ActionMenu): its class with `aukio-popup-root`,
 * the open state, where the component has one the alignment, and where the root hears the keys and blur that
 * dismiss it (`useDismiss`, events bubbling from the trigger and the popup inside) its handlers.
 */
export function popupRootProps(
  block: string,
  open: boolean,
  className: string | undefined,
  align?: PopupAlign,
  dismiss?: Pick<DismissHandlers, 'onKeyDown' | 'onBlur'>,
): PopupRootProps {
  const props: PopupRootProps = { className: cx(block, 'aukio-popup-root', className), 'data-state': open ? 'open' : 'closed' };
  if (align) props['data-align'] = align;
  if (dismiss) {
    props.onKeyDown = dismiss.onKeyDown;
    props.onBlur = dismiss.onBlur;
  }
  return props;
}

/** `popovertarget` for a trigger: React 19 knows it as `popoverTarget`, React 18 passes it on only in lower case. */
export function popoverTarget(id: string): Record<string, string> {
  return { [version.startsWith('18.') ? 'popovertarget' : 'popoverTarget']: id };
}

/** The same test as the `@supports` in internal/popup.css. */
export function cssAnchoring(): boolean {
  return (
    typeof CSS !== 'undefined' &&
    typeof CSS.supports === 'function' &&
    CSS.supports('anchor-scope: --a') &&
    CSS.supports('position-try-fallbacks: flip-block')
  );
}

function popoverApi(): boolean {
  return typeof HTMLElement !== 'undefined' && typeof HTMLElement.prototype.showPopover === 'function';
}

function canPop(el: HTMLElement): boolean {
  return typeof el.showPopover === 'function' && el.hasAttribute('popover');
}

/**
 * A popup taller than the room it has (320 px at 200 % text) scrolls; with nothing focusable inside, the popup
 * itself becomes a Tab stop while it scrolls, so the keyboard can scroll it too (WCAG 2.1.1).
 */
function reachableWhenScrolling(el: HTMLElement): () => void {
  if (typeof ResizeObserver === 'undefined') return () => {};
  const update = () => {
    // Only a popup that is a scroll box (a tooltip is not: its bridge to the control overflows on purpose).
    const scrolls = /auto|scroll/.test(getComputedStyle(el).overflowY) && el.scrollHeight > el.clientHeight + 1;
    const added = el.hasAttribute('data-scroll-stop');
    if (scrolls && !added && !el.hasAttribute('tabindex') && !el.querySelector(FOCUSABLE)) {
      el.setAttribute('tabindex', '0');
      el.setAttribute('data-scroll-stop', '');
    } else if (!scrolls && added) {
      el.removeAttribute('tabindex');
      el.removeAttribute('data-scroll-stop');
    }
  };
  // Once now (reading the sizes lays the popup out, fallbacks included), so a check or a Tab right after opening
  // already finds the stop; then whenever the popup or its content changes size (a clamped popup keeps its own
  // size while its content grows, so the content is watched too).
  update();
  const observer = new ResizeObserver(update);
  observer.observe(el);
  for (const child of Array.from(el.children)) observer.observe(child);
  return () => observer.disconnect();
}

/**
 * While `open`, shows `popup` in the top layer (when the browser has the popover API and the element carries
 * `popover`) and keeps it placed by `anchor`; hides it again when closed or unmounted. Opening and closing stay
 * the component's state: use `popover="manual"` once hydrated and dismiss with internal/dismiss.ts, so the browser
 * never closes a popup behind React's back.
 */
export function usePopup(
  open: boolean,
  anchor: RefObject<HTMLElement | null>,
  popup: RefObject<HTMLElement | null>,
  align: PopupAlign = 'start',
): void {
  useBrowserLayoutEffect(() => {
    const el = popup.current;
    const target = anchor.current;
    if (!open || !el || !target) return;
    if (canPop(el) && !el.matches(':popover-open')) el.showPopover();
    const unobserve = reachableWhenScrolling(el);
    let stop: (() => void) | undefined;
    let closed = false;
    if (!cssAnchoring()) {
      // Loaded only here, so browsers with anchor positioning never download it; a module of its own with named
      // imports, so bundlers keep only the parts of @floating-ui/dom it uses.
      void import('./popupScript').then(({ placeWithScript }) => {
        const cleanup = placeWithScript(target, el, align);
        if (closed) cleanup();
        else stop = cleanup;
      });
    }
    return () => {
      closed = true;
      unobserve();
      stop?.();
      if (canPop(el) && el.isConnected && el.matches(':popover-open')) el.hidePopover();
    };
  }, [open, anchor, popup, align]);
}
