import type { ReadProblemKind } from "./read-problem";

/** What the first bytes and the name of a file say it is. No Node API: the browser mode uses it too. */
export type FileKind = "xlsx" | Exclude<ReadProblemKind, "missing" | "not-a-file" | "corrupt" | "limit">;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const LEGACY_EXTENSIONS = new Set([".xls", ".et", ".ett", ".xlsb", ".xlt"]);
/** Excel names the stream of an encrypted workbook "EncryptionInfo" (UTF-16LE in the OLE directory). */
const ENCRYPTION_INFO = [..."EncryptionInfo"].flatMap((ch) => [ch.charCodeAt(0), 0]);

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

function contains(bytes: Uint8Array, needle: readonly number[]): boolean {
  const first = needle[0];
  for (let at = bytes.indexOf(first!); at >= 0; at = bytes.indexOf(first!, at + 1))
    if (needle.every((byte, i) => bytes[at + i] === byte)) return true;
  return false;
}

/** ".XLSX" from "a/b.XLSX", lower-cased; "" when the name has none. Works with / and \ separators. */
function extensionOf(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf("/"), fileName.lastIndexOf("\\")) + 1);
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot).toLowerCase() : "";
}

/**
 * Classifies a file from its extension and content. Content wins over the name where it is decisive
 * (a PDF renamed .xlsx is still a PDF); an OLE container named .xlsx is an encrypted workbook when it holds
 * an EncryptionInfo stream, otherwise an old .xls renamed.
 */
export function fileKind(fileName: string, bytes: Uint8Array): FileKind {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, PDF) || ext === ".pdf") return "pdf";
  if (startsWith(bytes, OLE)) {
    return contains(bytes, ENCRYPTION_INFO) && !LEGACY_EXTENSIONS.has(ext) ? "encrypted" : "legacy-workbook";
  }
  if (LEGACY_EXTENSIONS.has(ext)) return "legacy-workbook";
  if (!WORKBOOK_EXTENSIONS.has(ext)) return "unsupported";
  // A zip or anything else named .xlsx: the reader decides whether it is a workbook or corrupt.
  return "xlsx";
}

/** True when the bytes start like a zip archive (every .xlsx does). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP);
}
