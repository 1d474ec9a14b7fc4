// Render cost in headless Chromium, Aukio against react-aria-components on the same kind of page: the
// median of repeated runs. Both pages are production bundles (esbuild, React included).
//  1. mounting 200 labelled text fields: render → commit → next paint;
//  2. a combobox with 10,000 options: keystroke (input event) → filtered listbox committed → next paint,
//     over 20 keystrokes. Both lists are virtualised (Aukio's own; react-aria's Virtualizer + ListLayout);
//  3. a modal dialog with a form: Enter on the trigger (keydown) → focus inside the dialog → next paint.
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from '../scripts/chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

const harness = `
import { StrictMode, createElement as h } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const options = Array.from({ length: 10000 }, (_, i) => ({ value: 'v' + i, label: 'Katu ' + i + ' ' + ['Helsinki', 'Espoo', 'Vantaa', 'Kauniainen'][i % 4] }));
export function install(Fields, Combo, DialogDemo) {
  const host = document.getElementById('root');
  window.bench = {
    async showDialog() {
      const root = createRoot(host);
      root.render(h(DialogDemo));
      await frame();
      const times = [];
      let t0 = 0;
      document.addEventListener('keydown', (e) => { if (e.key === 'Enter' && e.target.id === 'open') t0 = performance.now(); }, true);
      document.addEventListener('focusin', (e) => {
        if (t0 && e.target.closest('dialog, [role=dialog]')) { const start = t0; t0 = 0; requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - start), 0)); }
      }, true);
      window.__dialogTimes = times;
      document.getElementById('open').focus();
      return true;
    },
    dialogResult() { return { median: median(window.__dialogTimes), samples: window.__dialogTimes.length }; },
    async mount(runs) {
      const times = [];
      for (let r = 0; r < runs; r++) {
        const root = createRoot(host);
        const t0 = performance.now();
        flushSync(() => root.render(h(Fields, { n: 200 })));
        await frame();
        times.push(performance.now() - t0);
        root.unmount();
        await frame();
      }
      return median(times);
    },
    async showCombobox() {
      const root = createRoot(host);
      root.render(h(Combo, { options }));
      await frame();
      const input = host.querySelector('input[role=combobox]');
      const times = [];
      input.addEventListener('input', () => { const t0 = performance.now(); requestAnimationFrame(() => setTimeout(() => times.push(performance.now() - t0), 0)); }, true);
      window.__times = times;
      input.focus();
      return true;
    },
    async comboboxResult() {
      await frame();
      const listbox = document.querySelector('[role=listbox]');
      return { median: median(window.__times), samples: window.__times.length, options: listbox ? listbox.querySelectorAll('[role=option]').length : -1 };
    },
  };
}
`;

const aukioEntry = `
import { createElement as h } from 'react';
import { AukioProvider, Button, Dialog, TextInput, Combobox } from '@aukio/react';
import { install } from './harness.js';
const Fields = ({ n }) => h(AukioProvider, { locale: 'fi' }, Array.from({ length: n }, (_, i) => h(TextInput, { key: i, label: 'Kenttä ' + i, name: 'f' + i })));
const Combo = ({ options }) => h(AukioProvider, { locale: 'fi' }, h(Combobox, { label: 'Katu', options }));
const DialogDemo = () => h(AukioProvider, { locale: 'fi' }, h(Dialog, { title: 'Muuta osoitetta', trigger: h(Button, { id: 'open' }, 'Muuta osoitetta') },
  h(TextInput, { label: 'Katuosoite' }), h(Dialog.Actions, null, h(Button, null, 'Tallenna'), h(Dialog.Close, null, 'Peruuta'))));
install(Fields, Combo, DialogDemo);
`;

const racEntry = `
import { createElement as h } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, TextField, Label, Input, ComboBox, Popover, ListBox, ListBoxItem, Virtualizer, ListLayout } from 'react-aria-components';
import { install } from './harness.js';
const Fields = ({ n }) => h('div', null, Array.from({ length: n }, (_, i) => h(TextField, { key: i, name: 'f' + i }, h(Label, null, 'Kenttä ' + i), h(Input))));
const Combo = ({ options }) => h(ComboBox, { defaultItems: options, menuTrigger: 'input' },
  h(Label, null, 'Katu'), h(Input),
  h(Popover, null, h(Virtualizer, { layout: ListLayout, layoutOptions: { rowHeight: 44 } },
    h(ListBox, null, (item) => h(ListBoxItem, { id: item.value, textValue: item.label }, item.label)))));
const DialogDemo = () => h(DialogTrigger, null, h(Button, { id: 'open' }, 'Muuta osoitetta'),
  h(Modal, null, h(Dialog, null, ({ close }) => h('div', null, h(Heading, { slot: 'title' }, 'Muuta osoitetta'),
    h(TextField, { autoFocus: true }, h(Label, null, 'Katuosoite'), h(Input)), h(Button, null, 'Tallenna'), h(Button, { onPress: close }, 'Peruuta')))));
install(Fields, Combo, DialogDemo);
`;

async function bundle(dir, name, code, resolveDir) {
  writeFileSync(join(dir, 'harness.js'), harness);
  writeFileSync(join(dir, `${name}.entry.js`), code);
  await build({
    entryPoints: [join(dir, `${name}.entry.js`)],
    bundle: true,
    minify: true,
    // A classic script: module scripts do not load from file:// pages.
    format: 'iife',
    outfile: join(dir, `${name}.js`),
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    nodePaths: [join(resolveDir, 'node_modules'), join(root, 'node_modules')],
    logLevel: 'error',
  });
  writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${name}</title><link rel="stylesheet" href="${name === 'aukio' ? join(root, 'packages/react/dist/styles.css') : ''}"></head><body><main id="root"></main><script src="./${name}.js"></script></body></html>`);
  return `file://${join(dir, `${name}.html`)}`;
}

export async function renderBench({ runs = 15 } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'aukio-render-'));
  const pages = {
    Aukio: await bundle(dir, 'aukio', aukioEntry, root),
    'react-aria-components': await bundle(dir, 'rac', racEntry, here),
  };
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  const results = {};
  try {
    for (const [name, url] of Object.entries(pages)) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(url);
      await page.waitForFunction(() => window.bench);
      const mount = await page.evaluate((n) => window.bench.mount(n), runs);
      await page.evaluate(() => window.bench.showCombobox());
      // 20 keystrokes: type a query that narrows the list, then delete it again.
      const keys = ['k', 'a', 't', 'u', ' ', '1', '2', '3', 'Backspace', 'Backspace', 'Backspace', '9', '9', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
      for (const key of keys) {
        await page.keyboard.press(key);
        await page.waitForTimeout(60);
      }
      const combo = await page.evaluate(() => window.bench.comboboxResult());
      await page.close();
      // The dialog on a fresh page: open with Enter, close with Escape, 15 times.
      const dialogPage = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await dialogPage.goto(url);
      await dialogPage.waitForFunction(() => window.bench);
      await dialogPage.evaluate(() => window.bench.showDialog());
      for (let i = 0; i < runs; i++) {
        await dialogPage.keyboard.press('Enter');
        await dialogPage.waitForFunction(() => document.activeElement?.closest('dialog, [role=dialog]'));
        await dialogPage.waitForTimeout(60);
        await dialogPage.keyboard.press('Escape');
        await dialogPage.waitForFunction(() => document.activeElement?.id === 'open');
        await dialogPage.waitForTimeout(60);
      }
      const dialog = await dialogPage.evaluate(() => window.bench.dialogResult());
      await dialogPage.close();
      results[name] = { mount, combo, dialog };
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const ms = (x) => `${x.toFixed(1)} ms`;
  const a = results.Aukio;
  const r = results['react-aria-components'];
  const markdown = `Median of ${runs} runs (mount) and of ${a.combo.samples} keystrokes (combobox), production builds, 1280×800.

| Measure | Aukio | react-aria-components | Aukio / peer |
| --- | --- | --- | --- |
| Mount 200 labelled text fields (render, commit, next paint) | ${ms(a.mount)} | ${ms(r.mount)} | ${(a.mount / r.mount).toFixed(2)} |
| Combobox, 10,000 options: keystroke to filtered listbox painted | ${ms(a.combo.median)} | ${ms(r.combo.median)} | ${(a.combo.median / r.combo.median).toFixed(2)} |
| Dialog with a form: Enter on the trigger to focus inside the dialog, painted (median of ${a.dialog.samples}) | ${ms(a.dialog.median)} | ${ms(r.dialog.median)} | ${(a.dialog.median / r.dialog.median).toFixed(2)} |

Goal for the combobox: under 16 ms median (one frame at 60 Hz).`;
  console.log(markdown);
  return { results, markdown };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await renderBench();
