// Bundle size as a consuming app sees it: esbuild, minified ES modules, React external, production
// defines, gzip level 9. Shared by the budget check (npm test) and the peer benchmark (npm run bench).
import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

export const reactExternal = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client', 'react-dom/server'];

/**
 * @param {string} code   an ES module that imports what is measured and keeps it alive
 * @param {string} resolveDir  where bare imports are resolved from
 * @returns {Promise<{ raw: number, gzip: number }>}
 */
export async function measureJs(code, resolveDir) {
  const result = await build({
    stdin: { contents: code, resolveDir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    platform: 'browser',
    external: reactExternal,
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    logLevel: 'silent',
    legalComments: 'none',
  });
  const out = result.outputFiles.map((f) => f.contents);
  const bytes = Buffer.concat(out.map((c) => Buffer.from(c)));
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Code that imports the named exports of a package and keeps them from being tree-shaken away. */
export function importing(pkg, names) {
  if (names === '*') return `import * as all from '${pkg}';\nexport default all;`;
  return `import { ${names.join(', ')} } from '${pkg}';\nexport default [${names.join(', ')}];`;
}

export function measureCss(file) {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

export const kB = (n) => `${(n / 1024).toFixed(2)} kB`;
