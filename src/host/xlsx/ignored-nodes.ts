/**
 * Worksheet parts the snapshot never uses. Skipping them saves time on real files (long conditional formats, data
 * validations, drawings) and avoids parser failures in parts that do not matter; hyperlink cells still give their
 * text. Shared by the command line's reader and the browser mode's, so both read a workbook alike. No fs here.
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
