// @vitest-environment node
// Types that guide: the compiler's error for a form control without a name says "label" first (the visible
// label is the recommended fix; aria-label and aria-labelledby are the exceptions). Compiled for real with the
// TypeScript compiler API against the components' sources.
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { expect, it } from 'vitest';

const dir = fileURLToPath(new URL('.', import.meta.url));
const probe = `${dir}__label-probe.tsx`;
const code = `
import { Checkbox } from '../src/Checkbox';
import { Select } from '../src/Select';
import { TextInput } from '../src/TextInput';
export const unlabelled = [<TextInput name="a" />, <Select name="b" options={[]} />, <Checkbox name="c" />];
export const labelled = [<TextInput name="a" label="Name" />, <TextInput name="b" aria-label="Search" />];
`;

it('names `label` in the error for an unlabelled control', { timeout: 60_000 }, () => {
  const options: ts.CompilerOptions = {
    jsx: ts.JsxEmit.ReactJSX,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
  };
  const host = ts.createCompilerHost(options);
  const read = host.getSourceFile.bind(host);
  host.getSourceFile = (name, lang, ...rest) => (name === probe ? ts.createSourceFile(name, code, lang) : read(name, lang, ...rest));
  host.fileExists = ((exists) => (name: string) => name === probe || exists(name))(host.fileExists.bind(host));
  const program = ts.createProgram([probe], options, host);
  const errors = ts
    .getPreEmitDiagnostics(program, program.getSourceFile(probe))
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(errors).toHaveLength(3); // the three unlabelled controls; the labelled ones compile
  for (const message of errors) expect(message).toMatch(/Property 'label' is missing/);
});
