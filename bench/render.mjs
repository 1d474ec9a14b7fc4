// Render cost in headless Chromium: Aukio against the floor (plain React elements with the same markup and
// the same CSS as Aukio's output) and against every peer that has the part, in ONE interleaved run. Every
// library is a production bundle (esbuild, React included) on its own page; for each measure the pages take
// turns sample by sample (the order rotates each round), so a burst of load from the shared machine hits all
// of them alike. Each figure is the median of its samples.
//
// What is timed (performance.now() in the page; "painted" = the next animation frame has run and a task after it):
//  - mount: createRoot + render + commit (flushSync), until painted; then unmounted, untimed;
//  - keystroke: the input event on the first of 200 controlled fields until all 200 re-rendered and painted;
//  - dialog: click on the trigger until focus is inside the dialog and painted (closed again, untimed);
//  - combobox: the input event (a keystroke) until the filtered 10,000-option list is painted.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');

export const measures = [
  { key: 'text', kind: 'mount', comp: 'TextFields', title: 'Mount 200 labelled text fields with a hint' },
  { key: 'checkbox', kind: 'mount', comp: 'Checkboxes', title: 'Mount 200 checkboxes' },
  { key: 'select', kind: 'mount', comp: 'Selects', title: 'Mount 50 selects (5 options each)' },
  { key: 'form', kind: 'mount', comp: 'MixedForm', title: 'Mount a form of 100 mixed fields (50 text, 25 checkboxes, 15 selects, 10 radio groups)' },
  { key: 'keystroke', kind: 'keystroke', comp: 'ControlledForm', title: 'Keystroke in a controlled form of 200 text fields (all re-render)' },
  { key: 'table', kind: 'mount', comp: 'Table', title: 'Mount a table of 500 rows × 4 columns' },
  { key: 'dialog', kind: 'dialog', comp: 'DialogDemo', title: 'Dialog with a form: click on the trigger to focus inside, painted' },
  { key: 'combobox', kind: 'combobox', comp: 'Combo', title: 'Combobox, 10,000 options: keystroke to filtered list painted' },
];

// The page side: measurement, shared by every library's bundle.
const harness = `
import { createElement as h, useCallback, useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
const painted = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
export const options = Array.from({ length: 10000 }, (_, i) => ({ value: 'v' + i, label: 'Katu ' + i + ' ' + ['Helsinki', 'Espoo', 'Vantaa', 'Kauniainen'][i % 4] }));
export const rows = Array.from({ length: 500 }, (_, i) => ({ id: 'r' + i, name: 'Asukas ' + i, street: 'Katu ' + i, date: (1 + (i % 28)) + '.' + (1 + (i % 12)) + '.2026', status: i % 3 ? 'Käsittelyssä' : 'Valmis' }));
export const choices = ['Helsinki', 'Espoo', 'Vantaa', 'Kauniainen', 'Muu'];
export const range = (n) => Array.from({ length: n }, (_, i) => i);
/** A controlled form of n fields: one state object, one stable change handler, as a team would write it. */
export function useFormState(n) {
  const [values, setValues] = useState(() => Object.fromEntries(range(n).map((i) => ['f' + i, ''])));
  const set = useCallback((name, value) => setValues((v) => ({ ...v, [name]: value })), []);
  return [values, set];
}
/**
 * The field pages built from a library's own field factories (each takes the field's number and extra
 * props); a library without some part leaves its factory out. The controlled form shares one change handler
 * reading the event's name, unless \`changeFor(set, i)\` gives one per field (react-aria-components passes the text).
 */
export function fieldPages({ text, box, sel, radios, wrap = (x) => x, changeFor }) {
  const form = (...children) => wrap(h('form', null, ...children));
  const pages = {};
  if (text) pages.TextFields = () => form(range(200).map((i) => text(i)));
  if (box) pages.Checkboxes = () => form(range(200).map((i) => box(i)));
  if (sel) pages.Selects = () => form(range(50).map((i) => sel(i)));
  if (text && box && sel && radios) pages.MixedForm = () => form(range(50).map((i) => text(i)), range(25).map((i) => box(i)), range(15).map((i) => sel(i)), range(10).map((i) => radios(i)));
  if (text) pages.ControlledForm = () => { const [values, set] = useFormState(200); const shared = (e) => set(e.target.name, e.target.value);
    return form(range(200).map((i) => text(i, { value: values['f' + i], onChange: changeFor ? changeFor(set, i) : shared }))); };
  return pages;
}
const setInputValue = (input, value) => {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
export function install(lib) {
  const host = document.getElementById('root');
  let root = null;
  let step = 0;
  const focusInDialog = () => new Promise((resolve) => {
    const on = (e) => { if (e.target.closest && e.target.closest('dialog, [role=dialog]')) { document.removeEventListener('focusin', on, true); resolve(); } };
    document.addEventListener('focusin', on, true);
  });
  const until = async (test) => { for (let i = 0; i < 200 && !test(); i++) await painted(); };
  window.bench = {
    has: (comp) => Boolean(lib[comp]),
    async prepare(m) {
      if (m.kind === 'mount') return;
      root = createRoot(host);
      flushSync(() => root.render(h(lib[m.comp])));
      await painted();
      await painted();
      step = 0;
    },
    async sample(m) {
      if (m.kind === 'mount') {
        const r = createRoot(host);
        // bench/profile.mjs sets __profile: the marks bound the mount in its trace (no marks in a timed run).
        if (window.__profile) performance.mark('bench-mount');
        const t0 = performance.now();
        flushSync(() => r.render(h(lib[m.comp])));
        const script = performance.now() - t0;
        await painted();
        const t = performance.now() - t0;
        if (window.__profile) performance.mark('bench-painted');
        r.unmount();
        await painted();
        return [t, script];
      }
      if (m.kind === 'keystroke') {
        const input = host.querySelector('input');
        const t0 = performance.now();
        setInputValue(input, step++ % 2 ? '' : 'a');
        await painted();
        return performance.now() - t0;
      }
      if (m.kind === 'combobox') {
        // The key itself is pressed by Playwright (a real keystroke, as each library's own key handling expects);
        // the time runs from the input event to the next paint.
        const input = host.querySelector('input[role=combobox]') || host.querySelector('input');
        if (document.activeElement !== input) input.focus();
        if (!window.__keyTimes) {
          window.__keyTimes = [];
          input.addEventListener('input', () => { const t0 = performance.now(); painted().then(() => window.__keyTimes.push(performance.now() - t0)); }, true);
        }
        return null;
      }
      // dialog
      const trigger = document.getElementById('open');
      const focused = focusInDialog();
      const t0 = performance.now();
      trigger.click();
      await focused;
      await painted();
      const t = performance.now() - t0;
      document.getElementById('close').click();
      await until(() => !document.querySelector('dialog[open], [role=dialog]'));
      await painted();
      return t;
    },
    /** The class names the measure's page renders when mounted (for the CSS coverage check). */
    classes(m) {
      const r = createRoot(host);
      flushSync(() => r.render(h(lib[m.comp])));
      const names = new Set([...host.querySelectorAll('[class]')].flatMap((e) => [...e.classList]));
      r.unmount();
      return [...names];
    },
    async finish(m) {
      root?.unmount();
      root = null;
      await painted();
    },
  };
}
`;

// Each library's version of every measured page. A library without the part leaves it out (n/a).
const floorEntry = `
import { createElement as h, useId } from 'react';
import { install, fieldPages, options, rows, choices, useFormState } from './harness.js';
// The same elements, attributes and classes Aukio renders, written by hand: what an app would have to write
// to get the same labels, descriptions and styles. Ids from useId, as in a component.
const Text = ({ i, value, onChange }) => { const id = useId(); return h('div', { className: 'aukio-field aukio-text-input' },
  h('label', { className: 'aukio-field__label', id: id + '-label', htmlFor: id }, 'Kenttä ' + i, ' ', h('span', { className: 'aukio-field__necessity' }, '(valinnainen)')),
  h('div', { className: 'aukio-field__hint', id: id + '-hint' }, 'Ohje kentälle ' + i),
  h('div', { className: 'aukio-text-input__wrapper', 'data-width': 'full' }, h('input', { id, name: 'f' + i, type: 'text', className: 'aukio-text-input__input', 'aria-describedby': id + '-hint', value, onChange }))); };
const Box = ({ i }) => { const id = useId(); return h('div', { className: 'aukio-checkbox aukio-field' }, h('div', { className: 'aukio-checkbox__item' },
  h('input', { id, type: 'checkbox', name: 'c' + i, className: 'aukio-checkbox__input' }), h('label', { className: 'aukio-checkbox__label', id: id + '-label', htmlFor: id }, 'Valinta ' + i))); };
const Sel = ({ i }) => { const id = useId(); return h('div', { className: 'aukio-field aukio-select' },
  h('label', { className: 'aukio-field__label', id: id + '-label', htmlFor: id }, 'Kunta ' + i, ' ', h('span', { className: 'aukio-field__necessity' }, '(valinnainen)')),
  h('div', { className: 'aukio-select__wrapper' }, h('select', { id, name: 's' + i, className: 'aukio-select__select' }, choices.map((c) => h('option', { key: c, value: c }, c))),
    h('svg', { className: 'aukio-select__icon', viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false' }, h('path', { d: 'M6 9l6 6 6-6', fill: 'none', stroke: 'currentColor', strokeWidth: '2.5' })))); };
const Radios = ({ i }) => { const id = useId(); return h('fieldset', { className: 'aukio-field aukio-fieldset aukio-radio-group', id },
  h('legend', { className: 'aukio-fieldset__legend', id: id + '-label', 'data-size': 'm' }, 'Kysymys ' + i, ' ', h('span', { className: 'aukio-field__necessity' }, '(valinnainen)')),
  h('div', { className: 'aukio-radio-group__items', 'data-layout': 'stacked' }, ['Kyllä', 'Ei', 'En tiedä'].map((c, k) => h('div', { key: c, className: 'aukio-radio' },
    h('div', { className: 'aukio-radio__item' }, h('input', { type: 'radio', id: id + k, name: 'r' + i, value: c, className: 'aukio-radio__input' }), h('label', { className: 'aukio-radio__label', id: id + k + '-label', htmlFor: id + k }, c)))))); };
const DialogDemo = () => { const open = () => { const d = document.getElementById('dlg'); d.showModal(); d.querySelector('input').focus(); };
  return h('div', null, h('button', { id: 'open', type: 'button', onClick: open }, 'Muuta osoitetta'),
    h('dialog', { id: 'dlg', 'aria-labelledby': 'dlg-title' }, h('h2', { id: 'dlg-title' }, 'Muuta osoitetta'),
      h('label', { htmlFor: 'street' }, 'Katuosoite'), h('input', { id: 'street' }),
      h('button', { type: 'button' }, 'Tallenna'), h('button', { id: 'close', type: 'button', onClick: () => document.getElementById('dlg').close() }, 'Peruuta'))); };
install({
  ...fieldPages({ text: (i, extra) => h(Text, { key: 't' + i, i, ...extra }), box: (i) => h(Box, { key: 'c' + i, i }), sel: (i) => h(Sel, { key: 's' + i, i }), radios: (i) => h(Radios, { key: 'r' + i, i }) }),
  Table: () => h('div', { className: 'aukio-table' }, h('div', { className: 'aukio-table__scroll', role: 'region', tabIndex: 0, 'aria-labelledby': 'cap' }, h('table', { className: 'aukio-table__table' },
    h('caption', { id: 'cap', className: 'aukio-table__caption' }, 'Hakemukset'),
    h('thead', null, h('tr', null, ['Nimi', 'Osoite', 'Päivä', 'Tila'].map((c) => h('th', { key: c, scope: 'col', className: 'aukio-table__header' }, c)))),
    h('tbody', null, rows.map((r) => h('tr', { key: r.id, className: 'aukio-table__row' }, h('th', { scope: 'row', className: 'aukio-table__cell' }, r.name),
      h('td', { className: 'aukio-table__cell' }, r.street), h('td', { className: 'aukio-table__cell' }, r.date), h('td', { className: 'aukio-table__cell' }, r.status))))))),
  DialogDemo,
  // The floor of a combobox: an input filtering the list on each keystroke and drawing the first 40 matches.
  Combo: () => { const [q, setQ] = useFormState(0); const query = (q.q || '').toLowerCase(); const shown = [];
    for (const o of options) { if (o.label.toLowerCase().includes(query)) shown.push(o); if (shown.length === 40) break; }
    return h('div', null, h('label', { htmlFor: 'cb' }, 'Katu'), h('input', { id: 'cb', role: 'combobox', 'aria-expanded': true, 'aria-controls': 'lb', value: q.q || '', onChange: (e) => setQ('q', e.target.value) }),
      h('ul', { id: 'lb', role: 'listbox' }, shown.map((o) => h('li', { key: o.value, role: 'option', 'aria-selected': false }, o.label)))); },
});
`;

const aukioEntry = `
import { createElement as h } from 'react';
import { AukioProvider, Button, Checkbox, Combobox, Dialog, RadioGroup, Select, Table, TextInput } from '@aukio/react';
import { install, fieldPages, options, rows, choices } from './harness.js';
const P = (...children) => h(AukioProvider, { locale: 'fi' }, ...children);
const selectOptions = choices.map((c) => ({ value: c, label: c }));
const text = (i, extra) => h(TextInput, { key: 't' + i, label: 'Kenttä ' + i, hint: 'Ohje kentälle ' + i, name: 'f' + i, ...extra });
const box = (i) => h(Checkbox, { key: 'c' + i, label: 'Valinta ' + i, name: 'c' + i });
const sel = (i) => h(Select, { key: 's' + i, label: 'Kunta ' + i, name: 's' + i, options: selectOptions });
const radios = (i) => h(RadioGroup, { key: 'r' + i, legend: 'Kysymys ' + i, name: 'r' + i, options: [{ value: 'Kyllä', label: 'Kyllä' }, { value: 'Ei', label: 'Ei' }, { value: 'En tiedä', label: 'En tiedä' }] });
const columns = [{ key: 'name', header: 'Nimi', rowHeader: true }, { key: 'street', header: 'Osoite' }, { key: 'date', header: 'Päivä' }, { key: 'status', header: 'Tila' }];
install({
  ...fieldPages({ text, box, sel, radios, wrap: P }),
  Table: () => P(h(Table, { caption: 'Hakemukset', columns, rows })),
  DialogDemo: () => P(h(Dialog, { title: 'Muuta osoitetta', trigger: h(Button, { id: 'open' }, 'Muuta osoitetta') },
    h(TextInput, { label: 'Katuosoite' }), h(Dialog.Actions, null, h(Button, null, 'Tallenna'), h(Dialog.Close, { id: 'close' }, 'Peruuta')))),
  Combo: () => P(h(Combobox, { label: 'Katu', options })),
});
`;

const hdsEntry = `
import { createElement as h, useState } from 'react';
import { Button, Checkbox, Dialog, RadioButton, Select, SelectionGroup, Table, TextInput } from 'hds-react';
import { install, fieldPages, rows, choices } from './harness.js';
const text = (i, extra) => h(TextInput, { key: 't' + i, id: 'f' + i, name: 'f' + i, label: 'Kenttä ' + i, helperText: 'Ohje kentälle ' + i, ...extra });
const box = (i) => h(Checkbox, { key: 'c' + i, id: 'c' + i, name: 'c' + i, label: 'Valinta ' + i });
const sel = (i) => h(Select, { key: 's' + i, id: 's' + i, options: choices, texts: { label: 'Kunta ' + i } });
const radios = (i) => h(SelectionGroup, { key: 'r' + i, label: 'Kysymys ' + i }, ['Kyllä', 'Ei', 'En tiedä'].map((c, k) => h(RadioButton, { key: c, id: 'r' + i + '-' + k, name: 'r' + i, value: c, label: c })));
const cols = [{ key: 'name', headerName: 'Nimi' }, { key: 'street', headerName: 'Osoite' }, { key: 'date', headerName: 'Päivä' }, { key: 'status', headerName: 'Tila' }];
const DialogDemo = () => { const [open, setOpen] = useState(false); const close = () => setOpen(false);
  return h('div', null, h(Button, { id: 'open', onClick: () => setOpen(true) }, 'Muuta osoitetta'),
    h(Dialog, { id: 'dlg', 'aria-labelledby': 'dlg-title', isOpen: open, close, closeButtonLabelText: 'Sulje' },
      h(Dialog.Header, { id: 'dlg-title', title: 'Muuta osoitetta' }),
      h(Dialog.Content, null, h(TextInput, { id: 'street', label: 'Katuosoite' })),
      h(Dialog.ActionButtons, null, h(Button, null, 'Tallenna'), h(Button, { id: 'close', onClick: close }, 'Peruuta')))); };
install({
  ...fieldPages({ text, box, sel, radios }),
  Table: () => h(Table, { caption: 'Hakemukset', cols, rows, indexKey: 'id', renderIndexCol: false }),
  DialogDemo,
});
`;

const racEntry = `
import { createElement as h } from 'react';
import { Button, Cell, Checkbox, Column, ComboBox, Dialog, DialogTrigger, Heading, Input, Label, ListBox, ListBoxItem, ListLayout, Modal, Popover, Radio, RadioGroup, Row, Select, SelectValue, Table, TableBody, TableHeader, Text, TextField, Virtualizer } from 'react-aria-components';
import { install, fieldPages, options, rows, choices } from './harness.js';
const text = (i, extra) => h(TextField, { key: 't' + i, name: 'f' + i, ...extra }, h(Label, null, 'Kenttä ' + i), h(Input), h(Text, { slot: 'description' }, 'Ohje kentälle ' + i));
const box = (i) => h(Checkbox, { key: 'c' + i, name: 'c' + i }, 'Valinta ' + i);
const sel = (i) => h(Select, { key: 's' + i, name: 's' + i }, h(Label, null, 'Kunta ' + i), h(Button, null, h(SelectValue)),
  h(Popover, null, h(ListBox, null, choices.map((c) => h(ListBoxItem, { key: c, id: c }, c)))));
const radios = (i) => h(RadioGroup, { key: 'r' + i, name: 'r' + i }, h(Label, null, 'Kysymys ' + i), ['Kyllä', 'Ei', 'En tiedä'].map((c) => h(Radio, { key: c, value: c }, c)));
install({
  ...fieldPages({ text, box, sel, radios, changeFor: (set, i) => (v) => set('f' + i, v) }),
  Table: () => h(Table, { 'aria-label': 'Hakemukset' }, h(TableHeader, null, h(Column, { isRowHeader: true }, 'Nimi'), h(Column, null, 'Osoite'), h(Column, null, 'Päivä'), h(Column, null, 'Tila')),
    h(TableBody, null, rows.map((r) => h(Row, { key: r.id, id: r.id }, h(Cell, null, r.name), h(Cell, null, r.street), h(Cell, null, r.date), h(Cell, null, r.status))))),
  DialogDemo: () => h(DialogTrigger, null, h(Button, { id: 'open' }, 'Muuta osoitetta'),
    h(Modal, null, h(Dialog, null, ({ close }) => h('div', null, h(Heading, { slot: 'title' }, 'Muuta osoitetta'),
      h(TextField, { autoFocus: true }, h(Label, null, 'Katuosoite'), h(Input)), h(Button, null, 'Tallenna'), h(Button, { id: 'close', onPress: close }, 'Peruuta'))))),
  Combo: () => h(ComboBox, { defaultItems: options, menuTrigger: 'input' }, h(Label, null, 'Katu'), h(Input),
    h(Popover, null, h(Virtualizer, { layout: ListLayout, layoutOptions: { rowHeight: 44 } },
      h(ListBox, null, (item) => h(ListBoxItem, { id: item.value, textValue: item.label }, item.label))))),
});
`;

const muiEntry = `
import { createElement as h, useState } from 'react';
import { Autocomplete, Button, Checkbox, Dialog, DialogActions, DialogContent, DialogTitle, FormControl, FormControlLabel, FormLabel, MenuItem, Radio, RadioGroup, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, TextField } from '@mui/material';
import { install, fieldPages, options, rows, choices } from './harness.js';
const text = (i, extra) => h(TextField, { key: 't' + i, id: 'f' + i, name: 'f' + i, label: 'Kenttä ' + i, helperText: 'Ohje kentälle ' + i, ...extra });
const box = (i) => h(FormControlLabel, { key: 'c' + i, control: h(Checkbox, { name: 'c' + i }), label: 'Valinta ' + i });
const sel = (i) => h(TextField, { key: 's' + i, id: 's' + i, select: true, label: 'Kunta ' + i, name: 's' + i, defaultValue: '' }, choices.map((c) => h(MenuItem, { key: c, value: c }, c)));
const radios = (i) => h(FormControl, { key: 'r' + i }, h(FormLabel, { id: 'r' + i + '-label' }, 'Kysymys ' + i),
  h(RadioGroup, { name: 'r' + i, 'aria-labelledby': 'r' + i + '-label' }, ['Kyllä', 'Ei', 'En tiedä'].map((c) => h(FormControlLabel, { key: c, value: c, control: h(Radio), label: c }))));
const DialogDemo = () => { const [open, setOpen] = useState(false); const close = () => setOpen(false);
  return h('div', null, h(Button, { id: 'open', onClick: () => setOpen(true) }, 'Muuta osoitetta'),
    h(Dialog, { open, onClose: close, 'aria-labelledby': 'dlg-title' }, h(DialogTitle, { id: 'dlg-title' }, 'Muuta osoitetta'),
      h(DialogContent, null, h(TextField, { autoFocus: true, label: 'Katuosoite' })),
      h(DialogActions, null, h(Button, null, 'Tallenna'), h(Button, { id: 'close', onClick: close }, 'Peruuta')))); };
install({
  ...fieldPages({ text, box, sel, radios }),
  Table: () => h(TableContainer, null, h(Table, { 'aria-label': 'Hakemukset' }, h(TableHead, null, h(TableRow, null, ['Nimi', 'Osoite', 'Päivä', 'Tila'].map((c) => h(TableCell, { key: c }, c)))),
    h(TableBody, null, rows.map((r) => h(TableRow, { key: r.id }, h(TableCell, { component: 'th', scope: 'row' }, r.name), h(TableCell, null, r.street), h(TableCell, null, r.date), h(TableCell, null, r.status)))))),
  DialogDemo,
  // MUI's default Autocomplete (its docs virtualise large lists by hand with a custom listbox).
  Combo: () => h(Autocomplete, { options, openOnFocus: true, getOptionLabel: (o) => o.label, renderInput: (p) => h(TextField, { ...p, label: 'Katu' }) }),
});
`;

const radixEntry = `
import { createElement as h, useId } from 'react';
import { Checkbox, Dialog, Label, Select } from 'radix-ui';
import { install, fieldPages, choices } from './harness.js';
// Radix has no text field, table or combobox; its checkbox, select and dialog are measured.
const Box = ({ i }) => { const id = useId(); return h('div', null, h(Checkbox.Root, { id, name: 'c' + i }, h(Checkbox.Indicator, null, '✓')), h(Label.Root, { htmlFor: id }, 'Valinta ' + i)); };
const Sel = ({ i }) => h('div', null, h(Label.Root, null, 'Kunta ' + i), h(Select.Root, { name: 's' + i }, h(Select.Trigger, { 'aria-label': 'Kunta ' + i }, h(Select.Value, { placeholder: 'Valitse' })),
  h(Select.Portal, null, h(Select.Content, null, h(Select.Viewport, null, choices.map((c) => h(Select.Item, { key: c, value: c }, h(Select.ItemText, null, c))))))));
install({
  ...fieldPages({ box: (i) => h(Box, { key: 'c' + i, i }), sel: (i) => h(Sel, { key: 's' + i, i }) }),
  DialogDemo: () => h(Dialog.Root, null, h(Dialog.Trigger, { id: 'open' }, 'Muuta osoitetta'),
    h(Dialog.Portal, null, h(Dialog.Overlay), h(Dialog.Content, null, h(Dialog.Title, null, 'Muuta osoitetta'), h(Dialog.Description, null, 'Uusi osoite'),
      h('label', { htmlFor: 'street' }, 'Katuosoite'), h('input', { id: 'street' }), h('button', null, 'Tallenna'), h(Dialog.Close, { id: 'close' }, 'Peruuta')))),
});
`;

const dist = join(root, 'packages/react/dist');
/**
 * The CSS of an app that uses these pages' components, imported the way the package exports it
 * (`@aukio/react/base.css` once, then `@aukio/react/<Name>.css` per component used): tokens, utilities and the
 * field layout, and the eight components measured. The floor's page loads the same files as Aukio's.
 */
const appCssIn = (d) => ['base.css', ...['Button', 'TextInput', 'Checkbox', 'Select', 'RadioGroup', 'Table', 'Dialog', 'Combobox'].map((c) => `${c}/${c}.css`)].map((f) => join(d, f));
export const appCss = appCssIn(dist);
/** Every component's and every theme's CSS in one file: `@aukio/react/styles.css`. */
export const allCss = [join(dist, 'styles.css')];

export const libraries = [
  { key: 'floor', label: 'plain React (floor)', entry: floorEntry, dir: root, css: appCss },
  { key: 'aukio', label: 'Aukio', entry: aukioEntry, dir: root, css: appCss },
  { key: 'floorAll', label: 'plain React (floor), whole styles.css', entry: floorEntry, dir: root, css: allCss },
  { key: 'aukioAll', label: 'Aukio, whole styles.css', entry: aukioEntry, dir: root, css: allCss },
  { key: 'hds', label: 'hds-react', pkg: 'hds-react', entry: hdsEntry, dir: here },
  { key: 'rac', label: 'react-aria-components', pkg: 'react-aria-components', entry: racEntry, dir: here },
  { key: 'mui', label: '@mui/material', pkg: '@mui/material', entry: muiEntry, dir: here },
  { key: 'radix', label: 'radix-ui', pkg: 'radix-ui', entry: radixEntry, dir: here },
];

/** `--before=DIR`: also measure the Aukio built in another checkout (DIR/packages/react/dist, its per-component CSS), for profiling a change. */
export function beforeLibrary(checkout) {
  return { key: 'before', label: 'Aukio before', entry: aukioEntry, dir: root, css: appCssIn(join(checkout, 'packages/react/dist')), alias: { '@aukio/react': join(checkout, 'packages/react/dist/index.js') } };
}

export async function bundle(dir, lib) {
  writeFileSync(join(dir, 'harness.js'), harness);
  writeFileSync(join(dir, `${lib.key}.entry.js`), lib.entry);
  await build({
    entryPoints: [join(dir, `${lib.key}.entry.js`)],
    bundle: true,
    minify: true,
    // A classic script: module scripts do not load from file:// pages.
    format: 'iife',
    outfile: join(dir, `${lib.key}.js`),
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.css': 'empty' },
    alias: lib.alias ?? {},
    // Peers resolve React from bench/ (their own lock), Aukio and the floor from the workspace.
    nodePaths: [join(lib.dir, 'node_modules'), join(root, 'node_modules')],
    logLevel: 'error',
  });
  const css = (lib.css ?? []).map((f) => `<link rel="stylesheet" href="${f}">`).join('');
  writeFileSync(join(dir, `${lib.key}.html`), `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>${lib.key}</title>${css}</head><body><main id="root"></main><script src="./${lib.key}.js"></script></body></html>`);
  return `file://${join(dir, `${lib.key}.html`)}`;
}

/**
 * A fair comparison needs the per-component CSS to hold every rule the page's markup uses: stops the run when a
 * class the page renders is styled in the whole styles.css but in none of the page's files.
 */
function checkCss(lib, m, classes) {
  const read = (files) => files.map((f) => readFileSync(f, 'utf8')).join('\n');
  const page = read(lib.css);
  const whole = read(allCss);
  const styled = (css, c) => new RegExp(`\\.${c.replace(/[^\w-]/g, '\\$&')}(?![\\w-])`).test(css);
  const missing = classes.filter((c) => styled(whole, c) && !styled(page, c));
  if (missing.length) throw new Error(`${lib.label}, ${m.title}: the page's CSS has no rules for ${missing.join(', ')}`);
}

/** Headless Chromium, every page at full speed while another is in front. */
export async function launch() {
  // The repository's one Chromium finder (scripts/chromium.ts). Loaded when the run starts, so a broken
  // finder stops only the render part of npm run bench, not the size figures.
  const { chromiumLaunchOptions } = await import('../scripts/chromium.ts');
  const options = chromiumLaunchOptions();
  return chromium.launch({
    ...options,
    headless: true,
    args: [...(options.args ?? []), '--disable-background-timer-throttling', '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'],
  });
}

/** A library's page, loaded and ready (`window.bench`). */
export async function openPage(browser, dir, lib) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(await bundle(dir, lib));
  await page.waitForFunction(() => window.bench);
  page.on('pageerror', (e) => console.log(`${lib.key}: ${e.message}`));
  return page;
}

// Combobox keystrokes: type a query that narrows the list, then delete it again (20 keys, repeated).
const keys = ['k', 'a', 't', 'u', ' ', '1', '2', '3', 'Backspace', 'Backspace', 'Backspace', '9', '9', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'e', 's', 'p'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : null;
};

/** Runs every measure over every library, interleaved. `runs` samples per library and measure. */
export async function renderBench({ runs = 15, only, before } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'aukio-render-'));
  const libs = [...libraries, ...(before ? [beforeLibrary(before)] : [])].filter((l) => !only || only.includes(l.key));
  const load = [];
  const browser = await launch();
  const results = {};
  const started = Date.now();
  try {
    const pages = [];
    for (const lib of libs) {
      const page = await openPage(browser, dir, lib);
      pages.push({ lib, page });
      results[lib.key] = {};
    }
    for (const m of measures) {
      load.push(loadavg()[0]);
      const taking = [];
      for (const p of pages) if (await p.page.evaluate((c) => window.bench.has(c), m.comp)) taking.push(p);
      for (const p of taking) if (p.lib.css?.length) checkCss(p.lib, m, await p.page.evaluate((mm) => window.bench.classes(mm), m));
      for (const p of taking) await p.page.evaluate((mm) => window.bench.prepare(mm), m);
      const samples = Object.fromEntries(taking.map((p) => [p.lib.key, []]));
      const scripts = Object.fromEntries(taking.map((p) => [p.lib.key, []]));
      // Two rounds first that are not counted: the code's first runs are slower (not yet optimised by the engine).
      for (let r = -2; r < runs; r++) {
        // Rotate who goes first, so no library always runs right after the same neighbour.
        const order = taking.map((_, i) => taking[(i + r + 2) % taking.length]);
        for (const p of order) {
          await p.page.bringToFront();
          let t = await p.page.evaluate((mm) => window.bench.sample(mm), m);
          if (m.kind === 'combobox') {
            const n = await p.page.evaluate(() => window.__keyTimes.length);
            await p.page.keyboard.press(keys[(r + 2) % keys.length]);
            await p.page.waitForFunction((k) => window.__keyTimes.length > k, n);
            t = await p.page.evaluate(() => window.__keyTimes.at(-1));
          }
          if (r < 0) continue;
          samples[p.lib.key].push(Array.isArray(t) ? t[0] : t);
          if (Array.isArray(t)) scripts[p.lib.key].push(t[1]);
        }
      }
      for (const p of taking) {
        await p.page.evaluate((mm) => window.bench.finish(mm), m);
        results[p.lib.key][m.key] = { median: median(samples[p.lib.key]), script: median(scripts[p.lib.key]), samples: samples[p.lib.key].length };
      }
      console.log(`${m.title}: ${taking.map((p) => `${p.lib.key} ${results[p.lib.key][m.key].median.toFixed(1)} ms`).join(', ')}`);
    }
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  const loads = `${Math.min(...load).toFixed(1)}–${Math.max(...load).toFixed(1)}`;
  return { results, libs, runs, minutes, loads, markdown: toMarkdown(results, libs, runs, minutes, loads) };
}

export function toMarkdown(results, libs, runs, minutes, loads) {
  const ms = (x) => (x === null || x === undefined ? 'n/a' : `${x.toFixed(1)} ms`);
  const ours = new Set(['floor', 'aukio', 'floorAll', 'aukioAll', 'before']);
  const peers = libs.filter((l) => !ours.has(l.key));
  const has = (key) => libs.some((l) => l.key === key);
  const fig = (lib, m) => results[lib]?.[m]?.median ?? null;
  const script = (lib, m) => results[lib]?.[m]?.script ?? null;
  const ratio = (a, b) => (a === null || b === null ? 'n/a' : (a / b).toFixed(2));
  const head = (cols) => `| Measure | ${cols.join(' | ')} |\n| --- | ${cols.map(() => '---:').join(' | ')} |`;
  const times = measures.map((m) => `| ${m.title} | ${libs.map((l) => ms(fig(l.key, m.key))).join(' | ')} |`).join('\n');
  const mounts = measures.filter((m) => m.kind === 'mount');
  const scripts = mounts.map((m) => `| ${m.title} | ${libs.map((l) => ms(script(l.key, m.key))).join(' | ')} |`).join('\n');
  // Each Aukio figure against the floor with the same CSS; peers against the floor with an app's CSS.
  const floorCols = [
    ['aukio', 'floor', 'Aukio (per-component CSS)'],
    ...(has('aukioAll') && has('floorAll') ? [['aukioAll', 'floorAll', 'Aukio (whole styles.css)']] : []),
    ...peers.map((l) => [l.key, 'floor', l.label]),
  ];
  const toFloor = measures.map((m) => `| ${m.title} | ${floorCols.map(([a, b]) => ratio(fig(a, m.key), fig(b, m.key))).join(' | ')} |`).join('\n');
  const peerCell = (m, l) => {
    const app = ratio(fig('aukio', m.key), fig(l.key, m.key));
    return has('aukioAll') && app !== 'n/a' ? `${app} (${ratio(fig('aukioAll', m.key), fig(l.key, m.key))})` : app;
  };
  const toPeer = measures.map((m) => `| ${m.title} | ${peers.map((l) => peerCell(m, l)).join(' | ')} |`).join('\n');
  // The goals of issue #19, read from this run's figures (per-component CSS; whole styles.css in brackets).
  const verdict = (ok) => (ok === null ? 'not measured' : ok ? 'met' : '**not met**');
  const goal = (key, test) => {
    const one = (a, f) => (fig(a, key) === null || fig(f, key) === null ? null : test(a, f));
    const app = one('aukio', 'floor');
    return has('aukioAll') ? `${verdict(app)} (whole styles.css: ${verdict(one('aukioAll', 'floorAll'))})` : verdict(app);
  };
  const r = (a, b, key) => fig(a, key) / fig(b, key);
  const ahead = (a, key) => peers.every((l) => fig(l.key, key) === null || fig(a, key) < fig(l.key, key));
  const behind = (a, key) => peers.filter((l) => fig(l.key, key) !== null && fig(a, key) >= fig(l.key, key)).map((l) => l.label);
  const goals = [
    `- Mount 200 text fields at most 1.3 × the floor: ${goal('text', (a, f) => r(a, f, 'text') <= 1.3)}.`,
    `- Mount 200 text fields below hds-react: ${goal('text', (a) => (fig('hds', 'text') === null ? null : fig(a, 'text') < fig('hds', 'text')))}.`,
    `- Keystroke in the 200-field controlled form at most 1.2 × the floor: ${goal('keystroke', (a, f) => r(a, f, 'keystroke') <= 1.2)}.`,
    ...measures
      .filter((m) => m.key !== 'text')
      .map((m) => {
        const b = behind('aukio', m.key);
        return `- ${m.title}, ahead of every peer: ${goal(m.key, (a) => ahead(a, m.key))}${b.length ? ` (with per-component CSS behind ${b.join(', ')})` : ''}.`;
      }),
  ].join('\n');
  const cpu = cpus();
  return `${runs} samples per library and measure (after two uncounted warm-up rounds), taken in turns (interleaved, the order rotating each round); medians.
Production bundles (esbuild, minified, \`NODE_ENV=production\`, React 19.3 included), headless Chromium, 1280×800.
Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.versions.node}; the run took ${minutes} min with a
one-minute load average of ${loads} (the two cores were shared with other work, so absolute times are high and
only the ratios, measured under the same load in turns, carry over).

Set-ups: **Aukio** and **plain React (floor)** load the CSS an app that uses these components imports
(\`@aukio/react/base.css\`, then \`Button.css\`, \`TextInput.css\`, \`Checkbox.css\`, \`Select.css\`, \`RadioGroup.css\`,
\`Table.css\`, \`Dialog.css\` and \`Combobox.css\` from \`@aukio/react/<Name>.css\`); **…, whole styles.css** load
\`@aukio/react/styles.css\` (every component and theme) instead. The floor always loads the same CSS as the Aukio
figure it is compared with. Peers load their own CSS (hds-react and @mui/material inject it from JavaScript).

### Goals (this run)

${goals}

### Times (median)

${head(libs.map((l) => l.label))}
${times}

### JavaScript of a mount (render and commit, before style, layout and paint), median

${head(libs.map((l) => l.label))}
${scripts}

### × the floor (plain React, same markup and same CSS as the Aukio figure)

${head(floorCols.map(([, , label]) => label))}
${toFloor}

Peers are divided by the floor with the per-component CSS.

### Aukio ÷ each peer (below 1: Aukio is faster)

Aukio with the per-component CSS; in brackets, Aukio with the whole styles.css.

${head(peers.map((l) => l.label))}
${toPeer}

n/a: the library has no such part (radix-ui has no text field, table or combobox; hds-react's combobox is a
searchable Select, not measured). @mui/material's Autocomplete draws every matching option (its docs leave
virtualising a long list to the app); the others draw only the rows in view.`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const before = args.find((a) => a.startsWith('--before='))?.slice(9);
  const out = await renderBench({ runs, only, before });
  if (before) {
    console.log('\nScript time (render + commit, before paint), median:');
    for (const m of measures.filter((x) => x.kind === 'mount')) {
      console.log(`${m.title}: ${out.libs.map((l) => `${l.key} ${out.results[l.key]?.[m.key]?.script?.toFixed(1) ?? 'n/a'}`).join(', ')}`);
    }
  }
  console.log(`\n${out.markdown}`);
}
