export { AccessibilityStatement, type AccessibilityStatementProps } from './AccessibilityStatement';
export {
  validateStatement,
  TRAFICOM_AUTHORITY,
  type AccessibilityStatementData,
  type AssessmentMethod,
  type ConformanceStatus,
  type ExemptItem,
  type NonAccessibleItem,
  type StatementError,
  type StatementValidation,
  type SupervisoryAuthority,
} from './statement';
