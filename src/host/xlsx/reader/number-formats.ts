/**
 * Number format codes by id. Ids below 164 are built in: the codes listed for "All Languages" in ECMA-376 Part 1,
 * §18.8.30 (numFmt). Ids whose code depends on the user's language (5–8, 27–36, 41–44, 50–81) are not listed
 * there and read as "General", as the ExcelJS reader before this one read them.
 */
const BUILT_IN: Readonly<Record<number, string>> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: "m/d/yy h:mm",
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00;(#,##0.00)",
  40: "#,##0.00;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

/** The code for a format id: the workbook's own <numFmt> first, then the built-in table; undefined when neither. */
export function formatCode(id: number, custom: ReadonlyMap<number, string>): string | undefined {
  return custom.get(id) || BUILT_IN[id];
}
