/**
 * The messages between the page and the worker that reads a workbook (read-worker.ts): the page posts the file's
 * bytes (transferred, not copied) and name; the worker answers with the reader's outcome (a snapshot or the one-line
 * problem naming a limit), or with "failed" if the reader itself threw. Checked on both sides, as a message is
 * just data.
 */
import type { ReadOutcome } from "../xlsx/read-problem";
import { readWorkbookBytes } from "../xlsx/reader/read-workbook-bytes";

export interface ReadRequest {
  readonly kind: "read";
  readonly bytes: ArrayBuffer;
  readonly name: string;
}

export type ReadReply =
  { readonly kind: "read"; readonly outcome: ReadOutcome } | { readonly kind: "failed"; readonly message: string };

export function isReadRequest(data: unknown): data is ReadRequest {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Record<string, unknown>;
  return message.kind === "read" && message.bytes instanceof ArrayBuffer && typeof message.name === "string";
}

export function isReadReply(data: unknown): data is ReadReply {
  if (typeof data !== "object" || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.kind === "failed") return typeof message.message === "string";
  if (message.kind !== "read" || typeof message.outcome !== "object" || message.outcome === null) return false;
  return typeof (message.outcome as Record<string, unknown>).ok === "boolean";
}

/** What the worker does with one message: read with the one reader, never throw. */
export function answerReadRequest(data: unknown): ReadReply {
  if (!isReadRequest(data)) return { kind: "failed", message: "unexpected message" };
  try {
    return { kind: "read", outcome: readWorkbookBytes(new Uint8Array(data.bytes), data.name) };
  } catch (error) {
    return { kind: "failed", message: error instanceof Error ? error.message : String(error) };
  }
}
