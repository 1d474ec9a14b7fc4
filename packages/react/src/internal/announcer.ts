// The one pair of live regions for the whole page. Components and the public announcer API write here,
// so messages never race each other across several regions. While a modal dialog is open (showModal), the
// rest of the page is inert and its live regions are silent (heard with Orca): messages then go to a pair
// of regions inside the top-most open modal dialog instead.

export type Politeness = 'polite' | 'assertive';

const ids: Record<Politeness, string> = { polite: 'aukio-announcer-polite', assertive: 'aukio-announcer-assertive' };

const modalAttribute = 'data-aukio-announcer-modal';

function createRegion(politeness: Politeness, parent: HTMLElement): HTMLElement {
  const el = document.createElement('div');
  el.className = 'aukio-visually-hidden';
  el.setAttribute('aria-live', politeness);
  el.setAttribute('aria-atomic', 'true');
  el.setAttribute('role', politeness === 'assertive' ? 'alert' : 'status');
  parent.appendChild(el);
  return el;
}

function isModal(dialog: Element): boolean {
  try {
    return dialog.matches(':modal');
  } catch {
    // No :modal support (older engines, jsdom): such a dialog was opened without showModal's inertness.
    return false;
  }
}

/** The open modal dialog the user is in (the one holding focus), else the last one opened in the page. */
function topModal(): HTMLElement | undefined {
  const modals = Array.from(document.querySelectorAll<HTMLElement>('dialog[open]')).filter(isModal);
  const active = document.activeElement;
  return modals.find((d) => active && d.contains(active)) ?? modals[modals.length - 1];
}

function documentRegion(politeness: Politeness): HTMLElement {
  const el = document.getElementById(ids[politeness]);
  if (el) return el;
  const created = createRegion(politeness, document.body);
  created.id = ids[politeness];
  return created;
}

function region(politeness: Politeness): HTMLElement | null {
  if (typeof document === 'undefined') return null;
  const modal = topModal();
  if (modal) {
    return modal.querySelector<HTMLElement>(`:scope > [${modalAttribute}="${politeness}"]`) ?? createModalRegion(politeness, modal);
  }
  return documentRegion(politeness);
}

function createModalRegion(politeness: Politeness, modal: HTMLElement): HTMLElement {
  const el = createRegion(politeness, modal);
  el.setAttribute(modalAttribute, politeness);
  return el;
}

const timers = new Map<Politeness, ReturnType<typeof setTimeout>>();

/**
 * Announces a message to screen readers (`lang`: the message's language, when not the page's). The region is emptied first and filled a moment later so the same
 * message twice is still read, and a region created just now is registered before it changes.
 */
export function announce(message: string, politeness: Politeness = 'polite', lang?: string): void {
  const el = region(politeness);
  if (!el) return;
  // The page's own region exists (empty) from the first message on, even when this one goes to a dialog: a
  // dialog that closes before the text is set (a date picker choosing a day) sends the text there, and a
  // region created together with its text is not read by many screen readers (scripts/sr: DatePicker).
  documentRegion(politeness);
  el.textContent = '';
  clearTimeout(timers.get(politeness));
  timers.set(
    politeness,
    setTimeout(() => {
      // Looked up again: an <Announcer /> may have taken over the region (same id) in the meantime.
      const target = region(politeness);
      if (!target) return;
      // A message in another language than the page (a language switch confirming in the new language)
      // carries its own lang, so the screen reader reads it with that language's voice and rules.
      if (lang) target.setAttribute('lang', lang);
      else target.removeAttribute('lang');
      target.textContent = message;
    }, 100),
  );
}

/** Empties both regions (for tests and page changes). */
export function clearAnnouncements(): void {
  for (const p of Object.keys(ids) as Politeness[]) {
    clearTimeout(timers.get(p));
    if (typeof document === 'undefined') continue;
    for (const el of Array.from(document.querySelectorAll(`[id="${ids[p]}"], [${modalAttribute}="${p}"]`))) el.textContent = '';
  }
}
