/**
 * Recognises a report this program wrote, so an existing file is replaced without --force only when it is one of
 * ours (issue #9: inputs and other people's files are never overwritten).
 * - JSON: the shape of our report (an object with "workbook" and "findings", an array of those, or one per line).
 * - .xlsx: the document properties we stamp (creator and last-modified-by both REPORT_AUTHOR); a report someone has
 *   since saved in Excel names them instead, so their edits are not lost either.
 * Only small reads: the zip's central directory and one compressed entry with a cap on its size.
 */
import { promises as fs } from "node:fs";
import * as zlib from "node:zlib";

/** Stamped into our report workbooks' document properties (docProps/core.xml). */
export const REPORT_AUTHOR = "budget-check";

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

/** The uncompressed bytes of one zip entry, or undefined (not a zip, no such entry, too big, damaged). */
export function zipEntry(zip: Buffer, name: string, maxBytes: number): Buffer | undefined {
  const END_SIGNATURE = 0x06054b50;
  const CENTRAL_SIGNATURE = 0x02014b50;
  const LOCAL_SIGNATURE = 0x04034b50;
  let end = -1;
  for (let i = zip.length - 22; i >= 0 && i >= zip.length - 22 - 0xffff; i--)
    if (zip.readUInt32LE(i) === END_SIGNATURE) {
      end = i;
      break;
    }
  if (end < 0) return undefined;
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_SIGNATURE) return undefined;
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString("utf8", at + 46, at + 46 + nameLength) === name) {
      if (size > maxBytes || local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL_SIGNATURE) return undefined;
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      try {
        if (method === 0) return data;
        if (method === 8) return zlib.inflateRawSync(data, { maxOutputLength: maxBytes });
      } catch {
        return undefined;
      }
      return undefined;
    }
    at += 46 + skip;
  }
  return undefined;
}

/** Our report workbook, not saved by anyone since: both authorship properties still name us. */
export function isOurWorkbook(zip: Buffer): boolean {
  const core = zipEntry(zip, "docProps/core.xml", MAX_CORE_XML_BYTES)?.toString("utf8");
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
