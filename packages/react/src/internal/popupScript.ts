import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import type { PopupAlign } from './popup';

// Placement for browsers without CSS anchor positioning; internal/popup.ts loads this module only there.

/** Gap between trigger and popup when placed by script; the CSS uses --aukio-space-2 (0.5rem). */
function gap(): number {
  return 0.5 * (parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
}

/** Places `el` under `anchor` with @floating-ui/dom until the returned function is called. */
export function placeWithScript(anchor: HTMLElement, el: HTMLElement, align: PopupAlign): () => void {
  el.setAttribute('data-placed', 'script');
  const stop = autoUpdate(anchor, el, () => {
    void computePosition(anchor, el, {
      strategy: 'fixed',
      placement: align === 'end' ? 'bottom-end' : 'bottom-start',
      middleware: [
        offset(gap()),
        flip({ padding: gap() }),
        shift({ padding: gap() }),
        // Taller than the room on either side: as tall as the room, scrolling.
        size({
          padding: gap(),
          apply: ({ availableHeight, rects }) => {
            el.style.setProperty('--aukio-popup-room', `${Math.max(0, availableHeight)}px`);
            // For a popup as wide as its trigger (the Combobox list).
            el.style.setProperty('--aukio-popup-anchor-inline-size', `${rects.reference.width}px`);
          },
        }),
      ],
    }).then(({ x, y }) => {
      el.style.setProperty('--aukio-popup-x', `${x}px`);
      el.style.setProperty('--aukio-popup-y', `${y}px`);
    });
  });
  return () => {
    stop();
    el.removeAttribute('data-placed');
    el.style.removeProperty('--aukio-popup-room');
    el.style.removeProperty('--aukio-popup-anchor-inline-size');
  };
}

