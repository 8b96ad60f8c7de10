import type { ReportLabels } from "./types";

/** Sheet names and headings of the report workbook in English (no Chinese in the tool's own words). */
export const en: ReportLabels = {
  summarySheet: "Summary",
  findingsSheet: "Findings",
  findingsSheetPart: (n) => `Findings (${n})`,
  notesSheet: "Notes",
  summaryHeaders: [
    "Workbook",
    "Body",
    "Year",
    "Errors",
    "Warnings",
    "Info",
    "Accepted",
    "Tables recognised",
    "Status",
    "File",
  ],
  findingsHeaders: [
    "Workbook",
    "Sheet",
    "Cell",
    "Severity",
    "Rule",
    "Message",
    "Unit",
    "Expected",
    "Actual",
    "Difference",
    "Rounding bound",
    "Other cells",
  ],
  notesHeaders: ["Note"],
  severity: { error: "error", warning: "warning", info: "info" },
  checked: "checked",
  accepted: "accepted",
};
