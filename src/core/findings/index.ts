export type { Finding, FindingOf, CellRef, Severity, SumVerdict } from "./finding";
export type { RuleParams } from "./rule-params";
export { SEVERITIES } from "./finding";
export { RULE_IDS, isRuleId } from "./rule-ids";
export type { RuleId } from "./rule-ids";
export type { Report, ReportFinding, ReportTable } from "./report";
export { buildReport } from "./build-report";
export { findingKey } from "./finding-key";
export type { ReportInput } from "./build-report";
