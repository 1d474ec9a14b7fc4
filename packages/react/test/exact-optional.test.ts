// @vitest-environment node
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// An app compiled with `exactOptionalPropertyTypes` (a strictness many teams turn on) must be able to use the
// components as documented. The library's own sources are compiled with it on by `tsc -b` (tsconfig.lib.json,
// referenced from the package's tsconfig.json; stories and tests stay without it); this compiles a probe file
// written as an app would, with optional props fed from data that may be undefined, and reports its errors.
const readJson = (path: string) => ts.readConfigFile(fileURLToPath(new URL(path, import.meta.url)), ts.sys.readFile).config;

describe('types under exactOptionalPropertyTypes', () => {
  it('tsc -b compiles the library sources with it on', () => {
    const lib = readJson('../tsconfig.lib.json');
    expect(lib.compilerOptions.exactOptionalPropertyTypes).toBe(true);
    expect(lib.include).toContain('src');
    expect(lib.exclude).not.toContain('src/**/*.ts');
    expect(readJson('../tsconfig.json').references).toContainEqual({ path: './tsconfig.lib.json' });
  });

  it('components and validators take optional props that may be undefined, and read-only lists', () => {
    const probe = fileURLToPath(new URL('./types/exactOptional.tsx', import.meta.url));
    const base = ts.readConfigFile(fileURLToPath(new URL('../../../tsconfig.base.json', import.meta.url)), ts.sys.readFile).config;
    const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, '.');
    const program = ts.createProgram([probe], { ...options, exactOptionalPropertyTypes: true, noEmit: true, types: [] });
    const file = program.getSourceFile(probe)!;
    const errors = [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map((d) =>
      ts.flattenDiagnosticMessageText(d.messageText, '\n'),
    );
    expect(errors).toEqual([]);
  }, 60_000);
});
