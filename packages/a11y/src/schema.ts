// A small JSON Schema validator that walks the schema (no code generated at run time, so no `new Function`:
// it runs under a strict Content-Security-Policy). It knows the keywords Aukio's schemas use: type, enum,
// properties, required, additionalProperties: false, items, minItems, uniqueItems, minProperties, pattern,
// minimum, maximum, anyOf, $ref to #/$defs, and the formats `date` (a real calendar date), `wcag-criterion`
// (a WCAG 2.2 success criterion of the package's table) and `wcag-criterion-aa` (one at level A or AA).
// `x-message` on a schema replaces the generic message of its failure with a specific one.
import { InputError, isIsoDate, lineColumn, valueOffsets } from './json.ts';
import { criterionProblem, levelOf } from './wcag.ts';

export type SchemaError = { path: (string | number)[], message: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a JSON Schema is read dynamically, keyword by keyword
export type Schema = Record<string, any>;


export function formatPath(path: (string | number)[]) {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('') || '(top level)';
}

const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function walk(root: Schema, schema: Schema, value: unknown, path: (string | number)[], errors: SchemaError[]) {
  if (schema.$ref) {
    const name = /^#\/\$defs\/(.+)$/.exec(schema.$ref)?.[1];
    if (!name || !root.$defs?.[name]) throw new Error(`schema: unknown $ref ${schema.$ref}`);
    return walk(root, { ...root.$defs[name], ...schema, $ref: undefined }, value, path, errors);
  }
  const fail = (message: string) => errors.push({ path, message: schema['x-message'] ?? message });
  const t = typeOf(value);
  if (schema.type) {
    const ok = schema.type === 'integer' ? Number.isInteger(value) : schema.type === t;
    if (!ok) return fail(`must be ${schema.type === 'array' || schema.type === 'object' || schema.type === 'integer' ? 'an' : 'a'} ${schema.type}`);
  }
  if (schema.enum && !schema.enum.includes(value)) return fail(`must be one of ${schema.enum.map((e: unknown) => JSON.stringify(e)).join(', ')}`);
  if (schema.anyOf) {
    const fits = schema.anyOf.some((s: Schema) => {
      const sub = ([] as SchemaError[]);
      walk(root, s, value, path, sub);
      return sub.length === 0;
    });
    if (!fits) {
      // One alternative that has the value's type gives the most specific message.
      const sameType = schema.anyOf.filter((s: Schema) => {
        const r = s.$ref ? root.$defs?.[s.$ref.replace('#/$defs/', '')] : s;
        return !r?.type || r.type === t || (r.type === 'integer' && t === 'number');
      });
      if (sameType.length === 1) return walk(root, sameType[0], value, path, errors);
      return fail('does not match any of the allowed forms');
    }
  }
  if (t === 'string') {
    const s = (value as string);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(s)) return fail(schema.pattern === '\\S' ? 'must not be empty' : `must match ${schema.pattern}`);
    if (schema.format === 'date' && !isIsoDate(s)) return fail(`must be a date YYYY-MM-DD, got ${JSON.stringify(s)}`);
    if (schema.format === 'wcag-criterion' && !levelOf(s)) return fail(`${JSON.stringify(s)} is not a WCAG 2.2 success criterion such as "1.4.3"`);
    if (schema.format === 'wcag-criterion-aa') {
      const problem = criterionProblem(s);
      if (problem) return errors.push({ path, message: problem });
    }
  }
  if (t === 'number') {
    const n = (value as number);
    if (schema.minimum !== undefined && n < schema.minimum) return fail(`must be at least ${schema.minimum}`);
    if (schema.maximum !== undefined && n > schema.maximum) return fail(`must be at most ${schema.maximum}`);
  }
  if (t === 'array') {
    const list = (value as unknown[]);
    if (schema.minItems !== undefined && list.length < schema.minItems) return fail(`must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`);
    if (schema.uniqueItems && new Set(list.map((x) => JSON.stringify(x))).size !== list.length) return fail('must not repeat an item');
    if (schema.items) list.forEach((item, i) => walk(root, schema.items, item, [...path, i], errors));
  }
  if (t === 'object') {
    const o = (value as Record<string, unknown>);
    const keys = Object.keys(o);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) return fail(`must have at least ${schema.minProperties} field${schema.minProperties === 1 ? '' : 's'}`);
    for (const key of schema.required ?? []) if (!Object.hasOwn(o, key)) errors.push({ path: [...path, key], message: 'is required' });
    const props = schema.properties ?? {};
    for (const key of keys) {
      if (Object.hasOwn(props, key)) walk(root, props[key], o[key], [...path, key], errors);
      else if (schema.additionalProperties === false) {
        const near = Object.keys(props).find((k) => k.toLowerCase() === key.toLowerCase() || editDistance(k, key) <= 2);
        errors.push({ path: [...path, key], message: `is not a field here${near ? ` (did you mean "${near}"?)` : ''}; the fields are ${Object.keys(props).join(', ')}` });
      }
    }
  }
  return undefined;
}

/**
 * Levenshtein distance, for "did you mean" hints.
 */
export function editDistance(a: string, b: string) {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * Every way `value` breaks `schema`, each with its path.
 */
export function validateSchema(schema: Schema, value: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  walk(schema, schema, value, [], errors);
  return errors;
}

/**
 * Checks a parsed input file against its schema; every problem becomes one line
 * `<file>:<line>:<column>: <path>: <message>`, and all of them one InputError (at the first problem).
 * @param text  the file's text, for line numbers
 */
export function assertSchema(schema: Schema, value: unknown, text: string, file: string) {
  const errors = validateSchema(schema, value);
  if (errors.length === 0) return;
  const offsets = valueOffsets(text);
  const where = (e: SchemaError) => {
    const key = e.path.join('/');
    const missing = e.message === 'is required' || e.message.startsWith('is not a field here');
    const offset = missing && !e.message.startsWith('is required') ? offsets.get(`${key}#key`) : missing ? offsets.get(e.path.slice(0, -1).join('/')) : offsets.get(key);
    return lineColumn(text, offset ?? 0);
  };
  const first = where(errors[0]);
  const lines = errors.slice(0, 20).map((e) => {
    const at = where(e);
    return `${file}:${at.line}:${at.column}: ${formatPath(e.path)}: ${e.message}`;
  });
  if (errors.length > 20) lines.push(`${file}: and ${errors.length - 20} more problem(s)`);
  throw new InputError(lines.join('\n'), { file, ...first });
}
