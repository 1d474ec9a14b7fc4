// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contrastRatio } from '../src/contrast.ts';
import { contrastPairs, resolveTheme, themeMeta, themes, thresholdsFor, tokensDir } from '../src/load.ts';

/** Every token path under `color` in a theme file, sorted. */
function colourKeys(theme: string): string[] {
  const json = JSON.parse(readFileSync(`${tokensDir}color.${theme}.json`, 'utf8'));
  const out: string[] = [];
  const walk = (node: Record<string, unknown>, path: string[]) => {
    if ('$value' in node) {
      out.push(path.join('.'));
      return;
    }
    for (const [k, v] of Object.entries(node)) if (!k.startsWith('$') && v && typeof v === 'object') walk(v as Record<string, unknown>, [...path, k]);
  };
  walk(json, []);
  return out.sort();
}

describe('themes', () => {
  it('has light as the default and at least light, dark and high-contrast', () => {
    expect(themes[0]).toBe('light');
    expect(themeMeta.default).toBe('light');
    expect(themes).toEqual(expect.arrayContaining(['light', 'dark', 'high-contrast']));
  });

  it.each(themes.filter((t) => t !== 'light'))('%s has exactly the same colour keys as light', (theme) => {
    const light = colourKeys('light');
    const other = colourKeys(theme);
    expect(other.filter((k) => !light.includes(k)), `keys in ${theme} that light lacks`).toEqual([]);
    expect(light.filter((k) => !other.includes(k)), `keys missing from ${theme}`).toEqual([]);
  });

  it('gives every colour token a use text in the default theme (shown on Foundations/Colour and in the DTCG files)', () => {
    const json = JSON.parse(readFileSync(`${tokensDir}color.${themeMeta.default}.json`, 'utf8'));
    const without = colourKeys(themeMeta.default).filter((key) => !key.split('.').reduce((n, k) => n[k], json).$description);
    expect(without).toEqual([]);
  });

  it('asks 7:1 for text and 4.5:1 for boundaries in high-contrast, and at least AA everywhere', () => {
    expect(thresholdsFor('high-contrast')).toEqual({ text: 7, ui: 4.5 });
    for (const theme of themes) {
      expect(thresholdsFor(theme).text).toBeGreaterThanOrEqual(4.5);
      expect(thresholdsFor(theme).ui).toBeGreaterThanOrEqual(3);
    }
  });

  it('"auto" follows only known themes', () => {
    for (const rule of themeMeta.auto) expect(themes).toContain(rule.theme);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    // #767676 on white is the well-known 4.54:1 grey.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#ddd', '#fff')).toBeLessThan(1.5);
  });
});

describe.each(themes)('%s theme', (theme) => {
  it(`meets the theme's contrast minimum for every declared pair`, async () => {
    const tokens = await resolveTheme(theme);
    const failures: string[] = [];
    for (const pair of contrastPairs()) {
      const fg = tokens.get(pair.foreground)?.value;
      const bg = tokens.get(pair.background)?.value;
      if (typeof fg !== 'string' || typeof bg !== 'string') {
        failures.push(`${pair.foreground} on ${pair.background}: token missing`);
        continue;
      }
      const ratio = contrastRatio(fg, bg);
      const min = thresholdsFor(theme)[pair.kind as 'text' | 'ui'];
      if (ratio < min) failures.push(`${theme}: ${pair.foreground} (${fg}) on ${pair.background} (${bg}): ${ratio.toFixed(2)}:1 < ${min}:1`);
    }
    expect(failures).toEqual([]);
  });

  it('declares rem type sizes and targets of at least 24px and 44px', async () => {
    const tokens = await resolveTheme(theme);
    for (const [path, t] of tokens) {
      if (path.startsWith('font.size.')) expect(String(t.value), path).toMatch(/^\d+(\.\d+)?rem$/);
    }
    const rem = (p: string) => parseFloat(String(tokens.get(p)?.value)) * 16;
    expect(rem('target.min')).toBeGreaterThanOrEqual(24);
    expect(rem('target.primary')).toBeGreaterThanOrEqual(44);
    expect(rem('font.size.body')).toBe(18);
    expect(tokens.get('font.line-height.body')?.value).toBeGreaterThanOrEqual(1.5);
    expect(parseFloat(String(tokens.get('focus.width')?.value))).toBeGreaterThanOrEqual(3);
  });
});
