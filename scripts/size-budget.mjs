// Size budgets enforced in npm test. These are floors to hold, not the goal (docs/benchmarks.md has the
// comparison with peers). Run after the package build.
import { existsSync } from 'node:fs';
import { importing, kB, measureCss, measureJs } from './bundle-size.mjs';

export const formSet = ['Button', 'TextInput', 'Checkbox', 'Select', 'Dialog'];
const budgets = [
  { name: 'Button', names: ['Button'], max: 2 * 1024 },
  { name: `form set (${formSet.join(', ')})`, names: formSet, max: 20 * 1024 },
];
const cssBudget = 25 * 1024;

const dir = process.cwd();
if (!existsSync('packages/react/dist/index.js')) {
  console.error('size budget: build @aukio/react first (npm run build)');
  process.exit(1);
}
const api = await import(new URL('../packages/react/dist/index.js', import.meta.url).href).catch(() => null);
let failed = 0;
for (const b of budgets) {
  const missing = api ? b.names.filter((n) => !(n in api)) : [];
  if (missing.length) {
    console.error(`size budget: ${b.name}: @aukio/react does not export ${missing.join(', ')}`);
    failed++;
    continue;
  }
  const { gzip } = await measureJs(importing('@aukio/react', b.names), dir);
  const ok = gzip <= b.max;
  if (!ok) failed++;
  console.log(`size budget: ${b.name}: ${kB(gzip)} gzip (budget ${kB(b.max)}) ${ok ? 'ok' : 'OVER'}`);
}
// Development checks must vanish from production bundles: none of the misuse warnings' texts may remain
// (missing accessible name, Dialog without title, duplicate id, ErrorSummary link to nothing, Table
// without caption). Errors thrown for outright misuse (a hook outside its provider) stay, by design.
{
  const { build } = await import('esbuild');
  const all = await build({
    stdin: { contents: importing('@aukio/react', '*'), resolveDir: dir, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  });
  const devTexts = ['has no accessible name', 'has an empty title', 'is used by more than one element', 'but no element on the page has that id', 'has an empty caption'];
  const leaked = devTexts.some((t) => all.outputFiles[0].text.includes(t));
  if (leaked) failed++;
  console.log(`size budget: production bundle ${leaked ? 'CONTAINS development warnings' : 'carries no development warnings'}`);
}

const css = measureCss('packages/react/dist/styles.css');
const cssOk = css.gzip <= cssBudget;
if (!cssOk) failed++;
console.log(`size budget: all CSS: ${kB(css.gzip)} gzip (budget ${kB(cssBudget)}) ${cssOk ? 'ok' : 'OVER'}`);
process.exit(failed ? 1 : 0);
