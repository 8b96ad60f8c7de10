/** The 部门 + 单位 consolidation check of a batch (issue 10): the facts kept per workbook, and the comparison. */
export { consolidationFacts } from "./facts";
export { consolidate } from "./compare";
export { pairUnits } from "./pairing";
export { packFacts, figuresOf, LabelTable } from "./pack";
export type { Consolidated } from "./compare";
export type {
  ConsolidationFacts,
  ConsolidationInput,
  Coverage,
  FactsBase,
  Figure,
  FigurePlace,
  PackedFacts,
  UnitRowFigures,
} from "./types";
