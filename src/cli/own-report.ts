/**
 * Recognises a report this program wrote, so an existing file is replaced without --force only when it is one of
 * ours (issue #9: inputs and other people's files are never overwritten).
 * - JSON: the shape of our report (an object with "workbook" and "findings", an array of those, or one per line).
 * - .xlsx: the document properties we stamp (creator and last-modified-by both REPORT_AUTHOR); a report someone has
 *   since saved in Excel names them instead, so their edits are not lost either.
 * Only small reads: the zip's central directory and one compressed entry with a cap on its size (the reader's zip code).
 */
import { promises as fs } from "node:fs";
import { REPORT_AUTHOR } from "../host/xlsx/report";
import { withLimits } from "../host/xlsx/reader/limits";
import { Package } from "../host/xlsx/reader/package-parts";
import { partText } from "../host/xlsx/reader/xml-part";
import { zipEntries } from "../host/xlsx/reader/zip";

/** Files larger than this are not read to be recognised (they are not ours, or --force decides). */
const MAX_RECOGNISED_BYTES = 64 * 1024 * 1024;
/** docProps/core.xml is a few hundred bytes; a bigger one is not ours. */
const MAX_CORE_XML_BYTES = 64 * 1024;

function isReportObject(value: unknown): boolean {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.workbook === "string" && Array.isArray(v.findings);
}

/** Our JSON report: one report, an array of them (possibly empty), or one per line. */
export function isOurJson(text: string): boolean {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.every(isReportObject) : isReportObject(parsed);
  } catch {
    const lines = text.split("\n").filter((line) => line.trim() !== "");
    if (lines.length === 0) return false;
    try {
      return lines.every((line) => isReportObject(JSON.parse(line)));
    } catch {
      return false;
    }
  }
}

/**
 * The text of one small zip entry, read with the .xlsx reader's zip code (declared sizes checked, inflating stops
 * past them), or undefined (not a zip, no such entry, too big, damaged).
 */
export function zipEntryText(zip: Uint8Array, name: string, maxBytes: number): string | undefined {
  try {
    // Only the report's own size cap matters here: the other parts are listed, never inflated.
    const limits = withLimits({
      "unzipped-size": Number.MAX_SAFE_INTEGER,
      "compression-ratio": Number.MAX_SAFE_INTEGER,
    });
    const entry = new Package(zip, zipEntries(zip, limits)).entry(name);
    return entry === undefined || entry.size > maxBytes ? undefined : partText(zip, entry);
  } catch {
    return undefined;
  }
}

/** Our report workbook, not saved by anyone since: both authorship properties still name us. */
export function isOurWorkbook(zip: Buffer): boolean {
  const core = zipEntryText(zip, "docProps/core.xml", MAX_CORE_XML_BYTES);
  if (core === undefined) return false;
  const property = (tag: string) => new RegExp(`<${tag}[^>]*>([^<]*)</${tag}>`).exec(core)?.[1];
  return property("dc:creator") === REPORT_AUTHOR && property("cp:lastModifiedBy") === REPORT_AUTHOR;
}

/** Whether the regular file at `file` is a report we wrote (by its extension: .json or .xlsx). */
export async function isOurReport(file: string, size: number): Promise<boolean> {
  if (size > MAX_RECOGNISED_BYTES) return false;
  const bytes = await fs.readFile(file);
  return /\.json$/i.test(file) ? isOurJson(bytes.toString("utf8")) : isOurWorkbook(bytes);
}
