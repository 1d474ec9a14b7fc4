// Loads the DTCG token files through Style Dictionary and returns the resolved tokens.
// Shared by the build and the contrast test so both see exactly the same values.
import StyleDictionary from 'style-dictionary';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const tokensDir = fileURLToPath(new URL('../tokens/', import.meta.url));

/**
 * Theme metadata (tokens/themes.json): contrast minimums per theme, CSS color-scheme, and the media queries
 * `data-aukio-theme="auto"` follows.
 * @type {{ default: string, themes: Record<string, { colorScheme: 'light' | 'dark', contrast: { text: number, ui: number }, description: string }>, auto: { media: string, theme: string }[] }}
 */
export const themeMeta = JSON.parse(readFileSync(`${tokensDir}themes.json`, 'utf8'));

/** Every theme, the default first. Each has a `tokens/color.<theme>.json` with the same keys. */
export const themes = Object.keys(themeMeta.themes);

/** Minimum contrast for each kind of pair in a theme. @param {string} theme */
export function thresholdsFor(theme) {
  const meta = themeMeta.themes[theme];
  if (!meta) throw new Error(`Unknown theme: ${theme}`);
  return meta.contrast;
}

/** Source files for a theme: shared base tokens, palette, and the theme's semantic colours. */
export function sourcesFor(theme) {
  return [`${tokensDir}base.json`, `${tokensDir}color.palette.json`, `${tokensDir}color.${theme}.json`];
}

/** @returns {Promise<Map<string, {value: unknown, type: string, description?: string}>>} path "a.b.c" -> token */
export async function resolveTheme(theme) {
  const sd = new StyleDictionary({
    source: sourcesFor(theme),
    usesDtcg: true,
    log: { verbosity: 'silent' },
    platforms: { resolved: { transforms: [] } },
  });
  const tree = await sd.exportPlatform('resolved');
  const out = new Map();
  const walk = (node, path) => {
    if (node && typeof node === 'object' && '$value' in node) {
      out.set(path.join('.'), { value: node.$value, type: node.$type, description: node.$description });
      return;
    }
    for (const [k, v] of Object.entries(node ?? {})) if (!k.startsWith('$')) walk(v, [...path, k]);
  };
  walk(tree, []);
  return out;
}

export function contrastPairs() {
  return JSON.parse(readFileSync(`${tokensDir}contrast-pairs.json`, 'utf8')).pairs;
}
