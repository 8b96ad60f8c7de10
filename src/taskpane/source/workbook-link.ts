/**
 * The page's end of the browser mode's worker: requests by id, each a promise of its reply. If the worker fails (a
 * crash, a policy that stops it) every open request rejects; closing it terminates the worker, which is how a read or
 * check in progress is cancelled.
 */
import { isWorkbookReply, type WorkbookAsk, type WorkbookReply, type WorkbookRequest } from "./workbook-protocol";

/** What the page needs of a Worker (a test passes one that answers in this thread). */
export interface WorkbookWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  postMessage(message: WorkbookRequest): void;
  terminate(): void;
}

export type SpawnWorkbookWorker = () => WorkbookWorker | undefined;

export class WorkerGone extends Error {
  constructor(why: string) {
    super(`the workbook's worker stopped (${why})`);
  }
}

export class WorkbookLink {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (reply: WorkbookReply) => void; reject: (error: Error) => void }
  >();
  private gone: Error | undefined;

  constructor(private readonly worker: WorkbookWorker) {
    worker.onmessage = (event) => {
      const reply = event.data;
      if (!isWorkbookReply(reply)) {
        this.fail(new WorkerGone("an unexpected message"));
        return;
      }
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiting?.resolve(reply);
    };
    worker.onerror = (event) => this.fail(new WorkerGone(event.message || "an error"));
  }

  /** Posts a request; resolves with the worker's reply to it, rejects once the worker is gone. */
  ask(request: WorkbookAsk): Promise<WorkbookReply> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ ...request, id } as WorkbookRequest);
    });
  }

  /** Ends the worker (and with it the workbook it holds); requests still open reject. */
  close(): void {
    this.fail(new WorkerGone("closed"));
  }

  private fail(error: Error): void {
    if (!this.gone) this.worker.terminate();
    this.gone ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}
