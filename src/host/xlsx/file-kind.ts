import * as path from "node:path";
import type { ReadProblemKind } from "./read-problem";

/** What the first bytes and the name of a file say it is. */
export type FileKind = "xlsx" | Exclude<ReadProblemKind, "missing" | "not-a-file" | "corrupt">;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const PDF = [0x25, 0x50, 0x44, 0x46]; // %PDF

const WORKBOOK_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const LEGACY_EXTENSIONS = new Set([".xls", ".et", ".ett", ".xlsb", ".xlt"]);
// Excel names the stream of an encrypted workbook "EncryptionInfo" (UTF-16LE in the OLE directory).
const ENCRYPTION_INFO = Buffer.from("EncryptionInfo", "utf16le");

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * Classifies a file from its extension and content. Content wins over the name where it is decisive
 * (a PDF renamed .xlsx is still a PDF); an OLE container named .xlsx is an encrypted workbook when it holds
 * an EncryptionInfo stream, otherwise an old .xls renamed.
 */
export function fileKind(fileName: string, bytes: Uint8Array): FileKind {
  const ext = path.extname(fileName).toLowerCase();
  if (startsWith(bytes, PDF) || ext === ".pdf") return "pdf";
  if (startsWith(bytes, OLE)) {
    const isEncrypted = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(ENCRYPTION_INFO);
    return isEncrypted && !LEGACY_EXTENSIONS.has(ext) ? "encrypted" : "legacy-workbook";
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
