/**
 * The report workbook's cell styles: a fixed table (styles.xml), so nothing about styles is collected while rows
 * stream. Colours are Excel's own "Bad", "Neutral" and "Good" and a light blue, the ones reviewers know from
 * conditional formatting; links are blue and underlined as Excel draws them.
 */
import type { Severity } from "../../../core";
import { amountFormat, escapeXml, MAX_AMOUNT_DECIMALS } from "./cells";

const SEVERITY_COLOURS: Readonly<Record<Severity | "accepted", { fill: string; font: string }>> = {
  error: { fill: "FFFFC7CE", font: "FF9C0006" },
  warning: { fill: "FFFFEB9C", font: "FF9C5700" },
  info: { fill: "FFDDEBF7", font: "FF1F4E78" },
  accepted: { fill: "FFC6EFCE", font: "FF006100" },
};
const LINK_COLOUR = "FF0563C1";
const COLOURED = ["error", "warning", "info", "accepted"] as const;

/** Indexes into cellXfs. */
export const STYLE = {
  header: 1,
  link: 2,
  severity: { error: 3, warning: 4, info: 5 } as Readonly<Record<Severity, number>>,
  accepted: 6,
  wrapped: 7,
  /** The status of a workbook that could not be read: in the error colour. */
  problem: 8,
} as const;
const FIRST_AMOUNT_STYLE = 9;

/** Excel's built-in formats for two of the amount formats (ids 3 and 4); the others are numbered from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { "#,##0": 3, "#,##0.00": 4 };

const AMOUNT_FORMATS = Array.from({ length: MAX_AMOUNT_DECIMALS + 1 }, (_, decimals) => amountFormat(decimals));
const AMOUNT_STYLES = new Map(AMOUNT_FORMATS.map((format, decimals) => [format, FIRST_AMOUNT_STYLE + decimals]));

/** The style of an amount shown in `numFmt` (one of the amount formats). */
export function amountStyle(numFmt: string): number {
  const style = AMOUNT_STYLES.get(numFmt);
  if (style === undefined) throw new RangeError(`not an amount format: ${numFmt}`);
  return style;
}

function formatId(format: string, decimals: number): number {
  return BUILT_IN_FORMATS[format] ?? 164 + decimals;
}

/** A font in the order Excel writes its parts (b, u, sz, color, name). */
const font = (look: { bold?: boolean; underline?: boolean; colour?: string } = {}) =>
  "<font>" +
  (look.bold ? "<b/>" : "") +
  (look.underline ? "<u/>" : "") +
  '<sz val="11"/>' +
  (look.colour ? `<color rgb="${look.colour}"/>` : "") +
  '<name val="Calibri"/><family val="2"/></font>';
const solidFill = (argb: string) =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb}"/><bgColor indexed="64"/></patternFill></fill>`;
const xf = (fontId: number, fillId = 0, numFmtId = 0, inner = "") =>
  `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="0" xfId="0"` +
  (fontId ? ' applyFont="1"' : "") +
  (fillId ? ' applyFill="1"' : "") +
  (numFmtId ? ' applyNumberFormat="1"' : "") +
  (inner ? ` applyAlignment="1">${inner}</xf>` : "/>");

/** xl/styles.xml. */
export function stylesXml(): string {
  const customFormats = AMOUNT_FORMATS.map((format, decimals) => ({ id: formatId(format, decimals), format })).filter(
    (f) => f.id >= 164,
  );
  // Fonts: 0 plain, 1 bold, 2 link, then one per colour of COLOURED. Fills: 0 none, 1 gray125 (both required), then COLOURED.
  const fonts = [
    font(),
    font({ bold: true }),
    font({ underline: true, colour: LINK_COLOUR }),
    ...COLOURED.map((c) => font({ colour: SEVERITY_COLOURS[c].font })),
  ];
  const fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
    ...COLOURED.map((c) => solidFill(SEVERITY_COLOURS[c].fill)),
  ];
  const colouredFont = (c: (typeof COLOURED)[number]) => 3 + COLOURED.indexOf(c);
  const colouredFill = (c: (typeof COLOURED)[number]) => 2 + COLOURED.indexOf(c);
  const xfs = [
    xf(0),
    xf(1), // header
    xf(2), // link
    ...COLOURED.map((c) => xf(colouredFont(c), colouredFill(c))), // error, warning, info, accepted
    xf(0, 0, 0, '<alignment vertical="top" wrapText="1"/>'), // wrapped
    xf(colouredFont("error")), // problem
    ...AMOUNT_FORMATS.map((format, decimals) => xf(0, 0, formatId(format, decimals))),
  ];
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<numFmts count="${customFormats.length}">` +
    customFormats.map((f) => `<numFmt numFmtId="${f.id}" formatCode="${escapeXml(f.format)}"/>`).join("") +
    "</numFmts>" +
    `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
    `<fills count="${fills.length}">${fills.join("")}</fills>` +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    "</styleSheet>"
  );
}
