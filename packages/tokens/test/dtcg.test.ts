// @vitest-environment node
// The design-tool files (dist/dtcg/aukio-<theme>.tokens.json, written by `npm run build:tokens`) read by an
// independent DTCG parser, Terrazzo's, with its own validation: every file must parse without an error, and each
// token must resolve through its aliases to the value the CSS build resolved (Style Dictionary).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { defineConfig, parse } from '@terrazzo/parser';
import { resolveTheme, themes } from '../src/load.ts';

const dist = new URL('../dist/dtcg/', import.meta.url);
const config = defineConfig({}, { cwd: dist });

async function parseTheme(theme: string) {
  const filename = new URL(`aukio-${theme}.tokens.json`, dist);
  return parse([{ filename, src: readFileSync(filename, 'utf8') }], { config });
}

/** A resolved Terrazzo value in the CSS build's notation, for the token types whose notation differs. */
function asCss(type: string, value: unknown): unknown {
  const v = value as { hex?: string; value?: number; unit?: string } | string[];
  if (type === 'color') return (v as { hex?: string }).hex;
  if (type === 'dimension' || type === 'duration') return `${(v as { value: number }).value}${(v as { unit: string }).unit}`;
  if (type === 'fontFamily') return (v as string[]).join(', ');
  return value;
}

describe.each(themes)('DTCG file of the %s theme', (theme) => {
  it('parses and validates with Terrazzo, and every token resolves to the CSS build value', async () => {
    const { tokens } = await parseTheme(theme);
    const built = await resolveTheme(theme);
    // Same token paths as the CSS build.
    expect(Object.keys(tokens).sort()).toEqual([...built.keys()].sort());
    const differ: string[] = [];
    for (const [path, token] of built) {
      if (token.type === 'string' || path === 'measure.text') continue; // composites in the DTCG file, checked below
      const parsed = tokens[path]!;
      const ours = token.type === 'fontFamily' ? String(token.value).replace(/"/g, '') : token.value;
      const theirs = asCss(parsed.$type, parsed.$value);
      if (JSON.stringify(theirs) !== JSON.stringify(ours)) differ.push(`${path}: DTCG ${JSON.stringify(theirs)}, CSS ${JSON.stringify(ours)}`);
    }
    expect(differ).toEqual([]);
  });

  it('keeps the semantic colours as aliases of the palette, and the focus ring as composites of the theme', async () => {
    const { tokens } = await parseTheme(theme);
    const text = tokens['color.text.default']!;
    expect(text.aliasOf).toMatch(/^palette\./);
    const outline = tokens['focus.outline']!;
    expect(outline.$type).toBe('border');
    const built = await resolveTheme(theme);
    expect((outline.$value as { color: { hex: string } }).color.hex).toBe(built.get('color.focus.outer')!.value);
    expect((tokens['focus.shadow']!.$value as { color: { hex: string } }[])[0]!.color.hex).toBe(built.get('color.focus.inner')!.value);
  });
});

it('fails on a token the format does not allow (the parser is not lenient)', async () => {
  const src = JSON.stringify({ color: { $type: 'color', bad: { $value: 'var(--x)' } } });
  await expect(parse([{ filename: new URL('planted.tokens.json', dist), src }], { config })).rejects.toThrow();
});
