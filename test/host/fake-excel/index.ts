export { FakeExcel, openInFakeExcel } from "./fake-context";
export type { FakeContextOptions } from "./fake-context";
export { FakeBatch, FakeClientResult, FakeCollection } from "./fake-batch";
export { appearanceOf, contentsOf, fakeSheet, fakeWorkbook, sheetOf } from "./fake-workbook";
export type { CellInput, FakeCell, FakeFill, FakeSheet, FakeWorkbook, SheetInput } from "./fake-workbook";
