import type { AuditReport } from './audit.js';
import type { AccessibilityStatementData } from './statement-data.ts';

export type Lang = 'fi' | 'sv' | 'en';
export type Text = string | Partial<Record<Lang, string>>;

/** The statement data: types generated from schemas/statement.schema.json (statement-data.ts). */
export type StatementData = AccessibilityStatementData;
export type { AccessibilityStatementData, NonAccessibleItem, ExemptItem } from './statement-data.ts';

/** The manual findings file. Every text may be `{ fi, sv, en }`. */
export interface ManualFindings {
  /** Fields of the statement the audit cannot know: serviceName, organisation, serviceUrl, feedback, ... */
  statement: Record<string, unknown>;
  /** Barriers found by people. */
  findings?: { description: Text; criteria: string[]; fixBy?: string }[];
}

/** The components' conformance records: docs/conformance.json (scripts/conformance-json.mjs). */
export interface ConformanceRecords {
  wcag?: string;
  components: {
    component: string;
    criteria: { id: string; name?: string; level?: string; status: 'supports' | 'partially-supports' | 'does-not-support' | 'not-applicable'; how: string }[];
    knownIssues: { description: Text; criteria: string[]; workaround?: Text }[];
  }[];
}

export declare const languages: readonly ['fi', 'sv', 'en'];
export declare const traficom: { url: string; email: string; phone: string };
export declare function localize(value: unknown, lang: Lang): any;
export declare function loadManualFindings(file: string): ManualFindings;
export declare function loadAuditReports(files: string[]): AuditReport;
export declare function auditItems(report: AuditReport, lang: Lang): { description: string; criteria: string[]; fixBy?: string }[];
export declare function loadConformance(file: string): ConformanceRecords;
export declare function conformanceItems(records: ConformanceRecords, lang: Lang): { description: string; criteria: string[] }[];
export declare function conformanceCriteria(records: ConformanceRecords): { id: string; name: string; level: string; components: string[]; partial: string[] }[];
export declare function buildStatement(report: AuditReport | undefined, manual: ManualFindings, lang: Lang, options?: { today?: string; conformance?: ConformanceRecords }): StatementData;
export declare function statementMarkdown(data: StatementData, lang: Lang, options?: { conformance?: ConformanceRecords }): string;
export declare function checkStatement(data: StatementData): string[];
export declare const statementTexts: Record<Lang, Record<string, string>>;
export declare function statementText(lang: Lang, key: string, values?: Record<string, string>): string;
