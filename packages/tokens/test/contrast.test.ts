// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contrastRatio, contrastThresholds } from '../src/contrast.js';
import { contrastPairs, resolveTheme, themes } from '../src/load.js';

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
  it('meets the contrast minimum for every declared pair', async () => {
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
      const min = contrastThresholds[pair.kind as 'text' | 'ui'];
      if (ratio < min) failures.push(`${pair.foreground} (${fg}) on ${pair.background} (${bg}): ${ratio.toFixed(2)}:1 < ${min}:1`);
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
