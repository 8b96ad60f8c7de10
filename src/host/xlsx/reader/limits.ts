/**
 * What the reader refuses to do with a workbook, so that a crafted or oversized file ends in one clear message
 * instead of a hang or a crash. Every limit is checked before the work it guards (declared zip sizes before
 * inflating, the cell count before the cell is stored) and can be raised from the command line.
 */

/** One limit; the names are stable (messages and command-line flags are keyed by them). */
export type LimitName =
  /** Size of the file on disk, in bytes (checked before it is read; the command line only). */
  | "file-size"
  /** Total uncompressed size of all the parts of the zip, in bytes. */
  | "unzipped-size"
  /** Uncompressed size ÷ compressed size of one large part (a zip bomb inflates a thousandfold). */
  | "compression-ratio"
  /** Number of files inside the zip. */
  | "parts"
  /** Cells of one sheet, counting the blanks a snapshot holds to the left of a filled cell. */
  | "sheet-cells"
  /** Cells of the whole workbook, counted the same way. */
  | "workbook-cells"
  /** Characters in one cell's text or formula (Excel itself stops at 32,767). */
  | "cell-chars";

export type ReadLimits = Readonly<Record<LimitName, number>>;

const MB = 1024 * 1024;

/**
 * Defaults: well above any real budget disclosure (a few hundred kilobytes, a few thousand cells) and above the
 * 200,000-item benchmark workbook (about 2.9 million cells, 110 MB of sheet XML), well below what exhausts memory.
 */
export const DEFAULT_READ_LIMITS: ReadLimits = {
  "file-size": 400 * MB,
  "unzipped-size": 400 * MB,
  "compression-ratio": 100,
  parts: 10_000,
  "sheet-cells": 4_000_000,
  "workbook-cells": 6_000_000,
  "cell-chars": 32_767,
};

/** The command-line flag that raises each limit (named in the message of both the command line and the pane). */
export const LIMIT_FLAGS: Readonly<Record<LimitName, string>> = {
  "file-size": "--max-file-mb",
  "unzipped-size": "--max-unzipped-mb",
  "compression-ratio": "--max-compression-ratio",
  parts: "--max-parts",
  "sheet-cells": "--max-sheet-cells",
  "workbook-cells": "--max-cells",
  "cell-chars": "--max-cell-chars",
};

/** Parts smaller than this are never judged by their compression ratio (a small run of blanks compresses well). */
export const RATIO_FLOOR_BYTES = MB;

const IN_MB: ReadonlySet<LimitName> = new Set(["file-size", "unzipped-size"]);

/** The value a flag's (or the settings file's) number stands for: sizes are in megabytes, the others are counts. */
export function limitFromFlag(limit: LimitName, value: number): number {
  return IN_MB.has(limit) ? value * MB : value;
}

/** The value a message shows for a limit: megabytes for the sizes (a fraction kept), the plain count otherwise. */
export function limitForDisplay(limit: LimitName, value: number): number {
  return IN_MB.has(limit) ? Number((value / MB).toPrecision(6)) : value;
}

/** Thrown inside the reader when a limit is passed; the reader turns it into a ReadProblem value. */
export class LimitExceeded extends Error {
  constructor(
    readonly limit: LimitName,
    readonly allowed: number,
  ) {
    super(`limit ${limit} (${allowed}) exceeded`);
    this.name = "LimitExceeded";
  }
}

/** Thrown inside the reader for a damaged part; the reader turns it into a "corrupt" ReadProblem. */
export class DamagedWorkbook extends Error {
  constructor(detail: string) {
    super(detail);
    this.name = "DamagedWorkbook";
  }
}

/** The limits with some overridden (from command-line flags or settings). */
export function withLimits(overrides: Partial<ReadLimits> | undefined): ReadLimits {
  return overrides ? { ...DEFAULT_READ_LIMITS, ...overrides } : DEFAULT_READ_LIMITS;
}
