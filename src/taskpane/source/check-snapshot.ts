import type { CheckOptions, ReportInput, WorkbookSnapshot } from "../../core";
import { check, parseAddress } from "../../core";
import type { CheckedWorkbook } from "./pane-host";

/** Runs the core's check on a snapshot, as the command line does, and keeps what the report and the list need. */
export function checkSnapshot(
  snapshot: WorkbookSnapshot,
  options: CheckOptions = {},
): CheckedWorkbook & { readonly input: ReportInput } {
  const { input, report } = check(snapshot, options);
  return {
    input,
    sheetOrder: snapshot.sheets.map((sheet) => sheet.name),
    report,
    cellText: (sheet, cell) => {
      const at = parseAddress(cell);
      const value = at && snapshot.sheets.find((s) => s.name === sheet)?.values[at.row]?.[at.col];
      return typeof value === "string" ? value : undefined;
    },
  };
}
