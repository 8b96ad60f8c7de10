export type { CellValue, CellRange, CustomXmlPart, SheetSnapshot, WorkbookSnapshot } from "./snapshot";
export { columnName, cellAddress, parseAddress, rangeAddress } from "./address";
