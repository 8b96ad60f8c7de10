/** The Node-free .xlsx reader: bytes → WorkbookSnapshot, with the read limits. Shared by the command line and the page. */
export { readWorkbookBytes } from "./read-workbook-bytes";
export { DEFAULT_READ_LIMITS, LIMIT_FLAGS, limitForDisplay, limitFromFlag, withLimits } from "./limits";
export type { LimitName, ReadLimits } from "./limits";
