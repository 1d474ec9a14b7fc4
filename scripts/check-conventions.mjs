// Repository conventions (docs/component-checklist.md). Fails when a component folder lacks a part of its
// definition of done, when a component is not exported or its CSS not imported, or a locale misses a key.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { checkCriteria, successCriteria } from '../packages/a11y/src/wcag.ts';
import { isCurrent, loadRecords } from './conformance-json.mjs';
import { exportsInSync } from './package-exports.mjs';

const src = 'packages/react/src';
const notComponents = new Set(['internal', 'i18n']);
const problems = [];
const read = (p) => readFileSync(p, 'utf8');
const index = read(join(src, 'index.ts'));
const styles = read(join(src, 'styles.css'));

const components = readdirSync(src).filter((d) => statSync(join(src, d)).isDirectory() && !notComponents.has(d));
for (const name of components) {
  const dir = join(src, name);
  const need = (file, what) => {
    if (!existsSync(join(dir, file))) problems.push(`${name}: missing ${file} (${what})`);
    return existsSync(join(dir, file));
  };
  need(`${name}.tsx`, 'component');
  need('index.ts', 'folder entry');
  if (need(`${name}.css`, 'styles') && !styles.includes(`./${name}/${name}.css`)) {
    problems.push(`${name}: ${name}.css is not imported in src/styles.css`);
  }
  if (need(`${name}.test.tsx`, 'unit tests')) {
    const test = read(join(dir, `${name}.test.tsx`));
    if (!test.includes('toHaveNoViolations')) problems.push(`${name}: ${name}.test.tsx has no jest-axe assertion`);
    if (!test.includes('@testing-library/user-event')) problems.push(`${name}: ${name}.test.tsx does not test behaviour with user-event`);
  }
  if (need(`${name}.stories.tsx`, 'stories')) {
    const stories = read(join(dir, `${name}.stories.tsx`));
    for (const locale of ['sv', 'en']) {
      if (!new RegExp(`locale:\\s*'${locale}'`).test(stories)) problems.push(`${name}: no story in locale ${locale}`);
    }
    if (!/export const LongText/.test(stories)) problems.push(`${name}: no LongText story`);
    if (!/export const States: Story = \{\s*tags: \['visual'\]/.test(stories)) {
      problems.push(`${name}: no States story tagged visual (every state side by side, test/visual/StateGrid.tsx)`);
    }
  }
  if (need(`${name}.mdx`, 'docs page')) {
    const mdx = read(join(dir, `${name}.mdx`));
    if (!/##\s*Keyboard/i.test(mdx)) problems.push(`${name}: docs page has no "## Keyboard" section`);
    if (!mdx.includes('<Canvas of={Stories.States} />')) problems.push(`${name}: docs page does not show the States story`);
    if (!/##\s*WCAG/i.test(mdx)) problems.push(`${name}: docs page has no "## WCAG" section`);
    if (!/##\s*(Known limits|What your team must still do)/i.test(mdx)) problems.push(`${name}: docs page has no known limits section`);
    if (!/##\s*Conformance record/.test(mdx) || !mdx.includes('<ConformanceTable record={conformance} />')) {
      problems.push(`${name}: docs page has no "## Conformance record" section rendering <ConformanceTable record={conformance} />`);
    }
  }
  if (!index.includes(`from './${name}'`)) problems.push(`${name}: not exported from src/index.ts`);
  need(`${name}.conformance.ts`, 'conformance record');
}

// Conformance records: each component's <Name>.conformance.ts exports `conformance` for that component, with
// WCAG 2.2 criteria from the one table (@aukio/a11y/wcag), and every automated verification names a test or
// story that exists. docs/conformance.json, which the accessibility statement reads, must be up to date.
const testNames = (code) =>
  new Set([...code.matchAll(/\b(?:it|test)(?:\.each\([^)]*\))?\(\s*(['"`])((?:(?!\1)[^\\]|\\.)*)\1/g)].map((m) => m[2].replace(/\\(.)/g, '$1')));
const storyPlays = (code) => {
  const ms = [...code.matchAll(/^export const (\w+)/gm)];
  return new Map(ms.map((m, i) => [m[1], /\bplay\s*:/.test(code.slice(m.index, ms[i + 1]?.index ?? code.length))]));
};
const browserChecks = new Set([...Object.keys(checkCriteria).map((c) => `test:audit > ${c}`), 'stories:themes > axe in dark and high contrast']);
const statuses = new Set(['supports', 'partially-supports', 'does-not-support', 'not-applicable']);
let records = new Map();
try {
  records = await loadRecords();
} catch (e) {
  problems.push(`conformance records do not compile: ${e.message}`);
}
let refCount = 0;
let criteriaCount = 0;
for (const [name, r] of records) {
  const at = `${name}: ${name}.conformance.ts`;
  if (!r) {
    problems.push(`${at} does not export \`conformance\``);
    continue;
  }
  if (r.component !== name) problems.push(`${at} is the record of "${r.component}", not of ${name}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(r.reviewed ?? '')) problems.push(`${at}: reviewed must be a date YYYY-MM-DD`);
  const seen = new Set();
  for (const c of r.criteria ?? []) {
    criteriaCount++;
    if (!successCriteria[c.id]) problems.push(`${at}: ${c.id} is not a WCAG 2.2 success criterion`);
    if (seen.has(c.id)) problems.push(`${at}: ${c.id} is listed twice`);
    seen.add(c.id);
    if (!statuses.has(c.status)) problems.push(`${at}: ${c.id} has an unknown status "${c.status}"`);
    if (!c.how?.trim()) problems.push(`${at}: ${c.id} does not say how it is met`);
    if (!c.verifiedBy?.length) problems.push(`${at}: ${c.id} does not say how it is verified`);
    for (const v of c.verifiedBy ?? []) {
      if (v.kind === 'manual') continue;
      refCount++;
      if (v.kind === 'browser-check') {
        if (!browserChecks.has(v.ref)) problems.push(`${at}: ${c.id}: unknown browser check "${v.ref}"`);
        continue;
      }
      const cut = v.ref.indexOf(' > ');
      const file = cut > 0 ? v.ref.slice(0, cut) : v.ref;
      const what = cut > 0 ? v.ref.slice(cut + 3) : '';
      const path = file.includes('/') ? file : join(src, name, file);
      const bad = (why) => problems.push(`${at}: ${c.id}: ${v.kind} "${v.ref}" ${why}`);
      if (!existsSync(path)) {
        bad('names a file that does not exist');
      } else if (/\.stories\.tsx$/.test(file)) {
        const plays = storyPlays(read(path));
        if (v.kind === 'unit-test') bad('must name a test, not a story');
        else if (what === '*' && v.kind === 'axe') continue;
        else if (!plays.has(what)) bad(`names no story export of ${file}`);
        else if (v.kind === 'story-test' && !plays.get(what)) bad('names a story without a play function');
      } else if (/\.test\.tsx?$/.test(file)) {
        if (v.kind === 'story-test') bad('must name a story, not a test');
        else if (v.kind === 'app-test' && !file.startsWith('examples/')) bad('must name a test of an example app (examples/...)');
        else if (!testNames(read(path)).has(what)) bad(`names no test of ${file}`);
      } else bad('must name a test or stories file');
    }
  }
  for (const i of r.knownIssues ?? []) {
    if (!i.description?.trim() || !i.criteria?.length) problems.push(`${at}: a known issue needs a description and its criteria`);
    for (const c of i.criteria ?? []) if (!successCriteria[c]) problems.push(`${at}: known issue criterion ${c} is not a WCAG 2.2 success criterion`);
  }
}
if (records.size && !isCurrent(records)) problems.push('docs/conformance.json is out of date with the conformance records: run `node scripts/conformance-json.mjs`');

// Locales: one key set. Each namespace module in src/i18n/messages has the same keys in fi, sv and en, and
// every namespace is part of the one catalogue (src/i18n/catalogue.ts).
const messagesDir = join(src, 'i18n', 'messages');
const catalogue = read(join(src, 'i18n', 'catalogue.ts'));
let keyCount = 0;
for (const file of readdirSync(messagesDir)) {
  const ns = file.replace(/\.ts$/, '');
  const code = read(join(messagesDir, file));
  if (!catalogue.includes(`./messages/${ns}'`)) problems.push(`i18n: messages/${file} is not part of i18n/catalogue.ts`);
  const block = (locale) => {
    const m = new RegExp(`\\n  ${locale}: \\{([\\s\\S]*?)\\n  \\},`).exec(code);
    return m ? [...m[1].matchAll(/^\s*'([\w.-]+)':/gm)].map((k) => k[1]).sort() : null;
  };
  const en = block('en');
  if (!en) {
    problems.push(`i18n: messages/${file} has no en block`);
    continue;
  }
  keyCount += en.length;
  for (const locale of ['fi', 'sv']) {
    const keys = block(locale) ?? [];
    for (const k of en) if (!keys.includes(k)) problems.push(`i18n: ${locale} misses key ${k}`);
    for (const k of keys) if (!en.includes(k)) problems.push(`i18n: ${locale} has key ${k} that en lacks`);
  }
}

if (!exportsInSync()) {
  problems.push('packages/react/package.json exports are out of date with the component folders: run `npm run sync-exports`');
}

if (problems.length) {
  console.error(`Conventions check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(`conventions: ${components.length} components complete, ${keyCount} strings in fi, sv and en, ${criteriaCount} conformance criteria with ${refCount} automated checks found`);
