// The one pair of live regions for the whole page. Components and the public announcer API write here,
// so messages never race each other across several regions.

export type Politeness = 'polite' | 'assertive';

const ids: Record<Politeness, string> = { polite: 'aukio-announcer-polite', assertive: 'aukio-announcer-assertive' };

function region(politeness: Politeness): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  let el = document.getElementById(ids[politeness]);
  if (!el) {
    el = document.createElement('div');
    el.id = ids[politeness];
    el.className = 'aukio-visually-hidden';
    el.setAttribute('aria-live', politeness);
    el.setAttribute('aria-atomic', 'true');
    if (politeness === 'assertive') el.setAttribute('role', 'alert');
    else el.setAttribute('role', 'status');
    document.body.appendChild(el);
  }
  return el;
}

const timers = new Map<Politeness, ReturnType<typeof setTimeout>>();

/**
 * Announces a message to screen readers. The region is emptied first and filled a moment later so the same
 * message twice is still read, and a region created just now is registered before it changes.
 */
export function announce(message: string, politeness: Politeness = 'polite'): void {
  const el = region(politeness);
  if (!el) return;
  el.textContent = '';
  clearTimeout(timers.get(politeness));
  timers.set(
    politeness,
    setTimeout(() => {
      // Looked up again: an <Announcer /> may have taken over the region (same id) in the meantime.
      const target = region(politeness);
      if (target) target.textContent = message;
    }, 100),
  );
}

/** Empties both regions (for tests and page changes). */
export function clearAnnouncements(): void {
  for (const p of Object.keys(ids) as Politeness[]) {
    clearTimeout(timers.get(p));
    const el = typeof document === 'undefined' ? null : document.getElementById(ids[p]);
    if (el) el.textContent = '';
  }
}
