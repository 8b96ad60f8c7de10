/** The reconciliation engine: recognise the tables, build the quantity map, run every rule. */
export { checkWorkbook } from "./check-workbook";
export { reportInputOf } from "./report-input";
export type { CheckOptions, CheckResult, Profile } from "./types";
export { recogniseWorkbook, TABLE_KINDS } from "./recognise";
export { bodyName } from "./body-name";
export type { RecognisedWorkbook, RecognisedTable, Row, Column, Amount, AmountRole, TableKind } from "./recognise";
export { QUANTITY_KEYS, classKey } from "./quantities";
export type { Quantity, QuantityKey, QuantityMap } from "./quantities";
export { buildQuantities } from "./build-quantities";
export { RULES, TABLE_RULES } from "./rules";
export type { Rule, RuleContext } from "./rule";
