export { recogniseWorkbook } from "./recognise-workbook";
export { recogniseSheet } from "./recognise-sheet";
export { TABLE_KINDS, kindOrder, kindFromTitle } from "./kinds";
export type { TableKind } from "./kinds";
export { isUnitCode, codeLevel } from "./codes";
export * from "./types";
