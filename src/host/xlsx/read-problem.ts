import type { WorkbookSnapshot } from "../../core";
import type { LimitName } from "./reader/limits";

/**
 * Why a file could not be read. Returned as a value (an expected problem, not a bug); the command line and the
 * browser mode turn it into the same one line of text in the user's language (read-problem-text.ts).
 */
export type ReadProblemKind =
  /** No file at that path. */
  | "missing"
  /** The path is a folder or something else that is not a regular file. */
  | "not-a-file"
  /** .xls, WPS .et, .xlsb or a legacy binary workbook: the user should save it as .xlsx. */
  | "legacy-workbook"
  /** A PDF (the published disclosure, not the workbook). */
  | "pdf"
  /** A password-protected workbook: Excel stores those in an OLE container, not a zip. */
  | "encrypted"
  /** The bytes are not a readable .xlsx (truncated, damaged, or another file renamed). */
  | "corrupt"
  /** Any other extension (.csv, .txt, …). */
  | "unsupported"
  /** The workbook passes one of the read limits (a zip bomb, too many cells, an overlong cell). */
  | "limit";

export type ReadProblem =
  | {
      readonly kind: Exclude<ReadProblemKind, "limit">;
      /** The file as the user named it. */
      readonly file: string;
      /** A short technical detail (the parser's first line), never a stack trace. */
      readonly detail?: string;
    }
  | {
      readonly kind: "limit";
      readonly file: string;
      /** Which limit, and the value it is set to (bytes for the size, a count otherwise). */
      readonly limit: LimitName;
      readonly allowed: number;
    };

export type ReadOutcome =
  { readonly ok: true; readonly snapshot: WorkbookSnapshot } | { readonly ok: false; readonly problem: ReadProblem };
