// Loads the DTCG token files through Style Dictionary and returns the resolved tokens.
// Shared by the build and the contrast test so both see exactly the same values.
import StyleDictionary from 'style-dictionary';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const tokensDir = fileURLToPath(new URL('../tokens/', import.meta.url));

export interface ThemeMeta {
  default: string;
  themes: Record<string, { colorScheme: 'light' | 'dark'; contrast: { text: number; ui: number }; description: string }>;
  auto: { media: string; theme: string }[];
}

/** A resolved token: its value, DTCG type and description. */
export interface ResolvedToken {
  value: unknown;
  type: string;
  description?: string;
}

/**
 * Theme metadata (tokens/themes.json): contrast minimums per theme, CSS color-scheme, and the media queries
 * `data-aukio-theme="auto"` follows.
 */
export const themeMeta: ThemeMeta = JSON.parse(readFileSync(`${tokensDir}themes.json`, 'utf8'));

/** Every theme, the default first. Each has a `tokens/color.<theme>.json` with the same keys. */
export const themes = Object.keys(themeMeta.themes);

/** Minimum contrast for each kind of pair in a theme. */
export function thresholdsFor(theme: string): { text: number; ui: number } {
  const meta = themeMeta.themes[theme];
  if (!meta) throw new Error(`Unknown theme: ${theme}`);
  return meta.contrast;
}

/** Source files for a theme: shared base tokens, palette, and the theme's semantic colours. */
export function sourcesFor(theme: string): string[] {
  return [`${tokensDir}base.json`, `${tokensDir}color.palette.json`, `${tokensDir}color.${theme}.json`];
}

/** Every token of a theme, resolved: path "a.b.c" -> token. */
export async function resolveTheme(theme: string): Promise<Map<string, ResolvedToken>> {
  const sd = new StyleDictionary({
    source: sourcesFor(theme),
    usesDtcg: true,
    log: { verbosity: 'silent' },
    platforms: { resolved: { transforms: [] } },
  });
  const tree = await sd.exportPlatform('resolved');
  const out = new Map<string, ResolvedToken>();
  type Node = { $value?: unknown; $type?: string; $description?: string; [key: string]: unknown };
  const walk = (node: Node | undefined, path: string[]) => {
    if (node && typeof node === 'object' && '$value' in node) {
      out.set(path.join('.'), { value: node.$value, type: String(node.$type), description: node.$description });
      return;
    }
    for (const [k, v] of Object.entries(node ?? {})) if (!k.startsWith('$')) walk(v as Node, [...path, k]);
  };
  walk(tree, []);
  return out;
}

/** The colour pairs that must reach a contrast (tokens/contrast-pairs.json). */
export function contrastPairs(): { kind: 'text' | 'ui'; foreground: string; background: string }[] {
  return JSON.parse(readFileSync(`${tokensDir}contrast-pairs.json`, 'utf8')).pairs;
}
