// @vitest-environment node
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { checkApiConvention, type Exceptions } from './apiConvention';

// The departures from the convention, each with its reason; docs/ApiConventions.mdx lists the same.
const exceptions: Exceptions = {
  'Pagination.onPageChange': 'the page comes from the address (`page` and `href`): there is no uncontrolled page',
  'LanguageSwitch.onLanguageChange': 'the language comes from the page (`current`): there is no uncontrolled language',
  'FileInput.onValueChange': 'files come only from the user: a page cannot set them, so there is no `value`/`defaultValue`',
  'ConsentProvider.onRecordChange': 'the record is kept by the storage (seeded by `initialRecord`), not by the app',
};

function compile(entry: string) {
  const base = ts.readConfigFile(fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url)), ts.sys.readFile).config;
  const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, '.');
  return ts.createProgram([entry], { ...options, noEmit: true, types: [] });
}

describe('the prop API convention (docs/ApiConventions.mdx)', () => {
  it('finds each kind of wrong prop in a planted file', () => {
    const planted = fileURLToPath(new URL('./types/apiConventionPlanted.tsx', import.meta.url));
    const findings = checkApiConvention(compile(planted), planted).map((f) => `${f.component}.${f.prop}`);
    expect(findings.sort()).toEqual(
      [
        'ValueOnChange.onChange',
        'ValueOnChange.defaultValue',
        'EventOnValueChange.onValueChange',
        'OnlyControlled.onValueChange',
        'OnlyUncontrolled.defaultOpen',
        'OwnHeadingLevel.headingLevel',
        'LegendAsHeading.legendAs',
        'TitleAsElement.titleAs',
        'AliasOfNothing.onToggle',
      ].sort(),
    );
  }, 60_000);

  it('holds for every component the package exports, and each exception is still needed', () => {
    const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));
    const findings = checkApiConvention(compile(entry), entry);
    expect(findings.filter((f) => !(`${f.component}.${f.prop}` in exceptions))).toEqual([]);
    expect(Object.keys(exceptions).filter((key) => !findings.some((f) => `${f.component}.${f.prop}` === key))).toEqual([]);
  }, 120_000);
});
