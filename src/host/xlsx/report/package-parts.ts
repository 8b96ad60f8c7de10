/**
 * The parts of the report workbook around its sheets, written when the sheets are done: the workbook (tab order,
 * the filters' names), the package's content types and relationships, styles, and the document properties that
 * stamp the file as ours, so a later run may replace it (the command line's own-report.ts reads them back).
 */
import type { Zip } from "fflate";
import { escapeXml } from "./cells";
import { quoteSheet } from "./links";
import { MAIN_NS, REL_NS, XML_DECLARATION, type SheetPart } from "./sheet-part";
import { stylesXml } from "./styles";
import { addWholePart } from "./zip-part";

/** Creator and last-modified-by of every report workbook we write; Excel names the user instead once it is saved. */
export const REPORT_AUTHOR = "budget-check";

const PACKAGE_RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument";

function relationships(rels: readonly { id: string; type: string; target: string }[]): string {
  return (
    `${XML_DECLARATION}<Relationships xmlns="${PACKAGE_RELS_NS}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
    "</Relationships>"
  );
}

/** "2026-12-07T04:10:00Z": W3CDTF without milliseconds. */
function w3cdtf(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}

function workbookXml(tabs: readonly SheetPart[]): string {
  const sheets = tabs.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  // Excel keeps each sheet's filter range as this hidden name too; LibreOffice needs it to show the filter.
  const filters = tabs.map(
    (s, i) =>
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">` +
      `${escapeXml(quoteSheet(s.name))}!${s.filterRange(true)}</definedName>`,
  );
  return (
    `${XML_DECLARATION}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    '<bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheets.join("")}</sheets><definedNames>${filters.join("")}</definedNames></workbook>`
  );
}

/** Writes every part but the sheets; `tabs` are the sheets in tab order, all ended. */
export function addPackageParts(zip: Zip, tabs: readonly SheetPart[], date: Date): void {
  addWholePart(zip, "xl/styles.xml", stylesXml(), date);
  addWholePart(zip, "xl/workbook.xml", workbookXml(tabs), date);
  addWholePart(
    zip,
    "xl/_rels/workbook.xml.rels",
    relationships([
      ...tabs.map((s, i) => ({
        id: `rId${i + 1}`,
        type: `${REL_NS}/worksheet`,
        target: `worksheets/sheet${s.index}.xml`,
      })),
      { id: `rId${tabs.length + 1}`, type: `${REL_NS}/styles`, target: "styles.xml" },
    ]),
    date,
  );
  addWholePart(
    zip,
    "[Content_Types].xml",
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.spreadsheetml.sheet.main+xml"/>` +
      tabs
        .map(
          (s) =>
            `<Override PartName="/xl/worksheets/sheet${s.index}.xml" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>`,
        )
        .join("") +
      `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>` +
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
      `<Override PartName="/docProps/app.xml" ContentType="${TYPE}.extended-properties+xml"/>` +
      "</Types>",
    date,
  );
  addWholePart(
    zip,
    "_rels/.rels",
    relationships([
      { id: "rId1", type: `${REL_NS}/officeDocument`, target: "xl/workbook.xml" },
      { id: "rId2", type: `${PACKAGE_RELS_NS}/metadata/core-properties`, target: "docProps/core.xml" },
      { id: "rId3", type: `${REL_NS}/extended-properties`, target: "docProps/app.xml" },
    ]),
    date,
  );
  addWholePart(
    zip,
    "docProps/core.xml",
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
      ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
      ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:creator>${REPORT_AUTHOR}</dc:creator><cp:lastModifiedBy>${REPORT_AUTHOR}</cp:lastModifiedBy>` +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(date)}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(date)}</dcterms:modified>` +
      "</cp:coreProperties>",
    date,
  );
  addWholePart(
    zip,
    "docProps/app.xml",
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
      `<Application>${REPORT_AUTHOR}</Application></Properties>`,
    date,
  );
}
