/**
 * The workbook's custom XML parts (customXml/itemN.xml), where the pane stores accepted findings. ExcelJS does not
 * read them, so the zip's central directory is read here for those entries only: no other part is inflated, and a
 * part larger than MAX_PART_BYTES is left alone (a zip bomb gains nothing). Zip64 archives are not read (a
 * disclosure workbook is far below 4 GB); any surprise gives no parts, never a failure of the check.
 */
import { promises as fs } from "node:fs";
import { inflateRawSync } from "node:zlib";
import type { AcceptedFinding, SettingsOutcome } from "../core";
import { isAcceptedXml, isSettingsXml, parseAcceptedXml, parseSettingsXml } from "../core";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;
const MAX_PART_BYTES = 4 * 2 ** 20;
const PART = /^customXml\/item\d+\.xml$/;

/** The texts of the customXml/itemN.xml entries of a zip. */
export function customXmlParts(zip: Buffer): string[] {
  const from = Math.max(0, zip.length - 22 - MAX_COMMENT);
  let end = -1;
  for (let i = zip.length - 22; i >= from; i--)
    if (zip.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  if (end < 0) return [];
  const entries = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const parts: string[] = [];
  for (let n = 0; n < entries && at + 46 <= zip.length && zip.readUInt32LE(at) === CENTRAL; n++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + skip;
    if (!PART.test(name) || size > MAX_PART_BYTES || local + 30 > zip.length) continue;
    if (zip.readUInt32LE(local) !== LOCAL) continue;
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + compressed);
    try {
      const bytes =
        method === 0 ? data : method === 8 ? inflateRawSync(data, { maxOutputLength: MAX_PART_BYTES }) : undefined;
      if (bytes !== undefined) parts.push(bytes.toString("utf8").replace(/^\uFEFF/, ""));
    } catch {
      // A damaged part: as if it were not there.
    }
  }
  return parts;
}

/** What the pane stored in a workbook: accepted findings, and the settings part when there is one. */
export interface StoredParts {
  readonly accepted: AcceptedFinding[];
  /** The workbook's settings part, read as strictly as a settings file (a bad one is refused, naming the key). */
  readonly settings?: SettingsOutcome;
}

/** The parts the pane stored in a workbook file; none when it has no such part or cannot be read. */
export async function storedPartsOf(file: string): Promise<StoredParts> {
  const zip = await fs.readFile(file).catch(() => undefined);
  if (zip === undefined || zip.length < 22) return { accepted: [] };
  const parts = customXmlParts(zip);
  const settingsPart = parts.filter(isSettingsXml).pop();
  return {
    accepted: parts.filter(isAcceptedXml).flatMap((xml) => parseAcceptedXml(xml)),
    ...(settingsPart !== undefined && { settings: parseSettingsXml(settingsPart) }),
  };
}

/** The accepted findings stored in a workbook file; none when it has no such part or cannot be read. */
export async function acceptedFindingsOf(file: string): Promise<AcceptedFinding[]> {
  return (await storedPartsOf(file)).accepted;
}
