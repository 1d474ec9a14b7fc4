// Repository conventions (docs/component-checklist.md). Fails when a component folder lacks a part of its
// definition of done, when a component is not exported or its CSS not imported, or a locale misses a key.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
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
  }
  if (need(`${name}.mdx`, 'docs page')) {
    const mdx = read(join(dir, `${name}.mdx`));
    if (!/##\s*Keyboard/i.test(mdx)) problems.push(`${name}: docs page has no "## Keyboard" section`);
    if (!/##\s*WCAG/i.test(mdx)) problems.push(`${name}: docs page has no "## WCAG" section`);
    if (!/##\s*(Known limits|What your team must still do)/i.test(mdx)) problems.push(`${name}: docs page has no known limits section`);
  }
  if (!index.includes(`from './${name}'`)) problems.push(`${name}: not exported from src/index.ts`);
}

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
console.log(`conventions: ${components.length} components complete, ${keyCount} strings in fi, sv and en`);
