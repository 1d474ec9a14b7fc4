// Strict Content-Security-Policy: every story is rendered on a page served with
//   default-src 'self'; style-src 'self'; script-src 'self'
// first as server-rendered HTML (renderToString, put into the page), then hydrated, and the page must
// report zero `securitypolicyviolation` events. Proves Aukio needs no 'unsafe-inline' for styles or scripts.
import { build } from 'esbuild';
import { createServer } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.ts';

const root = resolve(import.meta.dirname, '..');
const src = join(root, 'packages/react/src');
const css = join(root, 'packages/react/dist/styles.css');
if (!existsSync(css)) {
  console.error('csp check: build @aukio/react first (npm run build)');
  process.exit(1);
}
const CSP = "default-src 'self'; style-src 'self'; script-src 'self'";

const storyFiles = readdirSync(src)
  .filter((d) => statSync(join(src, d)).isDirectory())
  .map((d) => join(src, d, `${d}.stories.tsx`))
  .filter(existsSync);

const dir = mkdtempSync(join(tmpdir(), 'aukio-csp-'));
const entry = join(dir, 'entry.tsx');
writeFileSync(
  entry,
  `import { composeStories } from '@storybook/react-vite';
import { StrictMode, createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { AukioProvider } from '${join(src, 'i18n/index.ts')}';
${storyFiles.map((f, i) => `import * as m${i} from '${f}';`).join('\n')}
const modules = { ${storyFiles.map((f, i) => `${JSON.stringify(f.slice(src.length + 1))}: m${i}`).join(', ')} };
const list = [];
for (const [file, mod] of Object.entries(modules)) {
  for (const [name, Story] of Object.entries(composeStories(mod))) list.push({ id: file + ' > ' + name, Story });
}
window.__violations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.__violations.push({ story: window.__current, directive: e.violatedDirective, sample: e.sample, blocked: e.blockedURI });
});
window.__stories = list.map((s) => s.id);
window.__renderStory = async (index) => {
  const { id, Story } = list[index];
  window.__current = id;
  const locale = Story.globals?.locale ?? 'fi';
  const el = createElement(StrictMode, null, createElement(AukioProvider, { locale }, createElement(Story)));
  const host = document.getElementById('root');
  host.innerHTML = renderToString(el);
  const rootHandle = hydrateRoot(host, el, { onRecoverableError: () => {} });
  await new Promise((r) => setTimeout(r, 30));
  rootHandle.unmount();
  host.innerHTML = '';
};
`,
);
await build({
  entryPoints: [entry],
  bundle: true,
  outfile: join(dir, 'app.js'),
  format: 'esm',
  platform: 'browser',
  jsx: 'automatic',
  loader: { '.css': 'empty', '.mdx': 'empty' },
  define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
  nodePaths: [join(root, 'node_modules')],
  logLevel: 'error',
});
writeFileSync(
  join(dir, 'index.html'),
  `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>CSP check</title>
<link rel="stylesheet" href="/styles.css"><script type="module" src="/app.js"></script></head>
<body><main id="main"><div id="root"></div></main></body></html>`,
);
const files = { '/': join(dir, 'index.html'), '/app.js': join(dir, 'app.js'), '/styles.css': css };
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
const server = createServer((req, res) => {
  const file = files[req.url.split('?')[0]];
  if (!file) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/html', 'content-security-policy': CSP });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
let failed = false;
try {
  const page = await browser.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(url);
  await page.waitForFunction(() => Array.isArray(window.__stories));
  const ids = await page.evaluate(() => window.__stories);
  for (let i = 0; i < ids.length; i++) await page.evaluate((n) => window.__renderStory(n), i);
  const violations = await page.evaluate(() => window.__violations);
  console.log(`csp check: ${ids.length} stories rendered and hydrated under "${CSP}": ${violations.length} violations`);
  for (const v of violations.slice(0, 20)) console.log(`  ${v.story}: ${v.directive} ${v.sample ?? ''} ${v.blocked ?? ''}`);
  if (pageErrors.length) console.log(`  page errors:\n  ${pageErrors.slice(0, 5).join('\n  ')}`);
  failed = violations.length > 0 || ids.length === 0;
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
