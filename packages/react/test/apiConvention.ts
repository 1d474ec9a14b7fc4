// The prop API convention (docs/ApiConventions.mdx), checked over the exported components' prop types with
// the TypeScript compiler API. Used by api-convention.test.ts on the package entry and on a planted file.
import ts from 'typescript';

export interface Finding {
  component: string;
  prop: string;
  problem: string;
}

/**
 * Where a component departs from the convention on purpose, with the reason (`Component.prop`). Each is also
 * written in docs/ApiConventions.mdx.
 */
export type Exceptions = Record<string, string>;

const callbackName = /^on([A-Z]\w*)Change$/;

/** The `@deprecated` tag's text (an alias kept for one minor version), or `undefined`. */
function deprecation(symbol: ts.Symbol, checker: ts.TypeChecker): string | undefined {
  const tag = symbol.getJsDocTags(checker).find((t) => t.name === 'deprecated');
  return tag && ts.displayPartsToString(tag.text);
}

/** Declared by the app's own code (not a DOM attribute from React's types). */
function isOwn(symbol: ts.Symbol): boolean {
  return (symbol.declarations ?? []).some((d) => !d.getSourceFile().fileName.includes('/node_modules/'));
}

function isEvent(type: ts.Type, checker: ts.TypeChecker): boolean {
  const types = type.isUnion() ? type.types : [type];
  return types.some((t) => checker.getPropertyOfType(t, 'nativeEvent') !== undefined);
}

/** The props of an exported component: the first parameter of its call signature (function, forwardRef, memo). */
function propsOf(symbol: ts.Symbol, checker: ts.TypeChecker): Map<string, ts.Symbol> | null {
  const type = checker.getTypeOfSymbol(symbol);
  const param = type.getCallSignatures()[0]?.parameters[0];
  if (!param) return null;
  const propsType = checker.getTypeOfSymbol(param);
  const props = new Map<string, ts.Symbol>();
  // A union of prop shapes (controlled | uncontrolled, links | buttons): every shape's props count.
  for (const part of propsType.isUnion() ? propsType.types : [propsType]) {
    for (const prop of checker.getPropertiesOfType(part)) if (!props.has(prop.name)) props.set(prop.name, prop);
  }
  return props;
}

function firstParameter(prop: ts.Symbol, checker: ts.TypeChecker): ts.Type | undefined {
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
  const types = type.isUnion() ? type.types : [type];
  const param = types.flatMap((t) => t.getCallSignatures())[0]?.parameters[0];
  return param && checker.getTypeOfSymbol(param);
}

const headingElement = /^h[1-6]$/;

/**
 * A heading level given as element names (`'h1'` … `'h6'`): every value of the prop's type is one, or the prop
 * is named like `legendAs`/`titleAs` and one of its values is a heading.
 */
function takesHeadingElement(name: string, prop: ts.Symbol, checker: ts.TypeChecker): boolean {
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(prop));
  const parts = type.isUnion() ? type.types : [type];
  const isHeading = (t: ts.Type) => t.isStringLiteral() && headingElement.test(t.value);
  return parts.some(isHeading) && (parts.every(isHeading) || /[a-z]As$/.test(name));
}

function declaredTypeText(prop: ts.Symbol): string | undefined {
  const decl = prop.declarations?.find((d): d is ts.PropertySignature => ts.isPropertySignature(d));
  return decl?.type?.getText();
}

/** The findings for every component (a capitalised export with a call signature) exported from `entry`. */
export function checkApiConvention(program: ts.Program, entry: string, exceptions: Exceptions = {}): Finding[] {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(entry);
  const moduleSymbol = file && checker.getSymbolAtLocation(file);
  if (!moduleSymbol) throw new Error(`Cannot read the exports of ${entry}`);
  const findings: Finding[] = [];
  for (const exported of checker.getExportsOfModule(moduleSymbol)) {
    const component = exported.name;
    if (!/^[A-Z]/.test(component)) continue;
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    if (!(symbol.flags & (ts.SymbolFlags.Variable | ts.SymbolFlags.Function))) continue;
    const props = propsOf(symbol, checker);
    if (!props) continue;
    const add = (prop: string, problem: string) => {
      if (!(`${component}.${prop}` in exceptions)) findings.push({ component, prop, problem });
    };
    // State named X has `x`, `defaultX` and `onXChange`.
    const requireState = (prop: string, state: string) => {
      const stem = state[0]!.toLowerCase() + state.slice(1);
      const missing = [stem, `default${state}`, `on${state}Change`].filter((p) => !props.has(p));
      if (missing.length) add(prop, `has no ${missing.map((p) => `\`${p}\``).join(' and ')}: state is both controlled and uncontrolled`);
    };
    for (const [name, prop] of props) {
      if (!isOwn(prop)) continue;
      const deprecated = deprecation(prop, checker);
      if (deprecated !== undefined) {
        // An alias says what replaces it, and that prop exists.
        const replacement = /use `(\w+)`/.exec(deprecated)?.[1];
        if (!replacement || !props.has(replacement)) add(name, 'is deprecated without naming a prop of the component to use instead');
        continue;
      }
      if (takesHeadingElement(name, prop, checker)) {
        add(name, 'takes heading element names (`h1`…`h6`): a heading level is `headingLevel?: HeadingLevel` (`1`…`6`)');
        continue;
      }
      if (name === 'headingLevel' || (name === 'level' && component.includes('Heading'))) {
        // `| undefined` is allowed (types pass under exactOptionalPropertyTypes).
        if (declaredTypeText(prop)?.replace(/\s*\|\s*undefined$/, '') !== 'HeadingLevel') add(name, `is typed \`${declaredTypeText(prop)}\`: use the one \`HeadingLevel\` type`);
        continue;
      }
      const match = callbackName.exec(name);
      if (name === 'onChange') {
        const first = firstParameter(prop, checker);
        if (first && !isEvent(first, checker)) {
          add(name, '`onChange` gets a value, not an event: a value-state callback is `onValueChange(value)`');
        }
        continue;
      }
      if (match) {
        const first = firstParameter(prop, checker);
        if (first && isEvent(first, checker)) add(name, `gets an event first: \`${name}\` gets the new state first`);
        requireState(name, match[1]!);
        continue;
      }
      const initial = /^default([A-Z]\w*)$/.exec(name);
      if (initial) requireState(name, initial[1]!);
    }
  }
  return findings;
}
