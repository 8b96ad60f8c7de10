/**
 * The .xlsx reader for the command line and the browser alike: bytes in, WorkbookSnapshot out, no Node API.
 * Order of work: what the file is (PDF, .xls, encrypted, not a zip), the zip directory against the size limits,
 * then the workbook, styles, shared strings and each sheet, streamed. Every expected failure is a ReadProblem value.
 */
import type { SheetSnapshot } from "../../../core";
import { fileKind, looksLikeZip } from "../file-kind";
import type { ReadOutcome } from "../read-problem";
import { readCustomXmlParts } from "./custom-xml-parts";
import { firstLine } from "./first-line";
import { DamagedWorkbook, DEFAULT_READ_LIMITS, LimitExceeded, type ReadLimits } from "./limits";
import { Package, workbookPartName } from "./package-parts";
import { readSharedStrings } from "./shared-strings-part";
import { readStylesPart } from "./styles-part";
import { readWorkbookPart } from "./workbook-part";
import { readWorksheet, type WorksheetContext } from "./worksheet-part";
import { zipEntries } from "./zip";

function readPackage(bytes: Uint8Array, name: string, limits: ReadLimits): ReadOutcome {
  const pkg = new Package(bytes, zipEntries(bytes, limits));
  const workbookPart = workbookPartName(pkg);
  const related = pkg.relationships(workbookPart);
  const partOf = (type: string) => related.find((rel) => rel.type === type)?.target;
  const workbook = readWorkbookPart(pkg, workbookPart);
  const context: WorksheetContext = {
    pkg,
    styles: readStylesPart(pkg, partOf("styles")),
    strings: readSharedStrings(pkg, partOf("sharedStrings"), limits),
    date1904: workbook.date1904,
    limits,
    budget: { used: 0 },
  };
  const sheets: SheetSnapshot[] = [];
  for (const sheet of workbook.sheets)
    if (sheet.part !== undefined) sheets.push(readWorksheet(context, sheet.part, sheet.name, sheet.hidden));
  // A zip without worksheets (another format renamed .xlsx, or a workbook of chart sheets only).
  if (sheets.length === 0) return { ok: false, problem: { kind: "corrupt", file: name, detail: "no worksheet" } };
  const customXmlParts = readCustomXmlParts(pkg);
  return { ok: true, snapshot: { name, sheets, ...(customXmlParts.length > 0 && { customXmlParts }) } };
}

/**
 * Reads workbook bytes into a snapshot; `name` is the file name shown in reports and decides the accepted types.
 * Never throws for a bad file: damaged, refused and over-limit files come back as problems.
 */
export function readWorkbookBytes(
  bytes: Uint8Array,
  name: string,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
): ReadOutcome {
  const kind = fileKind(name, bytes);
  if (kind !== "xlsx") return { ok: false, problem: { kind, file: name } };
  if (!looksLikeZip(bytes)) return { ok: false, problem: { kind: "corrupt", file: name, detail: "not a zip archive" } };
  try {
    return readPackage(bytes, name, limits);
  } catch (error) {
    if (error instanceof LimitExceeded)
      return { ok: false, problem: { kind: "limit", file: name, limit: error.limit, allowed: error.allowed } };
    // DamagedWorkbook, an XML syntax error, or anything else a damaged file can provoke.
    const detail = error instanceof DamagedWorkbook ? error.message : firstLine(error);
    return { ok: false, problem: { kind: "corrupt", file: name, detail } };
  }
}
