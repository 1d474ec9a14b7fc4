// The data of an accessibility statement, its validator and the defaults for Finland's supervisory authority.
// accessibility-statement.schema.json in this folder is the same contract as a JSON Schema (for CMSs and CI).

export type ConformanceStatus = 'full' | 'partial' | 'none';
export type AssessmentMethod = 'self' | 'thirdParty' | 'automated';

/** Content that does not meet a requirement: which WCAG 2.2 success criteria it fails and when it will be fixed. */
export interface NonAccessibleItem {
  /** What does not work, for whom, and any way around it. */
  description: string;
  /** Failed success criteria, number first: `"1.4.3"` or `"1.4.3 Contrast (Minimum)"`. At least one. */
  criteria: string[];
  /** Planned fix date, `YYYY-MM-DD`. */
  fixBy?: string;
}

/** Content exempted under disproportionate burden (with the reason), or outside the scope of the law. */
export interface ExemptItem {
  description: string;
  /** Why: the burden assessment, or the exemption of the law. */
  reason?: string;
}

export interface SupervisoryAuthority {
  name?: string;
  unit?: string;
  url?: string;
  email?: string;
  phone?: string;
}

export interface AccessibilityStatementData {
  /** Name of the digital service ("Asukaspysäköintitunnus"). */
  serviceName: string;
  /** The organisation responsible ("Esimerkkilän kaupunki"). */
  organisation: string;
  /** Address of the service the statement covers. */
  serviceUrl?: string;
  /** Against WCAG 2.2 level AA: fully, partially or not compliant. */
  conformance: ConformanceStatus;
  nonAccessible?: NonAccessibleItem[];
  disproportionateBurden?: ExemptItem[];
  outOfScope?: ExemptItem[];
  assessment: {
    methods: AssessmentMethod[];
    /** Who made a third-party assessment. */
    assessor?: string;
    /** Automated tools used. */
    tools?: string[];
  };
  /** Date the statement was prepared, `YYYY-MM-DD`. */
  prepared: string;
  /** Date it was last reviewed, `YYYY-MM-DD`. */
  reviewed?: string;
  /** How to give feedback and ask for inaccessible content. At least one channel. */
  feedback: { name?: string; email?: string; phone?: string; url?: string };
  /** Defaults to Traficom's accessibility supervision unit. */
  authority?: SupervisoryAuthority;
}

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

/** Traficom's contact data (the names are built-in texts in the catalogues). */
export const TRAFICOM_AUTHORITY: Required<Pick<SupervisoryAuthority, 'url' | 'email' | 'phone'>> = {
  url: 'https://www.saavutettavuusvaatimukset.fi',
  email: 'saavutettavuus@traficom.fi',
  phone: '029 534 5000',
};

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CRITERION = /^[1-4]\.\d{1,2}\.\d{1,2}(\s.*)?$/;
const CONFORMANCE: ConformanceStatus[] = ['full', 'partial', 'none'];
const METHODS: AssessmentMethod[] = ['self', 'thirdParty', 'automated'];

const KNOWN = ['serviceName', 'organisation', 'serviceUrl', 'conformance', 'nonAccessible', 'disproportionateBurden', 'outOfScope', 'assessment', 'prepared', 'reviewed', 'feedback', 'authority'];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isDate = (v: unknown): v is string => typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/**
 * Checks statement data against the schema. Returns every problem with its path, and the valid parts (invalid
 * list items are dropped, invalid optional fields left out) so a page can still render what is right.
 */
export function validateStatement(data: unknown): StatementValidation {
  const errors: StatementError[] = [];
  const value: Partial<AccessibilityStatementData> = {};
  const err = (path: string, message: string) => errors.push({ path, message });
  if (!isObject(data)) {
    err('', 'must be an object');
    return { valid: false, errors, value };
  }

  for (const key of Object.keys(data)) {
    if (!KNOWN.includes(key)) err(key, 'is not a field of the statement (ignored)');
  }
  for (const key of ['serviceName', 'organisation'] as const) {
    if (isText(data[key])) value[key] = data[key];
    else err(key, 'must be a non-empty string');
  }
  if (data.serviceUrl !== undefined) {
    if (typeof data.serviceUrl === 'string' && /^https?:\/\//.test(data.serviceUrl)) value.serviceUrl = data.serviceUrl;
    else err('serviceUrl', 'must be an http(s) address');
  }
  if (CONFORMANCE.includes(data.conformance as ConformanceStatus)) value.conformance = data.conformance as ConformanceStatus;
  else err('conformance', `must be one of ${CONFORMANCE.join(', ')}`);

  if (data.nonAccessible !== undefined) {
    if (!Array.isArray(data.nonAccessible)) err('nonAccessible', 'must be an array');
    else {
      value.nonAccessible = [];
      data.nonAccessible.forEach((item: unknown, i) => {
        const path = `nonAccessible[${i}]`;
        if (!isObject(item)) return err(path, 'must be an object');
        let ok = true;
        if (!isText(item.description)) {
          err(`${path}.description`, 'must be a non-empty string');
          ok = false;
        }
        if (!Array.isArray(item.criteria) || item.criteria.length === 0) {
          err(`${path}.criteria`, 'must list at least one success criterion');
          ok = false;
        } else {
          item.criteria.forEach((c: unknown, j) => {
            if (typeof c !== 'string' || !CRITERION.test(c)) {
              err(`${path}.criteria[${j}]`, 'must be a WCAG success criterion number such as "1.4.3"');
              ok = false;
            }
          });
        }
        if (item.fixBy !== undefined && !isDate(item.fixBy)) {
          err(`${path}.fixBy`, 'must be a date YYYY-MM-DD');
          ok = false;
        }
        if (ok) value.nonAccessible!.push({ description: item.description as string, criteria: item.criteria as string[], fixBy: item.fixBy as string | undefined });
      });
    }
  }

  for (const key of ['disproportionateBurden', 'outOfScope'] as const) {
    const list = data[key];
    if (list === undefined) continue;
    if (!Array.isArray(list)) {
      err(key, 'must be an array');
      continue;
    }
    value[key] = [];
    list.forEach((item: unknown, i) => {
      const path = `${key}[${i}]`;
      if (!isObject(item) || !isText(item.description)) return err(`${path}.description`, 'must be a non-empty string');
      if (item.reason !== undefined && typeof item.reason !== 'string') return err(`${path}.reason`, 'must be a string');
      value[key]!.push({ description: item.description, reason: item.reason as string | undefined });
    });
  }

  const a = data.assessment;
  if (!isObject(a)) err('assessment', 'must be an object with methods');
  else {
    const methods = Array.isArray(a.methods) ? a.methods.filter((m): m is AssessmentMethod => METHODS.includes(m as AssessmentMethod)) : [];
    if (!Array.isArray(a.methods) || a.methods.length === 0) err('assessment.methods', `must list at least one of ${METHODS.join(', ')}`);
    else if (methods.length !== a.methods.length) err('assessment.methods', `may only contain ${METHODS.join(', ')}`);
    if (a.assessor !== undefined && typeof a.assessor !== 'string') err('assessment.assessor', 'must be a string');
    if (a.tools !== undefined && !(Array.isArray(a.tools) && a.tools.every(isText))) err('assessment.tools', 'must be a list of names');
    if (methods.length) {
      value.assessment = {
        methods,
        assessor: typeof a.assessor === 'string' ? a.assessor : undefined,
        tools: Array.isArray(a.tools) ? a.tools.filter(isText) : undefined,
      };
    }
  }

  if (isDate(data.prepared)) value.prepared = data.prepared;
  else err('prepared', 'must be a date YYYY-MM-DD');
  if (data.reviewed !== undefined) {
    if (isDate(data.reviewed)) value.reviewed = data.reviewed;
    else err('reviewed', 'must be a date YYYY-MM-DD');
  }

  const f = data.feedback;
  if (!isObject(f) || !['email', 'phone', 'url'].some((k) => isText(f[k]))) err('feedback', 'must have an email, phone or url');
  else {
    const fb: AccessibilityStatementData['feedback'] = {};
    for (const k of ['name', 'email', 'phone', 'url'] as const) {
      if (f[k] === undefined) continue;
      if (isText(f[k])) fb[k] = f[k];
      else err(`feedback.${k}`, 'must be a non-empty string');
    }
    value.feedback = fb;
  }

  if (data.authority !== undefined) {
    if (!isObject(data.authority)) err('authority', 'must be an object');
    else {
      const au: SupervisoryAuthority = {};
      for (const k of ['name', 'unit', 'url', 'email', 'phone'] as const) {
        const v = data.authority[k];
        if (v === undefined) continue;
        if (isText(v)) au[k] = v;
        else err(`authority.${k}`, 'must be a non-empty string');
      }
      value.authority = au;
    }
  }

  return { valid: errors.length === 0, errors, value };
}
