// The exports map of @aukio/react, derived from its component folders: the root entry, one subpath per
// component (`@aukio/react/Button`), one CSS entry per component (`@aukio/react/Button.css`), the whole
// stylesheet and the shared base stylesheet. `--write` updates package.json; the conventions check
// compares.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const pkgPath = 'packages/react/package.json';
const src = 'packages/react/src';

export function expectedExports() {
  const components = readdirSync(src)
    .filter((d) => /^[A-Z]/.test(d) && statSync(join(src, d)).isDirectory())
    .sort();
  const exports = {
    '.': { types: './dist/index.d.ts', default: './dist/index.js' },
    // Server-safe helpers only, no client module behind them (src/server.ts).
    './server': { types: './dist/server.d.ts', default: './dist/server.js' },
    './styles.css': './dist/styles.css',
    './base.css': './dist/base.css',
    './apply-preferences.js': './dist/apply-preferences.js',
    './conformance.json': './dist/conformance.json',
  };
  for (const c of components) {
    exports[`./${c}`] = { types: `./dist/${c}/index.d.ts`, default: `./dist/${c}/index.js` };
    exports[`./${c}.css`] = `./dist/${c}/${c}.css`;
  }
  exports['./package.json'] = './package.json';
  return exports;
}

export function exportsInSync() {
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  return JSON.stringify(pkg.exports) === JSON.stringify(expectedExports());
}

if (process.argv.includes('--write')) {
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
  pkg.exports = expectedExports();
  writeFileSync(pkgPath, `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`${pkgPath}: ${Object.keys(pkg.exports).length} export entries`);
}
