export { checkWorkbook } from "./check-workbook";
export type { CheckOptions, CheckResult, Profile } from "./types";
