// npm run bench: what a consuming team downloads, Aukio against its peers, measured in one run.
// Writes docs/benchmarks.md. Peers are installed here (bench/), never by the normal npm install.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { importing, kB, measureCss, measureJs } from '../scripts/bundle-size.mjs';
import { renderBench } from './render.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
if (!existsSync(join(here, 'node_modules/hds-react'))) {
  console.log('bench: installing peers into bench/node_modules …');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--legacy-peer-deps'], { cwd: here, stdio: 'inherit' });
}
if (!existsSync(join(root, 'packages/react/dist/index.js'))) {
  execFileSync('npm', ['run', 'build', '-w', '@aukio/tokens', '-w', '@aukio/react'], { cwd: root, stdio: 'inherit' });
}
const version = (pkg) => JSON.parse(readFileSync(join(here, 'node_modules', pkg, 'package.json'), 'utf8')).version;

// The same three sets from each library. Where a library has no such component the set says so.
const sets = {
  aukio: {
    label: `@aukio/react (workspace)`,
    pkg: '@aukio/react',
    dir: root,
    button: ['Button'],
    form: ['Button', 'TextInput', 'Checkbox', 'Select', 'Dialog'],
  },
  hds: { label: `hds-react ${version('hds-react')}`, pkg: 'hds-react', dir: here, button: ['Button'], form: ['Button', 'TextInput', 'Checkbox', 'Select', 'Dialog'] },
  rac: {
    label: `react-aria-components ${version('react-aria-components')}`,
    pkg: 'react-aria-components',
    dir: here,
    button: ['Button'],
    // A labelled text field, checkbox, select and modal dialog need these parts in RAC.
    form: ['Button', 'TextField', 'Label', 'Input', 'Checkbox', 'Select', 'SelectValue', 'Popover', 'ListBox', 'ListBoxItem', 'Dialog', 'Modal', 'Heading'],
  },
  radix: {
    label: `radix-ui ${version('radix-ui')}`,
    pkg: 'radix-ui',
    dir: here,
    button: null, // Radix has no Button
    form: ['Label', 'Checkbox', 'Select', 'Dialog'], // no Button or TextInput either
  },
  mui: { label: `@mui/material ${version('@mui/material')}`, pkg: '@mui/material', dir: here, button: ['Button'], form: ['Button', 'TextField', 'Checkbox', 'Select', 'MenuItem', 'Dialog', 'DialogTitle'] },
};

const results = {};
for (const [key, s] of Object.entries(sets)) {
  const r = {};
  r.button = s.button ? (await measureJs(importing(s.pkg, s.button), s.dir)).gzip : null;
  r.form = (await measureJs(importing(s.pkg, s.form), s.dir)).gzip;
  r.all = (await measureJs(importing(s.pkg, '*'), s.dir)).gzip;
  results[key] = r;
  console.log(`${s.label}: Button ${r.button === null ? 'n/a' : kB(r.button)}, form set ${kB(r.form)}, everything ${kB(r.all)}`);
}

const cssDir = join(root, 'packages/react/dist');
const allCss = measureCss(join(cssDir, 'styles.css')).gzip;
const formCss = ['base.css', 'Button/Button.css', 'TextInput/TextInput.css', 'Checkbox/Checkbox.css', 'Select/Select.css', 'Dialog/Dialog.css']
  .map((f) => join(cssDir, f))
  .filter(existsSync)
  .map((f) => readFileSync(f))
  .reduce((a, b) => Buffer.concat([a, b]), Buffer.alloc(0));
const { gzipSync } = await import('node:zlib');
const formCssGzip = gzipSync(formCss, { level: 9 }).length;
console.log(`Aukio CSS: all ${kB(allCss)}, form set ${kB(formCssGzip)}`);

const render = await renderBench().catch((e) => ({ error: String(e) }));
if (render.error) console.log(`render bench failed: ${render.error}`);

const ratio = (a, b) => (a === null || b === null ? 'n/a' : `${(a / b).toFixed(2)}`);
const row = (name, k) => {
  const a = results.aukio[k];
  return `| ${name} | ${kB(a)} | ${Object.keys(sets)
    .filter((x) => x !== 'aukio')
    .map((x) => (results[x][k] === null ? 'n/a' : `${kB(results[x][k])} (${ratio(a, results[x][k])})`))
    .join(' | ')} |`;
};
const md = `# Benchmarks

Reproduce with \`npm run bench\` (installs the peers into \`bench/\`, which the normal install never pulls in).
Last run: ${new Date().toISOString().slice(0, 10)}, on a 2-core machine, Node ${process.versions.node}.

## JavaScript a consuming app downloads

esbuild, minified ES modules, React external, \`process.env.NODE_ENV = "production"\`, gzip level 9. In
brackets: Aukio's size divided by the peer's (below 1 means Aukio is smaller).

| Set | Aukio | ${Object.keys(sets).filter((x) => x !== 'aukio').map((x) => sets[x].label).join(' | ')} |
| --- | --- | ${Object.keys(sets).filter((x) => x !== 'aukio').map(() => '---').join(' | ')} |
${row('Button', 'button')}
${row('Form set', 'form')}
${row('Everything', 'all')}

Sets: Aukio ${sets.aukio.form.join(', ')}; react-aria-components ${sets.rac.form.join(', ')}; radix-ui
${sets.radix.form.join(', ')} (it has no Button or text input); @mui/material ${sets.mui.form.join(', ')};
hds-react ${sets.hds.form.join(', ')}. hds-react injects its CSS from JavaScript, so its figures include
styles; Aukio's CSS is a separate file, below.

## CSS

| Aukio | gzip |
| --- | --- |
| All components (\`@aukio/react/styles.css\`, tokens included) | ${kB(allCss)} |
| Form set (\`base.css\` + the five components' CSS) | ${kB(formCssGzip)} |

## Render cost in headless Chromium

${render.error ? `Not measured in this run: ${render.error}` : render.markdown}

## Budgets held in \`npm test\`

\`scripts/size-budget.mjs\`: Button at most 2 kB gzip, the form set at most 20 kB, all CSS at most 25 kB.
`;
writeFileSync(join(root, 'docs/benchmarks.md'), md);
console.log('\nwrote docs/benchmarks.md');
