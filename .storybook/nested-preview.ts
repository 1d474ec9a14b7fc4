/**
 * A story shown in an iframe of its own on a docs page (`parameters.docs.story.inline: false`, the examples) is a
 * second Storybook preview inside the docs preview. It has no toolbar of its own: it takes the toolbar's globals
 * of the docs preview that contains it, when it loads and whenever they change. Only such a nested preview does
 * this; the docs preview and the story view have the manager as their parent, which is not a preview.
 * Story globals still win (the Swedish example story stays Swedish): Storybook merges them over these.
 */
type Globals = Record<string, unknown>;

interface PreviewChannel {
  sender?: string;
  on(name: string, listener: (this: { from?: string } | undefined, payload: { userGlobals?: Globals; globals?: Globals }) => void): void;
  off(name: string, listener: (...args: never[]) => void): void;
}

interface PreviewWindow {
  __STORYBOOK_PREVIEW__?: {
    storyStoreValue?: { userGlobals?: { get(): Globals } };
    onUpdateGlobals?(update: { globals: Globals }): Promise<void>;
  };
  __STORYBOOK_ADDONS_CHANNEL__?: PreviewChannel;
}

/** The docs preview this preview is nested in, or undefined (no parent, another origin, or the manager). */
function containingPreview(): PreviewWindow | undefined {
  if (typeof window === 'undefined' || window.parent === window) return undefined;
  try {
    const parent = window.parent as unknown as PreviewWindow;
    return parent.__STORYBOOK_PREVIEW__ && parent.__STORYBOOK_ADDONS_CHANNEL__ ? parent : undefined;
  } catch {
    return undefined; // another origin: reading its properties throws
  }
}

const pick = (globals: Globals | undefined, keys: readonly string[]): Globals =>
  Object.fromEntries(keys.filter((key) => globals?.[key] !== undefined).map((key) => [key, globals![key]]));

/** The containing docs preview's current values of `keys`, for this preview's initial globals ({} when not nested). */
export function containingPreviewGlobals(keys: readonly string[]): Globals {
  return pick(containingPreview()?.__STORYBOOK_PREVIEW__?.storyStoreValue?.userGlobals?.get(), keys);
}

/**
 * Applies the containing docs preview's changes of `keys` to this preview as they happen. Storybook 10 also
 * mounts a docs page anew when its globals change (so the iframe loads again and starts from
 * `containingPreviewGlobals`); this keeps a nested preview in step where the page is not mounted again.
 * The change is applied through this preview's own handler of the toolbar's `updateGlobals` request, not by
 * emitting that request on its channel: the channel also posts every event to the parent window, and the
 * docs preview would take the request as one from its own toolbar and render the whole page again.
 */
export function followContainingPreview(keys: readonly string[]): void {
  const parent = containingPreview();
  const channel = parent?.__STORYBOOK_ADDONS_CHANNEL__;
  if (!channel) return;
  const own = window as unknown as PreviewWindow;
  const onGlobals = function (this: { from?: string } | undefined, payload: { userGlobals?: Globals; globals?: Globals }) {
    // The docs preview's channel also hears the events its nested previews post to it: only its own count.
    if (this?.from !== undefined && channel!.sender !== undefined && this.from !== channel!.sender) return;
    const preview = own.__STORYBOOK_PREVIEW__;
    const mine = preview?.storyStoreValue?.userGlobals?.get() ?? {};
    const theirs = pick(payload?.userGlobals ?? payload?.globals, keys);
    const changed = Object.fromEntries(Object.entries(theirs).filter(([key, value]) => mine[key] !== value));
    if (Object.keys(changed).length) void preview?.onUpdateGlobals?.({ globals: changed });
  };
  channel.on('globalsUpdated', onGlobals);
  window.addEventListener('pagehide', () => channel.off('globalsUpdated', onGlobals), { once: true });
}
