/**
 * The messages between the page and the browser mode's worker (workbook-worker.ts), which reads the opened file,
 * keeps its snapshot and checks it, so neither reading nor the engine runs on the page's thread. The page posts the
 * file's bytes with the first check ("open"), later checks under other settings, and asks for a cell's preview or a
 * sheet's values; the worker answers each request by its id. Everything that crosses is plain data: the page checks a
 * reply's shape, and the worker refuses to post anything a structured clone would not carry as it is.
 */
import type { CellValue, WorkbookSnapshot } from "../../core";
import type { ReadProblem } from "../../host/xlsx/read-problem";
import { readWorkbookBytes } from "../../host/xlsx/reader/read-workbook-bytes";
import type { PreviewWindow } from "../model";
import { previewWindow } from "../model";
import { checkedDataOf, checkOptionsFor, type CheckedData, type SnapshotCheck } from "./check-snapshot";

export type WorkbookRequest =
  | {
      readonly id: number;
      readonly kind: "open";
      readonly bytes: ArrayBuffer;
      readonly name: string;
      readonly check: SnapshotCheck;
    }
  | { readonly id: number; readonly kind: "check"; readonly check: SnapshotCheck }
  | {
      readonly id: number;
      readonly kind: "preview";
      readonly sheet: string;
      readonly cell: string;
      readonly related: readonly string[];
    }
  | { readonly id: number; readonly kind: "sheet-values"; readonly sheet: string };

/** A request without its id, as the page asks it. */
export type WorkbookAsk = WorkbookRequest extends infer R ? (R extends WorkbookRequest ? Omit<R, "id"> : never) : never;

export type WorkbookReply =
  | { readonly id: number; readonly kind: "checked"; readonly data: CheckedData }
  | { readonly id: number; readonly kind: "unreadable"; readonly problem: ReadProblem }
  | { readonly id: number; readonly kind: "preview"; readonly window: PreviewWindow | null }
  | { readonly id: number; readonly kind: "sheet-values"; readonly values: readonly (readonly CellValue[])[] | null }
  | { readonly id: number; readonly kind: "failed"; readonly message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;
const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === "string");

export function isWorkbookRequest(data: unknown): data is WorkbookRequest {
  if (!isObject(data) || typeof data.id !== "number") return false;
  switch (data.kind) {
    case "open":
      return data.bytes instanceof ArrayBuffer && typeof data.name === "string" && isObject(data.check);
    case "check":
      return isObject(data.check);
    case "preview":
      return typeof data.sheet === "string" && typeof data.cell === "string" && isStringArray(data.related);
    case "sheet-values":
      return typeof data.sheet === "string";
    default:
      return false;
  }
}

export function isWorkbookReply(data: unknown): data is WorkbookReply {
  if (!isObject(data) || typeof data.id !== "number") return false;
  switch (data.kind) {
    case "checked": {
      const checked = data.data;
      return (
        isObject(checked) &&
        isObject(checked.input) &&
        Array.isArray(checked.input.findings) &&
        isStringArray(checked.sheetOrder) &&
        Array.isArray(checked.heldTexts) &&
        isObject(checked.stored) &&
        Array.isArray(checked.stored.accepted)
      );
    }
    case "unreadable":
      return isObject(data.problem) && typeof data.problem.kind === "string";
    case "preview":
      return data.window === null || (isObject(data.window) && Array.isArray(data.window.rows));
    case "sheet-values":
      return data.values === null || Array.isArray(data.values);
    case "failed":
      return typeof data.message === "string";
    default:
      return false;
  }
}

/**
 * Where `value` holds something a structured clone would not carry as it is (a class instance such as a Decimal,
 * a function, a Map), as a path ("input.findings.3.params.amount"); undefined when it is plain data throughout.
 */
export function notPlainAt(value: unknown, path = "reply"): string | undefined {
  if (value === null || typeof value === "string" || typeof value === "boolean") return undefined;
  if (typeof value === "number") return undefined;
  if (typeof value !== "object") return value === undefined ? undefined : path;
  if (value instanceof ArrayBuffer) return undefined;
  const proto = Object.getPrototypeOf(value) as unknown;
  const isArray = Array.isArray(value);
  if (!isArray && proto !== Object.prototype && proto !== null) return path;
  if (isArray && proto !== Array.prototype) return path;
  for (const [key, item] of Object.entries(value)) {
    const found = notPlainAt(item, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0] ?? "";
}

/**
 * The worker's side: one workbook at a time (the one opened last), every request answered, nothing thrown. A reply
 * that is not plain data is answered as "failed", so the page never shows a report a structured clone mangled.
 */
export function workbookSession(): (data: unknown) => WorkbookReply {
  let snapshot: WorkbookSnapshot | undefined;

  const answer = (request: WorkbookRequest): WorkbookReply => {
    const { id } = request;
    if (request.kind === "open") {
      snapshot = undefined;
      let read;
      try {
        read = readWorkbookBytes(new Uint8Array(request.bytes), request.name);
      } catch (error) {
        // The reader returns expected problems as values; anything it throws is a file it cannot parse (as on the command line).
        return { id, kind: "unreadable", problem: { kind: "corrupt", file: request.name, detail: firstLine(error) } };
      }
      if (!read.ok) return { id, kind: "unreadable", problem: read.problem };
      snapshot = read.snapshot;
    }
    if (!snapshot) return { id, kind: "failed", message: "no workbook is open" };
    switch (request.kind) {
      case "open":
      case "check":
        return {
          id,
          kind: "checked",
          data: checkedDataOf(snapshot, checkOptionsFor(snapshot, request.check), request.check.settings),
        };
      case "preview": {
        const sheet = snapshot.sheets.find((s) => s.name === request.sheet);
        return { id, kind: "preview", window: (sheet && previewWindow(sheet, request.cell, request.related)) ?? null };
      }
      case "sheet-values":
        return {
          id,
          kind: "sheet-values",
          values: snapshot.sheets.find((s) => s.name === request.sheet)?.values ?? null,
        };
    }
  };

  return (data) => {
    if (!isWorkbookRequest(data)) {
      const id = isObject(data) && typeof data.id === "number" ? data.id : -1;
      return { id, kind: "failed", message: "unexpected message" };
    }
    try {
      const reply = answer(data);
      const where = notPlainAt(reply);
      return where === undefined ? reply : { id: data.id, kind: "failed", message: `not plain data at ${where}` };
    } catch (error) {
      return { id: data.id, kind: "failed", message: firstLine(error) };
    }
  };
}
