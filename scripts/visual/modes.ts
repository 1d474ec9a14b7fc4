// The modes each visual story is photographed in. A baseline is `<story id>/<mode>-<width>.png`.
export interface VisualMode {
  /** The first part of the file name. */
  name: string;
  /** The Storybook globals (the toolbar's theme and text size). */
  globals: { theme: string; textSize: string };
  width: number;
  /** `forced-colors: active` with this system palette (`prefers-color-scheme`). */
  forcedColors?: 'dark' | 'light';
  description: string;
}

const widths = [1280, 320] as const;

/**
 * Light, dark and high contrast (the themes a user picks), forced colours (Windows contrast themes: the
 * browser replaces the colours, on a dark and on a light system palette, with the site in its light theme as
 * the user left it) — each at 1280 and 320 CSS px — and text at 200 % at 320 CSS px.
 */
export const visualModes: VisualMode[] = [
  ...widths.flatMap((width) => [
    { name: 'light', globals: { theme: 'light', textSize: '100' }, width, description: `light theme, ${width} CSS px` },
    { name: 'dark', globals: { theme: 'dark', textSize: '100' }, width, description: `dark theme, ${width} CSS px` },
    { name: 'high-contrast', globals: { theme: 'high-contrast', textSize: '100' }, width, description: `high-contrast theme, ${width} CSS px` },
    { name: 'forced-dark', globals: { theme: 'light', textSize: '100' }, width, forcedColors: 'dark' as const, description: `forced colours, dark system palette, ${width} CSS px` },
    { name: 'forced-light', globals: { theme: 'light', textSize: '100' }, width, forcedColors: 'light' as const, description: `forced colours, light system palette, ${width} CSS px` },
  ]),
  { name: 'text-200', globals: { theme: 'light', textSize: '200' }, width: 320, description: 'light theme, text at 200 %, 320 CSS px' },
];

export const modeKey = (mode: VisualMode) => `${mode.name}-${mode.width}`;

/**
 * The modes grouped by what needs a render of its own: the globals at a width. Forced colours are a media
 * emulation on the rendered page, so they share the light theme's render.
 */
export function rendersOf(modes: VisualMode[]): VisualMode[][] {
  const groups = new Map<string, VisualMode[]>();
  for (const mode of modes) {
    const key = `${mode.width}:${mode.globals.theme}:${mode.globals.textSize}`;
    groups.set(key, [...(groups.get(key) ?? []), mode]);
  }
  return [...groups.values()];
}
