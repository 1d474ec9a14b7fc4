import type { AuditReport } from './audit.js';
export declare function escapeXml(value: unknown): string;
export declare function toJUnit(report: AuditReport): string;
export declare function toHtml(report: AuditReport): string;
export declare function writeReports(report: AuditReport, dir: string): { json: string; junit: string; html: string };
