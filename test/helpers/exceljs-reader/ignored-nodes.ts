/**
 * Worksheet parts the snapshot never uses, skipped by the ExcelJS reader as the product used them (long conditional
 * formats, data validations and drawings cost time; hyperlink cells still give their text).
 */
export const IGNORED_NODES = [
  "sheetPr",
  "autoFilter",
  "rowBreaks",
  "hyperlinks",
  "pageMargins",
  "dataValidations",
  "pageSetup",
  "headerFooter",
  "printOptions",
  "picture",
  "drawing",
  "sheetProtection",
  "tableParts",
  "conditionalFormatting",
  "extLst",
];
