import type { CheckOptions } from "../../core/engine";
import { checkWorkbook, reportInputOf } from "../../core/engine";
import { buildReport } from "../../core/findings";
import type { ReportInput } from "../../core/findings";
import type { WorkbookSnapshot } from "../../core/grid";
import { parseAddress } from "../../core/grid";
import type { CheckedWorkbook } from "./pane-host";

/** Runs the engine on a snapshot, as the command line does, and keeps what the report and the list need. */
export function checkSnapshot(
  snapshot: WorkbookSnapshot,
  options: CheckOptions = {},
): CheckedWorkbook & { readonly input: ReportInput } {
  const result = checkWorkbook(snapshot, options);
  const input: ReportInput = reportInputOf(snapshot.name, result);
  return {
    input,
    sheetOrder: snapshot.sheets.map((sheet) => sheet.name),
    report: (language) => buildReport(input, language),
    cellText: (sheet, cell) => {
      const at = parseAddress(cell);
      const value = at && snapshot.sheets.find((s) => s.name === sheet)?.values[at.row]?.[at.col];
      return typeof value === "string" ? value : undefined;
    },
  };
}
