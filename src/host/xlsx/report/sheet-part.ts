/**
 * One worksheet of the report workbook, written row by row into the zip. Nothing of a row is kept once written:
 * the filter's range and the sheet's list of links, which SpreadsheetML puts after the rows, are made from the row
 * count alone (every data row links from the same column, rId = its row number); the links' targets go into the
 * sheet's relationships part, which is compressed into memory while the sheet streams and written when it ends.
 */
import type { Zip } from "fflate";
import { cellXml, escapeXml, sealText, type Cell } from "./cells";
import { ZipTextPart } from "./zip-part";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const HYPERLINK = `${REL_NS}/hyperlink`;
export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export interface SheetLayout {
  /** Column widths, one per column, in characters. */
  readonly widths: readonly number[];
  /** The column (0-based) that links out from every data row, if any. */
  readonly linkColumn?: number;
  /** The tab shown when the workbook opens. */
  readonly selected?: boolean;
}

/** "A" for column 0; the report's sheets have at most 26 columns. */
function column(index: number): string {
  if (index < 0 || index > 25) throw new RangeError(`column ${index} is past Z`);
  return String.fromCharCode(65 + index);
}

export class SheetPart {
  private readonly sheet: ZipTextPart;
  private readonly rels: ZipTextPart | undefined;
  /** Rows written, the header included. */
  private rows = 0;
  private links = 0;

  /** Starts xl/worksheets/sheet{index}.xml in `zip`: the frozen header row, the column widths. */
  constructor(
    zip: Zip,
    readonly index: number,
    readonly name: string,
    private readonly layout: SheetLayout,
    mtime: Date,
  ) {
    this.sheet = new ZipTextPart(zip, `xl/worksheets/sheet${index}.xml`, mtime);
    if (layout.linkColumn !== undefined) {
      this.rels = new ZipTextPart(zip, `xl/worksheets/_rels/sheet${index}.xml.rels`, mtime);
      this.rels.write(
        `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`,
      );
    }
    const cols = layout.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`);
    this.sheet.write(
      `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        `<sheetViews><sheetView workbookViewId="0"${layout.selected ? ' tabSelected="1"' : ""}>` +
        '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
        '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<sheetFormatPr defaultRowHeight="15"/>' +
        `<cols>${cols.join("")}</cols><sheetData>`,
    );
  }

  /** Data rows written so far (the header not counted). */
  get dataRows(): number {
    return Math.max(0, this.rows - 1);
  }

  /** The next row; `link` is the target of its cell in the link column (required there on every data row). */
  row(cells: readonly Cell[], link?: string): void {
    const r = ++this.rows;
    if ((link !== undefined) !== (r > 1 && this.rels !== undefined))
      throw new Error(`sheet ${this.name}: row ${r} ${link === undefined ? "lacks" : "cannot take"} a link`);
    let xml = `<row r="${r}">`;
    cells.forEach((cell, i) => (xml += cellXml(`${column(i)}${r}`, cell)));
    this.sheet.write(xml + "</row>");
    if (link !== undefined) {
      this.links++;
      this.rels!.write(
        `<Relationship Id="rId${r}" Type="${HYPERLINK}" Target="${escapeXml(sealText(link))}" TargetMode="External"/>`,
      );
    }
  }

  /** The range the filter covers, header and data: "A1:L250", or "$A$1:$L$250". */
  filterRange(absolute = false): string {
    const [lastColumn, lastRow] = [column(this.layout.widths.length - 1), Math.max(this.rows, 1)];
    return absolute ? `$A$1:$${lastColumn}$${lastRow}` : `A1:${lastColumn}${lastRow}`;
  }

  /** Ends the rows, lists the filter and the links, and closes the part (and its relationships). */
  end(): void {
    this.sheet.write(`</sheetData><autoFilter ref="${this.filterRange()}"/>`);
    if (this.links > 0) {
      const linkColumn = column(this.layout.linkColumn!);
      this.sheet.write("<hyperlinks>");
      for (let r = 2; r <= this.rows; r++) this.sheet.write(`<hyperlink ref="${linkColumn}${r}" r:id="rId${r}"/>`);
      this.sheet.write("</hyperlinks>");
    }
    this.sheet.write(
      '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>',
    );
    this.sheet.end();
    this.rels?.write("</Relationships>");
    this.rels?.end();
  }
}
