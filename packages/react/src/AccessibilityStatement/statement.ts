// The data of an accessibility statement and its validator. The one source is the JSON Schema
// packages/a11y/schemas/statement.schema.json (published with @aukio/a11y, for CMSs and CI): the types and
// the standalone validator in statement.generated.ts are generated from it, and the legal texts come from the
// one catalogue packages/a11y/src/statement-texts.json (generated into ../i18n/messages/accessibilityStatement.ts).
import { checkStatementData, statementAuthority, type AccessibilityStatementData, type SupervisoryAuthority } from './statement.generated';

export type {
  AccessibilityStatementData,
  AssessmentMethod,
  ConformanceStatus,
  ExemptItem,
  NonAccessibleItem,
  SupervisoryAuthority,
} from './statement.generated';

export interface StatementError {
  /** Where: `conformance`, `nonAccessible[2].criteria[0]`... */
  path: string;
  message: string;
}

export interface StatementValidation {
  valid: boolean;
  errors: StatementError[];
  /** The valid parts only: what can be rendered. */
  value: Partial<AccessibilityStatementData>;
}

/**
 * Traficom's contact data: the supervisory authority in Finland since 1 January 2025 (its name, unit and
 * address per language are built-in texts in the catalogue).
 */
export const TRAFICOM_AUTHORITY: Required<Pick<SupervisoryAuthority, 'url' | 'email' | 'phone'>> = {
  url: 'https://www.saavutettavuusvaatimukset.fi',
  ...statementAuthority,
};

const pathText = (path: (string | number)[]) => path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');

/**
 * Checks statement data against the schema. Returns every problem with its path, and the valid parts (a list
 * item with a problem is dropped, an invalid field left out) so a page can still render what is right.
 */
export function validateStatement(data: unknown): StatementValidation {
  const found = checkStatementData(data);
  const errors = found.map((e) => ({ path: pathText(e.path), message: e.message }));
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return { valid: false, errors, value: {} };
  const value = structuredClone(data) as Record<string, unknown>;
  // Drop what each problem is in: the list item it is inside of, or else the whole top-level field (a part of
  // `assessment` or `feedback` alone could not be rendered sensibly).
  const drops = new Map<unknown, Set<string | number>>();
  const drop = (holder: unknown, key: string | number) => {
    if (!drops.has(holder)) drops.set(holder, new Set());
    drops.get(holder)!.add(key);
  };
  for (const { path } of found) {
    const index = path.findIndex((p) => typeof p === 'number');
    if (index < 0) {
      if (path.length) drop(value, path[0]!);
      continue;
    }
    let holder: unknown = value;
    for (const key of path.slice(0, index)) holder = (holder as Record<string, unknown>)[key];
    drop(holder, path[index]!);
  }
  for (const [holder, keys] of drops) {
    if (Array.isArray(holder)) {
      const kept = holder.filter((_, i) => !keys.has(i));
      holder.splice(0, holder.length, ...kept);
    } else for (const key of keys) delete (holder as Record<string | number, unknown>)[key];
  }
  return { valid: errors.length === 0, errors, value: value as Partial<AccessibilityStatementData> };
}
