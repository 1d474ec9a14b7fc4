// One W3C Design Tokens (DTCG, format 2025.10) file per theme, for design tools: the same token files the CSS is
// built from (base, palette, the theme's colours), with aliases kept as `{group.token}` and the values in the
// format's object forms (colours with colour space and hex, dimensions and durations with a unit).
import { readFileSync } from 'node:fs';
import { sourcesFor, themeMeta } from './load.ts';

type Node = { $value?: unknown; $type?: string; $description?: string; [key: string]: unknown };

const alias = (v: unknown) => typeof v === 'string' && /^\{[^}]+\}$/.test(v);

/** "#0b4597" -> { colorSpace: 'srgb', components: [r, g, b], hex } with components 0..1. */
function colour(hex: string) {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const components = [0, 2, 4].map((i) => Math.round((parseInt(full.slice(i, i + 2), 16) / 255) * 10000) / 10000);
  return { colorSpace: 'srgb', components, hex: `#${full.toLowerCase()}` };
}

/** "1.5rem" -> { value: 1.5, unit: 'rem' } */
function withUnit(text: string, units: string[]) {
  const m = /^(-?\d*\.?\d+)([a-z]+)$/.exec(text.trim());
  if (!m || !units.includes(m[2]!)) throw new Error(`DTCG: "${text}" is not a number with one of ${units.join(', ')}`);
  return { value: Number(m[1]), unit: m[2] };
}

/** A CSS font stack as the list of family names DTCG asks for. */
const families = (stack: string) => stack.split(',').map((f) => f.trim().replace(/^["']|["']$/g, ''));

/**
 * Tokens whose CSS value is built from other tokens with var(): DTCG composites with aliases instead.
 * The CSS build keeps the var() strings (a theme's block re-resolves them); design tools get the parts.
 */
const composites: Record<string, Node> = {
  'focus.outline': { $type: 'border', $value: { color: '{color.focus.outer}', width: '{focus.width}', style: 'solid' } },
  'focus.shadow': {
    $type: 'shadow',
    $value: {
      color: '{color.focus.inner}',
      offsetX: { value: 0, unit: 'px' },
      offsetY: { value: 0, unit: 'px' },
      blur: { value: 0, unit: 'px' },
      spread: '{focus.width}',
    },
  },
  // DTCG dimensions are px or rem only; a measure is in em of the text's own size.
  'measure.text': { $type: 'number', $value: 38, $description: 'In em of the text\'s own size (CSS: 38em); DTCG dimensions have only px and rem.' },
};

function value(type: string | undefined, v: unknown, path: string): unknown {
  if (alias(v)) return v;
  switch (type) {
    case 'color':
      return colour(String(v));
    case 'dimension':
      return withUnit(String(v), ['px', 'rem']);
    case 'duration':
      return withUnit(String(v), ['ms', 's']);
    case 'fontFamily':
      return typeof v === 'string' ? families(v) : v;
    case 'fontWeight':
    case 'number':
    case 'cubicBezier':
      return v;
    default:
      throw new Error(`DTCG: ${path} has type ${type}, which the format does not have; give it a composite in dtcg.ts`);
  }
}

/** The `$description` of a token in the default theme's file (where every colour token's use is written). */
function defaultDescription(path: string[]): string | undefined {
  let node: Node | undefined = JSON.parse(readFileSync(sourcesFor(themeMeta.default).at(-1)!, 'utf8')) as Node;
  for (const key of path) node = node?.[key] as Node | undefined;
  return node?.$description;
}

/**
 * Converts one source tree (inherited `$type`s written on each token, so every token says its type). A colour
 * token without a description of its own in this theme gets the default theme's: its use is the same.
 */
function convert(node: Node, path: string[], inherited: string | undefined): Node {
  const type = node.$type ?? inherited;
  if ('$value' in node) {
    const key = path.join('.');
    const composite = composites[key];
    const out: Node = composite ? { ...composite } : { $type: type, $value: value(type, node.$value, key) };
    const own = node.$description ?? (path[0] === 'color' ? defaultDescription(path) : undefined);
    const notes = [own, composite?.$description].filter(Boolean);
    if (notes.length) out.$description = notes.join(' ');
    return out;
  }
  const out: Node = {};
  if (node.$description && path.length) out.$description = node.$description;
  for (const [k, v] of Object.entries(node)) {
    if (!k.startsWith('$') && v && typeof v === 'object') out[k] = convert(v as Node, [...path, k], type);
  }
  return out;
}

/** The DTCG document of a theme: every token of the CSS build, aliases as `{group.token}`. */
export function dtcgTheme(theme: string): Node {
  const doc: Node = { $description: `Aukio design tokens, ${theme} theme. ${themeMeta.themes[theme]?.description ?? ''}`.trim() };
  for (const file of sourcesFor(theme)) {
    const tree = convert(JSON.parse(readFileSync(file, 'utf8')) as Node, [], undefined);
    for (const [k, v] of Object.entries(tree)) if (!k.startsWith('$')) doc[k] = v;
  }
  return doc;
}
