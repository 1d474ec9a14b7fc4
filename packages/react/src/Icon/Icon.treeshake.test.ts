// @vitest-environment node
// A named import of one icon must not bring the other icons' drawings into an app's bundle.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const folder = fileURLToPath(new URL('.', import.meta.url));
const drawings = [...readFileSync(`${folder}icons.ts`, 'utf8').matchAll(/createIcon\(\s*'(\w+)',\s*'([^']+)'/g)].map(
  ([, name = '', d = '']) => ({ name, d }),
);

async function bundle(code: string): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: folder, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    jsx: 'automatic',
    minify: false,
    external: ['react', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  return result.outputFiles.map((file) => file.text).join('\n');
}

describe('tree shaking', () => {
  it('finds the drawings in the source', () => {
    expect(drawings.length).toBeGreaterThanOrEqual(40);
  });

  it('keeps only the imported icon', async () => {
    const output = await bundle("import { CloseIcon } from './index'; export const used = CloseIcon;");
    const kept = drawings.filter(({ d }) => output.includes(d)).map(({ name }) => name);
    expect(kept).toEqual(['CloseIcon']);
  });

  it('keeps every icon when all are used (the check can fail)', async () => {
    const output = await bundle("import * as all from './index'; export const used = all;");
    expect(drawings.filter(({ d }) => !output.includes(d))).toEqual([]);
  });
});
