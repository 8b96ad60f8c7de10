export type { CellValue, CellRange, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
export { columnName, cellAddress, parseAddress, rangeAddress } from "./address";
