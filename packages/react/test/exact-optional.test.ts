// @vitest-environment node
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// An app compiled with `exactOptionalPropertyTypes` (a strictness many teams turn on) must be able to use the
// components as documented. tsc -b checks the repo without it, so this compiles one probe file with it on and
// reports only that file's errors: the library's own sources are the library's concern.
describe('types under exactOptionalPropertyTypes', () => {
  it('CheckboxGroup and RadioGroup take value and defaultValue that may be undefined or read-only', () => {
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
