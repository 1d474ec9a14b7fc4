// Where the client boundary of @aukio/react lies, decided from what each module does (its syntax tree, read
// with the TypeScript compiler API), never from its text: a doc comment that mentions useState changes nothing.
//
// A module is a client module when it
//   - calls a hook (useState, useEffect, useContext, useRef, … or any use* function, also as React.useX),
//   - creates a context (createContext) or extends React.Component,
//   - passes an event handler or a callback ref (onClick={…}, ref={(el) => …}; onClick: … in compiled JSX),
//   - or touches a browser global (window, document, localStorage, …) outside a `typeof x` guard.
// Such a module gets 'use client'. A module that only re-exports (an index.ts) never does: the directive on the
// module that does the work is what makes the boundary, so a barrel can hand out server-safe helpers and client
// components side by side. Pure helpers (validators, form readers, cookie helpers) stay callable on the server.
//
// Used by the build (build.mjs) and the tests, never published: TypeScript with erasable syntax only, so Node runs
// it as it is, type-checked with the package (tsconfig.json) and kept out of dist (tsconfig.build.json is src only).
import ts from 'typescript';

/** A re-export (`export … from`): where from, and which names (`'*'` for `export * from`). */
export interface ReExport {
  from: string;
  names: '*' | { local: string; exported: string }[];
}

/** What {@link analyzeModule} finds in one module. */
export interface ModuleAnalysis {
  /** It has a top-level 'use client' directive. */
  directive: boolean;
  /** Why the module needs the client; empty for a server-safe module. */
  reasons: string[];
  /** It does client work (`reasons` is not empty). */
  client: boolean;
  /** Only imports and re-exports: an index.ts. */
  barrel: boolean;
  /** Every specifier imported or re-exported from, type-only ones left out. */
  imports: string[];
  reexports: ReExport[];
  /** Exported value names: `pure` when their own declaration does no client work. */
  exports: { name: string; pure: boolean }[];
}

/** A built module for {@link checkClientDirectives}: its name (for the messages) and its code. */
export interface BuiltModule {
  file: string;
  code: string;
}

/** A module found on the client side of the boundary, and why. */
export interface ClientModule {
  file: string;
  reasons: string[];
}

/** What {@link clientModulesReachedFrom} finds: every local module reached, and the client ones among them. */
export interface ReachedModules {
  modules: string[];
  client: ClientModule[];
}

const BROWSER_GLOBALS = new Set([
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'navigator',
  'location',
  'matchMedia',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'getComputedStyle',
  'ResizeObserver',
  'IntersectionObserver',
  'MutationObserver',
]);
const HOOK = /^use[A-Z0-9]/;

function scriptKind(file: string): ts.ScriptKind {
  if (file.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (file.endsWith('.ts')) return ts.ScriptKind.TS;
  return ts.ScriptKind.JSX; // built .js files: plain JavaScript (JSX is compiled to calls there)
}

function isTypePosition(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) {
    if (ts.isTypeNode(p) || ts.isTypeAliasDeclaration(p) || ts.isInterfaceDeclaration(p) || ts.isHeritageClause(p)) {
      return !(ts.isHeritageClause(p) && p.token === ts.SyntaxKind.ExtendsKeyword && ts.isClassDeclaration(p.parent));
    }
    if (ts.isStatement(p)) return false;
  }
  return false;
}

/** `x` in `typeof x` (a guard such as `typeof window === 'undefined'`), not a use. */
const isTypeofOperand = (node: ts.Identifier): boolean => ts.isTypeOfExpression(node.parent) && node.parent.expression === node;

/** A free reference: not a property name, a declaration name or an import/export specifier. */
function isValueReference(node: ts.Identifier): boolean {
  const p = node.parent;
  if (!p) return false;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return false;
  if ((ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p) || ts.isMethodDeclaration(p)) && p.name === node) return false;
  if (ts.isBindingElement(p) && p.propertyName === node) return false;
  if ((ts.isVariableDeclaration(p) || ts.isParameter(p) || ts.isFunctionDeclaration(p) || ts.isBindingElement(p)) && p.name === node) {
    return false;
  }
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isImportClause(p) || ts.isNamespaceImport(p)) return false;
  if (ts.isJsxAttribute(p) || ts.isQualifiedName(p)) return false;
  return !isTypePosition(node);
}

function calleeName(expr: ts.Expression): string | null {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr) && ts.isIdentifier(expr.name)) return expr.name.text;
  return null;
}

const isFunctionValue = (expr: ts.Expression | undefined): boolean =>
  !!expr && (ts.isArrowFunction(expr) || ts.isFunctionExpression(expr) || ts.isIdentifier(expr) || ts.isPropertyAccessExpression(expr) || ts.isCallExpression(expr));

/** The text of a module specifier (always a string literal in valid code). */
const specifierText = (spec: ts.Expression): string => (ts.isStringLiteral(spec) ? spec.text : spec.getText());

/**
 * What a module does that needs the client, and what it exports and imports.
 * @param code  source (.ts/.tsx) or built JavaScript
 * @param file  its name (the extension picks the parser)
 */
export function analyzeModule(code: string, file: string): ModuleAnalysis {
  const sf = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, scriptKind(file));
  const reasons = new Set<string>();
  /** Local names bound to React hooks or createContext through imports (`import { useState as s }`). */
  const reactAliases = new Map<string, string>();
  const imports: string[] = [];
  const reexports: ReExport[] = [];
  /** Exported value names, each with the local name of its declaration (whose client work decides `pure`). */
  const exported = new Map<string, { local: string }>();
  let ownStatements = 0;
  let directive = false;

  for (const st of sf.statements) {
    if (ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression) && st.expression.text === 'use client') directive = true;
    if (ts.isImportDeclaration(st)) {
      const from = specifierText(st.moduleSpecifier);
      if (st.importClause?.isTypeOnly) continue;
      imports.push(from);
      const named = st.importClause?.namedBindings;
      if (from === 'react' && named && ts.isNamedImports(named)) {
        for (const s of named.elements) reactAliases.set(s.name.text, (s.propertyName ?? s.name).text);
      }
      continue;
    }
    if (ts.isExportDeclaration(st)) {
      if (st.isTypeOnly) continue;
      if (st.moduleSpecifier) {
        const from = specifierText(st.moduleSpecifier);
        const names: ReExport['names'] =
          st.exportClause && ts.isNamedExports(st.exportClause)
            ? st.exportClause.elements.filter((e) => !e.isTypeOnly).map((e) => ({ local: (e.propertyName ?? e.name).text, exported: e.name.text }))
            : '*';
        reexports.push({ from, names });
        imports.push(from);
        continue;
      }
      if (st.exportClause && ts.isNamedExports(st.exportClause)) {
        for (const e of st.exportClause.elements) if (!e.isTypeOnly) exported.set(e.name.text, { local: (e.propertyName ?? e.name).text });
      }
      continue;
    }
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) continue;
    if (ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression)) continue;
    ownStatements++;
    const isExported = ts.canHaveModifiers(st) && ts.getModifiers(st)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
    if (isExported) {
      if (ts.isFunctionDeclaration(st) && st.name) exported.set(st.name.text, { local: st.name.text });
      else if (ts.isClassDeclaration(st) && st.name) exported.set(st.name.text, { local: st.name.text });
      else if (ts.isVariableStatement(st)) {
        for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name)) exported.set(d.name.text, { local: d.name.text });
      } else if (ts.isEnumDeclaration(st)) exported.set(st.name.text, { local: st.name.text });
    }
  }

  /** Client work found inside each top-level declaration, by declared name. */
  const clientIn = new Map<string, boolean>();
  let current: string | null = null;
  const note = (reason: string): void => {
    reasons.add(reason);
    if (current) clientIn.set(current, true);
  };

  function visit(node: ts.Node): void {
    if (ts.isCallExpression(node)) {
      const name = calleeName(node.expression);
      const real = name && ts.isIdentifier(node.expression) ? (reactAliases.get(name) ?? name) : name;
      if (real && (HOOK.test(real) || real === 'use')) note(`calls ${real}()`);
      if (real === 'createContext') note('creates a context');
    }
    if (ts.isJsxAttribute(node) && ts.isIdentifier(node.name)) {
      const attr = node.name.text;
      const value = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
      if (/^on[A-Z]/.test(attr) && value) note(`passes an event handler (${attr})`);
      if (attr === 'ref' && value && (ts.isArrowFunction(value) || ts.isFunctionExpression(value))) note('passes a callback ref');
    }
    // Compiled JSX: jsx("button", { onClick: handler }).
    if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name) && /^on[A-Z]/.test(node.name.text) && isFunctionValue(node.initializer)) {
      const call = node.parent?.parent;
      if (call && ts.isCallExpression(call) && /^(jsxs?|jsxDEV|createElement|_jsxs?|_jsxDEV)$/.test(calleeName(call.expression) ?? '')) {
        note(`passes an event handler (${node.name.text})`);
      }
    }
    if (ts.isClassDeclaration(node) || ts.isClassExpression(node)) {
      const base = node.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
      const baseName = base && calleeName(base);
      if (baseName === 'Component' || baseName === 'PureComponent') note('is a class component');
    }
    if (ts.isIdentifier(node) && BROWSER_GLOBALS.has(node.text) && isValueReference(node) && !isTypeofOperand(node)) {
      note(`uses the browser global ${node.text}`);
    }
    ts.forEachChild(node, visit);
  }
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) || ts.isExportDeclaration(st) || ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st)) continue;
    current = null;
    if ((ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) && st.name) current = st.name.text;
    if (ts.isVariableStatement(st) && st.declarationList.declarations.length === 1) {
      const only = st.declarationList.declarations[0];
      if (only && ts.isIdentifier(only.name)) current = only.name.text;
    }
    visit(st);
  }

  return {
    directive,
    reasons: [...reasons],
    client: reasons.size > 0,
    barrel: ownStatements === 0,
    imports,
    reexports,
    exports: [...exported].map(([name, { local }]) => ({ name, pure: !clientIn.get(local) })),
  };
}

/**
 * The build-time check, run on the built modules (after the directives were added): fails when a module without
 * 'use client' does client work (a hook, a context, a handler…), or when a module with it exports only pure
 * functions and constants, which would then be unusable from the server.
 * @returns one message per problem
 */
export function checkClientDirectives(modules: readonly BuiltModule[]): string[] {
  const problems: string[] = [];
  for (const { file, code } of modules) {
    const a = analyzeModule(code, file);
    if (!a.directive && a.client) {
      problems.push(`${file}: no 'use client', but it ${a.reasons.join(', ')}`);
    }
    if (a.directive && !a.client && !a.barrel) {
      const names = a.exports.map((e) => e.name).join(', ') || 'nothing';
      problems.push(`${file}: 'use client', but it exports only server-safe code (${names}); React Server Components could not call it`);
    }
    if (a.directive && a.barrel) problems.push(`${file}: 'use client' on a module that only re-exports; put it on the module doing the work`);
  }
  return problems;
}

/**
 * Every local module a module reaches through its imports and re-exports (the whole graph, transitively), with
 * the client modules among them. Used to prove that an entry point (the server entry) pulls in no client code.
 * @param entry  absolute path
 * @param resolve  a local specifier to an absolute path (null when it is not a local module)
 * @param read  a module's code
 */
export function clientModulesReachedFrom(
  entry: string,
  resolve: (spec: string, from: string) => string | null,
  read: (path: string) => string,
): ReachedModules {
  const seen = new Set<string>();
  const client: ClientModule[] = [];
  const stack = [entry];
  for (let file = stack.pop(); file !== undefined; file = stack.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    const a = analyzeModule(read(file), file);
    if (a.client || a.directive) client.push({ file, reasons: a.reasons });
    for (const spec of a.imports) {
      if (!spec.startsWith('.')) continue;
      const next = resolve(spec, file);
      if (next) stack.push(next);
    }
  }
  return { modules: [...seen], client };
}
