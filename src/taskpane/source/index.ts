export type { CheckedWorkbook, HostUpdate, PaneHost } from "./pane-host";
export { checkSnapshot } from "./check-snapshot";
export { catalogFromSheet, sheetCatalogYear } from "./sheet-catalog";
export type { SheetCatalogOutcome } from "./sheet-catalog";
export { BrowserHost } from "./browser-host";
export { shareCatalogWithFunctions } from "./functions-catalog";
