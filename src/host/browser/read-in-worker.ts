/**
 * Reads a workbook's bytes in a worker, so the page stays responsive and the user can cancel (the worker is
 * terminated); where the page cannot start a worker, reads on the page's thread as before.
 */
import type { ReadOutcome } from "../xlsx/read-problem";
import { isReadReply, type ReadRequest } from "./read-protocol";
import { readXlsxBytes } from "./read-xlsx";

/** What the page needs of a Worker (a test passes a fake). */
export interface ReadWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: ReadRequest): void;
  terminate(): void;
}

export type SpawnReadWorker = () => ReadWorker | undefined;

/**
 * The read's outcome, or "cancelled" when the signal aborted it. Never rejects: if the worker fails (a policy that
 * forbids it, a crash), the page reads the bytes itself, as it did before workers. The bytes are copied to the
 * worker, not transferred, so they are still here for that.
 */
export function readBytesInWorker(
  bytes: ArrayBuffer,
  name: string,
  spawn: SpawnReadWorker | undefined,
  signal?: AbortSignal,
): Promise<ReadOutcome | "cancelled"> {
  if (signal?.aborted) return Promise.resolve("cancelled");
  let worker: ReadWorker | undefined;
  try {
    worker = spawn?.();
  } catch {
    worker = undefined; // e.g. a page whose policy forbids workers: read on the page instead
  }
  if (!worker) return readXlsxBytes(bytes, name);
  const running = worker;
  return new Promise((resolve) => {
    const finish = (): void => {
      running.terminate();
      signal?.removeEventListener("abort", onAbort);
    };
    const onAbort = (): void => {
      finish();
      resolve("cancelled");
    };
    signal?.addEventListener("abort", onAbort);
    running.onmessage = (event) => {
      finish();
      if (isReadReply(event.data) && event.data.kind === "read") resolve(event.data.outcome);
      else resolve(readXlsxBytes(bytes, name));
    };
    running.onerror = () => {
      finish();
      resolve(readXlsxBytes(bytes, name));
    };
    running.postMessage({ kind: "read", bytes, name });
  });
}
