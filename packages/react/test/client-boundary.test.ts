// @vitest-environment node
// The client boundary is decided from what a module does (client-boundary.ts), and the build's check fails on
// a module on the wrong side: planted here in a copy of a real pure module, compiled like the build compiles it.
import { readFileSync } from 'node:fs';
import { transform } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { analyzeModule, checkClientDirectives } from '../client-boundary.ts';

const source = (path: string) => readFileSync(new URL(`../src/${path}`, import.meta.url), 'utf8');
/** Compiles TypeScript/TSX the way the build emits it (automatic JSX runtime, ES modules). */
const compile = async (code: string, loader: 'ts' | 'tsx' = 'ts') =>
  (await transform(code, { loader, jsx: 'automatic', format: 'esm' })).code;

describe('deciding the client boundary', () => {
  it('puts a component with state, handlers and effects on the client, and pure validators on the server', () => {
    expect(analyzeModule(source('Disclosure/Disclosure.tsx'), 'Disclosure.tsx').client).toBe(true);
    for (const pure of ['DateInput/validateDateParts.ts', 'NumberInput/validateNumber.ts', 'ConsentBanner/consentServer.ts', 'ConsentBanner/consentRecord.ts']) {
      expect(analyzeModule(source(pure), pure), pure).toMatchObject({ client: false, reasons: [] });
    }
  });

  it('reads code, not text: a hook named in a comment or a string does not make a module a client module', () => {
    const code = `/** Pass useStrings(messages) for app overrides; see useState in the docs. */\nexport const hint = 'call useEffect() yourself';\nexport function add(a: number, b: number) { return a + b; }\n`;
    expect(analyzeModule(code, 'hint.ts')).toMatchObject({ client: false, reasons: [] });
  });

  it('sees hooks under another name, context, event handlers, callback refs, class components and browser globals', () => {
    const cases: [string, RegExp][] = [
      [`import { useState as s } from 'react'; export function C() { const [v] = s(0); return v; }`, /calls useState/],
      [`import * as React from 'react'; export function C() { return React.useId(); }`, /calls useId/],
      [`import { createContext } from 'react'; export const Ctx = createContext(null);`, /context/],
      [`export function C() { return <button onClick={() => {}}>x</button>; }`, /event handler \(onClick\)/],
      [`export function C() { return <div ref={(el) => el?.focus()} />; }`, /callback ref/],
      [`import { Component } from 'react'; export class C extends Component {}`, /class component/],
      [`export function width() { return window.innerWidth; }`, /browser global window/],
    ];
    for (const [code, reason] of cases) expect(analyzeModule(code, 'x.tsx').reasons.join('; '), code).toMatch(reason);
    // A guard is not a use: server-safe code may ask whether it runs in a browser.
    expect(analyzeModule(`export const inBrowser = () => typeof window !== 'undefined';`, 'x.ts').client).toBe(false);
  });
});

describe("the build's check of the built modules", () => {
  it('fails when a hook is planted in a pure module that has no directive', async () => {
    const pure = source('NumberInput/validateNumber.ts');
    const clean = await compile(pure);
    expect(checkClientDirectives([{ file: 'NumberInput/validateNumber.js', code: clean }])).toEqual([]);

    const planted = `import { useState } from 'react';\n${pure}\nexport function useRememberedNumber() { return useState<number | null>(null); }\n`;
    const problems = checkClientDirectives([{ file: 'NumberInput/validateNumber.js', code: await compile(planted) }]);
    expect(problems).toEqual([expect.stringMatching(/validateNumber\.js: no 'use client', but it calls useState\(\)/)]);
  });

  it('fails when a module with the directive exports only pure functions', async () => {
    const code = `'use client';\n${await compile(source('NumberInput/validateNumber.ts'))}`;
    expect(checkClientDirectives([{ file: 'NumberInput/validateNumber.js', code }])).toEqual([
      expect.stringMatching(/'use client', but it exports only server-safe code \(validateNumber\)/),
    ]);
  });

  it('passes a compiled client component with the directive, and fails it without', async () => {
    const js = await compile(source('Disclosure/Disclosure.tsx'), 'tsx');
    expect(checkClientDirectives([{ file: 'Disclosure.js', code: `'use client';\n${js}` }])).toEqual([]);
    expect(checkClientDirectives([{ file: 'Disclosure.js', code: js }])).toEqual([expect.stringMatching(/no 'use client'/)]);
  });
});
