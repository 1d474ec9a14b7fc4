// Real pseudo-class states for the States stories' cells, forced through the DevTools protocol
// (CSS.forcePseudoState), not look-alike classes: the component's own `:hover`, `:focus-visible`, … rules draw.
import type { CDPSession } from 'playwright';

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

interface DomNode {
  nodeId: number;
  children?: DomNode[];
  contentDocument?: DomNode;
}

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

/**
 * Forces each cell's states in the page as it is now (call again after a load). Ancestors get the matching
 * states up to the cell's body (the cell itself and its caption stay as they are).
 * @returns how many cells were forced
 * @throws when a cell names a state that cannot be forced, or has nothing to force it on
 */
export async function forceCellStates(cdp: CDPSession, captions: string[]): Promise<number> {
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1 })) as { root: DomNode };
  const parent = new Map<number, number>();
  const walk = (node: DomNode) => {
    for (const child of [...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
      parent.set(child.nodeId, node.nodeId);
      walk(child);
    }
  };
  walk(root);
  const { nodeIds: cells } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: '[data-visual-force]' });
  for (const [i, cell] of cells.entries()) {
    const caption = captions[i] ?? `cell ${i + 1}`;
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId: cell });
    const value = attributes[attributes.indexOf('data-visual-force') + 1] ?? '';
    const states = value.split(/\s+/).filter(Boolean);
    const unknown = states.filter((s) => !(forceable as readonly string[]).includes(s));
    if (unknown.length) throw new Error(`cell "${caption}": cannot force ${unknown.join(', ')} (only ${forceable.join(', ')})`);
    let { nodeId: target } = await cdp.send('DOM.querySelector', { nodeId: cell, selector: '[data-visual-target]' });
    if (!target) ({ nodeId: target } = await cdp.send('DOM.querySelector', { nodeId: cell, selector: focusable }));
    if (!target) throw new Error(`cell "${caption}": nothing to force ${value} on (no [data-visual-target], nothing focusable)`);
    await cdp.send('CSS.forcePseudoState', { nodeId: target, forcedPseudoClasses: states });
    const { nodeId: body } = await cdp.send('DOM.querySelector', { nodeId: cell, selector: '.aukio-state-cell__body' });
    const up = ancestorStates(states);
    for (let node = parent.get(target); up.length && node !== undefined && node !== cell; node = parent.get(node)) {
      await cdp.send('CSS.forcePseudoState', { nodeId: node, forcedPseudoClasses: up });
      if (node === body) break;
    }
  }
  return cells.length;
}
