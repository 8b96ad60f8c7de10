/**
 * Opens a file the user picked in the browser mode: read and first check in one worker job, so a large workbook never
 * freezes the page, and cancel (the signal) terminates the worker. Where the page cannot start a worker, or the worker
 * fails, the page reads and checks the file itself, as it did before workers.
 */
import type { ReadProblem } from "../../host/xlsx/read-problem";
import { readWorkbookBytes } from "../../host/xlsx/reader/read-workbook-bytes";
import { BrowserHost } from "./browser-host";
import { checkOptionsFor, type SnapshotCheck } from "./check-snapshot";
import type { CheckedWorkbook, PaneHost } from "./pane-host";
import { WorkbookLink, type SpawnWorkbookWorker } from "./workbook-link";
import { openedInWorker } from "./worker-host";

export type OpenedFile =
  | { readonly ok: true; readonly host: PaneHost; readonly checked: CheckedWorkbook }
  | { readonly ok: false; readonly problem: ReadProblem };

/** Reads and checks on the page's thread (no worker); the same reader and the same one-line problems. */
export async function openOnPage(bytes: ArrayBuffer, name: string, check: SnapshotCheck): Promise<OpenedFile> {
  let read;
  try {
    read = readWorkbookBytes(new Uint8Array(bytes), name);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0];
    return { ok: false, problem: { kind: "corrupt", file: name, ...(detail && { detail }) } };
  }
  if (!read.ok) return read;
  const host = new BrowserHost(read.snapshot);
  if (check.settings !== undefined) await host.saveSettings(check.settings);
  return { ok: true, host, checked: await host.check(checkOptionsFor(read.snapshot, check)) };
}

/**
 * The opened file with its first report, or "cancelled" once the signal aborts. Never rejects for a bad file: its
 * problem is the outcome. The bytes are copied to the worker, not transferred, so the page still has them to fall
 * back on.
 */
export async function openBytes(
  bytes: ArrayBuffer,
  name: string,
  check: SnapshotCheck,
  spawn: SpawnWorkbookWorker | undefined,
  signal?: AbortSignal,
): Promise<OpenedFile | "cancelled"> {
  if (signal?.aborted) return "cancelled";
  let worker;
  try {
    worker = spawn?.();
  } catch {
    worker = undefined; // e.g. a page whose policy forbids workers
  }
  if (!worker) return openOnPage(bytes, name, check);
  const link = new WorkbookLink(worker);
  const cancelled = new Promise<"cancelled">((resolve) => {
    signal?.addEventListener("abort", () => {
      link.close();
      resolve("cancelled");
    });
  });
  const opened = link.ask({ kind: "open", bytes, name, check }).then(
    (reply): OpenedFile | "fallback" => {
      if (reply.kind === "checked") return { ok: true, ...openedInWorker(link, reply.data) };
      link.close();
      return reply.kind === "unreadable" ? { ok: false, problem: reply.problem } : "fallback";
    },
    (): "fallback" => {
      link.close(); // the worker crashed or could not start: the page reads the file itself
      return "fallback";
    },
  );
  const first = await Promise.race([opened, cancelled]);
  if (first === "cancelled" || signal?.aborted) return "cancelled";
  return first === "fallback" ? openOnPage(bytes, name, check) : first;
}

/** Opens a file picked in the page (an <input type="file"> or a drop). */
export async function openPickedFile(
  file: File,
  check: SnapshotCheck,
  spawn: SpawnWorkbookWorker | undefined,
  signal?: AbortSignal,
): Promise<OpenedFile | "cancelled"> {
  return openBytes(await file.arrayBuffer(), file.name, check, spawn, signal);
}
