/**
 * Test helper: a worker that runs the browser mode's worker code (workbookSession) in this thread. Requests and
 * replies go through structuredClone, as postMessage does, so a class instance in a reply would arrive mangled here
 * too. `answer` makes it silent (to try cancel), crash, or say something unexpected.
 */
import type { WorkbookRequest } from "../../src/taskpane/source/workbook-protocol";
import { workbookSession } from "../../src/taskpane/source/workbook-protocol";
import type { WorkbookWorker } from "../../src/taskpane/source/workbook-link";

export class InThreadWorker implements WorkbookWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  readonly posted: WorkbookRequest[] = [];
  private readonly session = workbookSession();

  constructor(private readonly answer: "reply" | "silent" | "crash" | "garbage" = "reply") {}

  postMessage(message: WorkbookRequest): void {
    if (this.terminated) return;
    this.posted.push(message);
    const request = structuredClone(message);
    setTimeout(() => {
      if (this.terminated) return;
      if (this.answer === "reply")
        this.onmessage?.({ data: structuredClone(this.session(request)) } as MessageEvent<unknown>);
      if (this.answer === "garbage")
        this.onmessage?.({ data: { id: request.id, kind: "checked", data: 7 } } as MessageEvent<unknown>);
      if (this.answer === "crash") this.onerror?.({ message: "blocked" } as ErrorEvent);
    }, 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}
