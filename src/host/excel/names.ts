/** Names this add-in writes into a workbook. Changing one orphans what earlier versions wrote. */

/** The report sheet (校验报告): rewritten on export, never validated itself. */
export const REPORT_SHEET_NAME = "校验报告";

/** Namespace of the custom XML part that remembers each marked cell's original fill and note. */
export const MARKS_XML_NAMESPACE = "urn:budget-check:marks:1";
