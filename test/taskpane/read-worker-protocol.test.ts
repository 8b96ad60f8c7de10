import { answerReadRequest, isReadReply, isReadRequest } from "../../src/host/browser/read-protocol";
import { readBytesInWorker, type ReadWorker } from "../../src/host/browser/read-in-worker";
import type { ReadRequest } from "../../src/host/browser/read-protocol";

const { minimalWorkbook, workbookParts, sheetXml } = require("../../scripts/make-bad-inputs.js") as {
  minimalWorkbook(parts: Record<string, string>): Uint8Array;
  workbookParts(sheets: Record<string, string>, extra?: Record<string, string>): Record<string, string>;
  sheetXml(rows: string, after?: string): string;
};

function workbookBytes(): ArrayBuffer {
  const bytes = minimalWorkbook(workbookParts({ 收入表: sheetXml('<row r="1"><c r="A1"><v>12.5</v></c></row>') }));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/** A worker run in this thread: answers like read-worker.ts, or not at all (so cancel can be tried). */
class FakeWorker implements ReadWorker {
  onmessage: ((event: MessageEvent<unknown>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminated = false;
  posted: ReadRequest[] = [];
  constructor(private readonly answer: "reply" | "silent" | "crash" | "garbage") {}
  postMessage(message: ReadRequest): void {
    this.posted.push(message);
    queueMicrotask(() => {
      if (this.answer === "reply") this.onmessage?.({ data: answerReadRequest(message) } as MessageEvent<unknown>);
      if (this.answer === "garbage") this.onmessage?.({ data: { kind: "read", outcome: 7 } } as MessageEvent<unknown>);
      if (this.answer === "crash") this.onerror?.({ message: "blocked" } as ErrorEvent);
    });
  }
  terminate(): void {
    this.terminated = true;
  }
}

describe("the read worker's messages", () => {
  it("accepts only a read request with bytes and a name", () => {
    expect(isReadRequest({ kind: "read", bytes: new ArrayBuffer(1), name: "a.xlsx" })).toBe(true);
    expect(isReadRequest({ kind: "read", bytes: "PK", name: "a.xlsx" })).toBe(false);
    expect(isReadRequest({ kind: "read", bytes: new ArrayBuffer(1) })).toBe(false);
    expect(isReadRequest(null)).toBe(false);
  });

  it("answers a workbook with its snapshot and anything else with 'failed', never throwing", () => {
    const reply = answerReadRequest({ kind: "read", bytes: workbookBytes(), name: "预算.xlsx" });
    expect(reply.kind === "read" && reply.outcome.ok && reply.outcome.snapshot.sheets[0]!.values).toEqual([[12.5]]);
    expect(answerReadRequest({ kind: "other" })).toEqual({ kind: "failed", message: "unexpected message" });
    const notZip = answerReadRequest({ kind: "read", bytes: new TextEncoder().encode("hello").buffer, name: "x.xlsx" });
    expect(notZip.kind === "read" && notZip.outcome.ok).toBe(false);
  });

  it("checks a reply's shape", () => {
    expect(isReadReply({ kind: "failed", message: "x" })).toBe(true);
    expect(isReadReply({ kind: "read", outcome: { ok: false, problem: {} } })).toBe(true);
    expect(isReadReply({ kind: "read", outcome: 7 })).toBe(false);
    expect(isReadReply({ kind: "failed" })).toBe(false);
  });
});

describe("readBytesInWorker", () => {
  it("posts the bytes to the worker, resolves with its outcome and ends the worker", async () => {
    const worker = new FakeWorker("reply");
    const outcome = await readBytesInWorker(workbookBytes(), "预算.xlsx", () => worker);
    expect(outcome !== "cancelled" && outcome.ok && outcome.snapshot.sheets[0]!.name).toBe("收入表");
    expect(worker.posted[0]!.name).toBe("预算.xlsx");
    expect(worker.terminated).toBe(true);
  });

  it("terminates the worker on cancel and says 'cancelled'", async () => {
    const worker = new FakeWorker("silent");
    const cancel = new AbortController();
    const reading = readBytesInWorker(workbookBytes(), "预算.xlsx", () => worker, cancel.signal);
    cancel.abort();
    await expect(reading).resolves.toBe("cancelled");
    expect(worker.terminated).toBe(true);
  });

  it.each(["crash", "garbage"] as const)("reads on the page when the worker gives a %s", async (answer) => {
    const outcome = await readBytesInWorker(workbookBytes(), "预算.xlsx", () => new FakeWorker(answer));
    expect(outcome !== "cancelled" && outcome.ok).toBe(true);
  });

  it("reads on the page where there is no Worker, or it cannot start", async () => {
    const none = await readBytesInWorker(workbookBytes(), "预算.xlsx", () => undefined);
    expect(none !== "cancelled" && none.ok).toBe(true);
    const forbidden = await readBytesInWorker(workbookBytes(), "预算.xlsx", () => {
      throw new Error("SecurityError");
    });
    expect(forbidden !== "cancelled" && forbidden.ok).toBe(true);
  });
});
