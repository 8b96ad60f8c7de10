/** The 部门 + 单位 consolidation check of a batch (issue 10): the facts kept per workbook, and the comparison. */
export { consolidationFacts } from "./facts";
export { consolidate } from "./compare";
export { pairUnits } from "./pairing";
export type { Consolidated } from "./compare";
export type { ConsolidationFacts, ConsolidationInput, Figure, UnitRowFigures, Coverage } from "./types";
