import { addons } from 'storybook/preview-api';

/**
 * The toolbar's globals as the preview last heard them, for what renders outside a story: the docs page around
 * the stories (its colours, <html> attributes on pages without a story). Stories read theirs from their context.
 */
type Globals = Record<string, unknown>;
let globals: Globals = {};
const listeners = new Set<(g: Globals) => void>();

function update(next: { globals?: Globals } | undefined) {
  if (!next?.globals) return;
  globals = next.globals;
  for (const listener of listeners) listener(globals);
}

try {
  const channel = addons.getChannel();
  channel.on('setGlobals', update);
  channel.on('globalsUpdated', update);
} catch {
  // No channel (a story rendered outside Storybook, e.g. composeStories): nothing to follow.
}

export const currentGlobals = (): Globals => globals;

export function subscribeGlobals(listener: (g: Globals) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
