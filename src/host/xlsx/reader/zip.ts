/**
 * The zip container of an .xlsx, read from its central directory (APPNOTE.TXT, PKWARE's zip specification,
 * sections 4.3.7, 4.3.12 and 4.3.16). Sizes are checked against the limits from what the directory declares, before
 * anything is inflated; inflating (fflate) then stops as soon as a part produces more than it declared.
 */
import { Inflate } from "fflate";
import { DamagedWorkbook, LimitExceeded, RATIO_FLOOR_BYTES, type ReadLimits } from "./limits";

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated; anything else is refused. */
  readonly method: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares (a zip bomb may lie: inflating enforces it). */
  readonly size: number;
  readonly localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_RECORD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const ZIP64_MARK = 0xffffffff;
const FLAG_ENCRYPTED = 0x1;
/** Compressed bytes handed to the inflater at a time: at most about 1000× that comes out before the next check. */
const INFLATE_SLICE = 64 * 1024;

const utf8 = new TextDecoder("utf-8");

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function endOfDirectory(bytes: Uint8Array, data: DataView): number {
  const last = bytes.length - END_RECORD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) if (data.getUint32(at, true) === END_OF_DIRECTORY) return at;
  throw new DamagedWorkbook("no zip directory (truncated file?)");
}

/** The entries the central directory lists, in its order. */
export function zipEntries(bytes: Uint8Array, limits: ReadLimits): ZipEntry[] {
  if (bytes.length < END_RECORD_SIZE) throw new DamagedWorkbook("too short for a zip archive");
  const data = view(bytes);
  const end = endOfDirectory(bytes, data);
  const count = data.getUint16(end + 10, true);
  if (count > limits.parts) throw new LimitExceeded("parts", limits.parts);
  let at = data.getUint32(end + 16, true);
  if (at === ZIP64_MARK) throw new DamagedWorkbook("zip64 archives are not read");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || data.getUint32(at, true) !== DIRECTORY_ENTRY)
      throw new DamagedWorkbook("damaged zip directory");
    const flags = data.getUint16(at + 8, true);
    const nameLength = data.getUint16(at + 28, true);
    const extraLength = data.getUint16(at + 30, true);
    const commentLength = data.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: data.getUint16(at + 10, true),
      compressedSize: data.getUint32(at + 20, true),
      size: data.getUint32(at + 24, true),
      localHeaderOffset: data.getUint32(at + 42, true),
    };
    if (flags & FLAG_ENCRYPTED) throw new DamagedWorkbook(`encrypted zip entry ${entry.name}`);
    if (entry.size === ZIP64_MARK || entry.compressedSize === ZIP64_MARK || entry.localHeaderOffset === ZIP64_MARK)
      throw new DamagedWorkbook("zip64 archives are not read");
    entries.push(entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  checkDeclaredSizes(entries, limits);
  return entries;
}

/** The limits judged from the directory alone: nothing has been inflated yet. */
function checkDeclaredSizes(entries: readonly ZipEntry[], limits: ReadLimits): void {
  let total = 0;
  for (const entry of entries) {
    total += entry.size;
    if (total > limits["unzipped-size"]) throw new LimitExceeded("unzipped-size", limits["unzipped-size"]);
    if (entry.size > RATIO_FLOOR_BYTES && entry.size > limits["compression-ratio"] * entry.compressedSize)
      throw new LimitExceeded("compression-ratio", limits["compression-ratio"]);
  }
}

/** The compressed bytes of an entry, found through its local header. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const at = entry.localHeaderOffset;
  const data = view(bytes);
  if (at + 30 > bytes.length || data.getUint32(at, true) !== LOCAL_HEADER)
    throw new DamagedWorkbook(`damaged zip entry ${entry.name}`);
  const start = at + 30 + data.getUint16(at + 26, true) + data.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new DamagedWorkbook(`truncated zip entry ${entry.name}`);
  return bytes.subarray(start, end);
}

/**
 * Inflates one entry, handing each piece to `onChunk` as it comes (a large sheet never sits in memory whole).
 * Stops with DamagedWorkbook when the entry inflates to more or fewer bytes than it declared, so a lying header
 * costs at most one slice's worth of work past its declaration.
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, onChunk: (chunk: Uint8Array) => void): void {
  const compressed = entryData(bytes, entry);
  if (entry.method === 0) {
    if (compressed.length !== entry.size) throw new DamagedWorkbook(`size mismatch in ${entry.name}`);
    if (compressed.length > 0) onChunk(compressed);
    return;
  }
  if (entry.method !== 8) throw new DamagedWorkbook(`unsupported compression in ${entry.name}`);
  let produced = 0;
  const inflater = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > entry.size) throw new DamagedWorkbook(`${entry.name} inflates past its declared size`);
    if (chunk.length > 0) onChunk(chunk);
  });
  try {
    for (let at = 0; at < compressed.length || at === 0; at += INFLATE_SLICE) {
      const end = Math.min(at + INFLATE_SLICE, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (error) {
    if (error instanceof DamagedWorkbook || error instanceof LimitExceeded) throw error;
    throw new DamagedWorkbook(`${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (produced !== entry.size) throw new DamagedWorkbook(`size mismatch in ${entry.name}`);
}
