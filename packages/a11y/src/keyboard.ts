// WCAG 2.1.2 No Keyboard Trap: pressing Tab must keep moving focus, and it must eventually leave the content
// or come back round to where it started. checks.js has no such check.

export type Violation = import('./checks.ts').Violation;

/**
 * Presses Tab up to `presses` times from the start of the page. Fails when focus stays on one element for
 * `stuckAfter` presses in a row, or when it circles among a few elements inside `within` without ever reaching
 * the rest (the elements it visited form the trap).
 */
export async function checkKeyboardTrap(page: import('playwright').Page, { presses = 40, stuckAfter = 3, within }: { presses?: number, stuckAfter?: number, within?: string } = {}): Promise<Violation[]> {
  await page.evaluate(() => {
    if (document.activeElement && document.activeElement !== document.body) (document.activeElement as HTMLElement).blur();
    window.scrollTo(0, 0);
  });
  const total = await page.evaluate(
    (scope) => {
      const root = scope ? document.querySelector(scope) : document.body;
      if (!root) return 0;
      const sel = 'a[href],area[href],button,input:not([type="hidden"]),select,textarea,summary,iframe,[tabindex]:not([tabindex="-1"]),[contenteditable="true"]';
      return [...root.querySelectorAll(sel)].filter((e) => {
        const el = (e as HTMLElement & { disabled?: boolean });
        return !el.disabled && !el.closest('[inert]') && (!el.checkVisibility || el.checkVisibility({ visibilityProperty: true }));
      }).length;
    },
    within ?? null,
  );
  if (total === 0) return [];
  const sequence: string[] = [];
  let same = 0;
  for (let i = 0; i < Math.max(presses, total + 2); i++) {
    await page.keyboard.press('Tab');
    const key = await page.evaluate((scope) => {
      const el = document.activeElement;
      if (!el || el === document.body || el === document.documentElement) return '#out';
      if (scope && !el.closest(scope)) return '#out';
      const ids = (window.__aukioTrapIds ??= Object.assign(new WeakMap<Element, string>(), { n: 0 }));
      if (!ids.has(el)) ids.set(el, `${el.localName}${el.id ? `#${el.id}` : ''}[${(ids.n = (ids.n ?? 0) + 1)}]`);
      return ids.get(el) ?? '#out';
    }, within ?? null);
    if (key === '#out') return []; // focus left the content: no trap
    if (sequence.length && sequence[sequence.length - 1] === key) {
      same++;
      if (same >= stuckAfter - 1) {
        return [{ check: 'keyboard-trap', criterion: '2.1.2', level: 'A', advisory: false, target: key.replace(/\[\d+\]$/, ''), message: `focus stays on ${key.replace(/\[\d+\]$/, '')} after ${stuckAfter} presses of Tab` }];
      }
    } else same = 0;
    if (sequence.includes(key) && sequence[0] === key) return []; // came back round to the first element: a cycle through the page
    if (sequence.includes(key)) {
      // Back to an element seen before, but not the first: focus circles in part of the page.
      const loop = sequence.slice(sequence.indexOf(key));
      const unseen = total - new Set(sequence).size;
      if (unseen > 0) {
        const names = loop.map((k) => k.replace(/\[\d+\]$/, ''));
        return [{ check: 'keyboard-trap', criterion: '2.1.2', level: 'A', advisory: false, target: names[0], message: `Tab cycles among ${loop.length} element(s) (${names.slice(0, 4).join(', ')}) and never reaches ${unseen} other focusable element(s)` }];
      }
      return [];
    }
    sequence.push(key);
  }
  return [];
}
