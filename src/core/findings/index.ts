export type { Finding, CellRef, Severity, SumVerdict } from "./finding";
export { SEVERITIES } from "./finding";
export { RULE_IDS, isRuleId } from "./rule-ids";
export type { RuleId } from "./rule-ids";
export type { Report, ReportFinding, ReportTable } from "./report";
export { buildReport } from "./build-report";
export type { ReportInput } from "./build-report";
