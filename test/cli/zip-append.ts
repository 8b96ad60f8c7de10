/**
 * Test helper: adds a stored (uncompressed) entry to an existing zip, as the pane's custom XML part would sit in a
 * saved workbook. Keeps every existing entry byte for byte and rewrites the central directory after the new one.
 */
import { crc32 } from "node:zlib";

export function appendZipEntry(zip: Buffer, name: string, content: string): Buffer {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const entries = zip.readUInt16LE(end + 10);
  const centralSize = zip.readUInt32LE(end + 12);
  const centralStart = zip.readUInt32LE(end + 16);
  const data = Buffer.from(content, "utf8");
  const fileName = Buffer.from(name, "utf8");
  const crc = crc32(data);

  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4); // version needed
  local.writeUInt16LE(0x0800, 6); // UTF-8 name
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(fileName.length, 26);

  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(0x0800, 8);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(fileName.length, 28);
  central.writeUInt32LE(centralStart, 42); // the new local header goes where the old directory began

  const before = zip.subarray(0, centralStart);
  const oldCentral = zip.subarray(centralStart, centralStart + centralSize);
  const newCentral = Buffer.concat([oldCentral, central, fileName]);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries + 1, 8);
  eocd.writeUInt16LE(entries + 1, 10);
  eocd.writeUInt32LE(newCentral.length, 12);
  eocd.writeUInt32LE(centralStart + local.length + fileName.length + data.length, 16);
  return Buffer.concat([before, local, fileName, data, newCentral, eocd]);
}
