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
  const sender = (channel as unknown as { sender?: string }).sender;
  // Only this preview's own globals: a story in an iframe of its own on a docs page (the examples) is a preview
  // too, and its channel posts its events to this window, so without the check the docs page took the
  // globals of the last example that rendered (the Swedish example's language, a light theme under Dark).
  const own = function (this: { from?: string } | undefined, next: { globals?: Globals } | undefined) {
    if (this?.from !== undefined && sender !== undefined && this.from !== sender) return;
    update(next);
  };
  channel.on('setGlobals', own);
  channel.on('globalsUpdated', own);
} catch {
  // No channel (a story rendered outside Storybook, e.g. composeStories): nothing to follow.
}

export const currentGlobals = (): Globals => globals;

export function subscribeGlobals(listener: (g: Globals) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
