// Real pseudo-class states for the States stories' cells, forced through the DevTools protocol
// (CSS.forcePseudoState), not look-alike classes: the component's own `:hover`, `:focus-visible`, … rules draw.
import type { CDPSession, Page } from 'playwright';

/** What a cell's `data-visual-force` may name: the pseudo-classes the DevTools protocol can force. */
export const forceable = ['hover', 'focus', 'focus-visible', 'active', 'focus-within'] as const;

/** The element a cell's state is forced on when none is marked `data-visual-target`: the first focusable one. */
const focusable = [
  'a[href]',
  'button',
  'input:not([type="hidden"])',
  'select',
  'textarea',
  'summary',
  '[tabindex]:not([tabindex="-1"])',
  '[contenteditable]:not([contenteditable="false"])',
].join(', ');

/**
 * What the real state does to the target's ancestors, which the forced one must do too: a pointer over an
 * element is over its ancestors (`:hover`), a press is on them (`:active`), and focus in an element is focus
 * within each of them (`:focus-within`).
 */
function ancestorStates(states: string[]): string[] {
  const out = new Set<string>();
  for (const s of states) {
    if (s === 'hover' || s === 'active') out.add(s);
    if (s === 'focus' || s === 'focus-visible' || s === 'focus-within') out.add('focus-within');
  }
  return [...out];
}

interface Plan {
  caption: string;
  states: string[];
  /** Document-order indices of the elements (-1: none found). */
  target: number;
  ancestors: number[];
}

/**
 * Forces each cell's states in the page as it is now (call again after a render: asking the protocol for the
 * document forgets forced states). Ancestors get the matching states up to the cell's body (the cell itself
 * and its caption stay as they are). The page finds the elements; the protocol knows them by the same
 * document order, so forcing is one round trip per element, all in parallel.
 * @returns how many cells were forced
 * @throws when a cell names a state that cannot be forced, or has nothing to force it on
 */
export async function forceCellStates(page: Page, cdp: CDPSession): Promise<number> {
  const { count, cells } = await page.evaluate((selector) => {
    const all = [...document.querySelectorAll('*')];
    const index = new Map(all.map((e, i) => [e, i]));
    const plans = [...document.querySelectorAll('[data-visual-force]')].map((cell) => {
      const target = cell.querySelector('[data-visual-target]') ?? cell.querySelector(selector);
      const body = cell.querySelector('.aukio-state-cell__body');
      const ancestors: number[] = [];
      for (let e = target?.parentElement; e && e !== cell; e = e.parentElement) {
        ancestors.push(index.get(e) ?? -1);
        if (e === body) break;
      }
      return {
        caption: cell.querySelector('figcaption')?.textContent?.trim() ?? '',
        states: (cell.getAttribute('data-visual-force') ?? '').split(/\s+/).filter(Boolean),
        target: target ? (index.get(target) ?? -1) : -1,
        ancestors,
      };
    });
    return { count: all.length, cells: plans };
  }, focusable);
  if (cells.length === 0) return 0;
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '*' });
  if (nodeIds.length !== count) throw new Error(`the page changed while its states were being forced (${count} elements, then ${nodeIds.length})`);
  const sends: Promise<unknown>[] = [];
  for (const { caption, states, target, ancestors } of cells as Plan[]) {
    const unknown = states.filter((s) => !(forceable as readonly string[]).includes(s));
    if (unknown.length) throw new Error(`cell "${caption}": cannot force ${unknown.join(', ')} (only ${forceable.join(', ')})`);
    if (target < 0) throw new Error(`cell "${caption}": nothing to force ${states.join(' ')} on (no [data-visual-target], nothing focusable)`);
    const force = (i: number, forcedPseudoClasses: string[]) => sends.push(cdp.send('CSS.forcePseudoState', { nodeId: nodeIds[i] as number, forcedPseudoClasses }));
    force(target, states);
    const up = ancestorStates(states);
    if (up.length) for (const i of ancestors) force(i, up);
  }
  await Promise.all(sends);
  return cells.length;
}
