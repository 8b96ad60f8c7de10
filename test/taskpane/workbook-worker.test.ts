/**
 * The browser mode reads and checks an opened file in a worker (issue #9): the report that comes back equals the one
 * the page would make itself, a bad file gives the reader's problem, cancel terminates the worker, and where the
 * worker cannot run or fails the page does the work. The worker here is the real worker code run in this thread, its
 * messages passed through structuredClone.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Decimal from "decimal.js";
import { readWorkbookFile } from "../../src/host/xlsx";
import { checkedDataOf, checkSnapshot, openBytes, WorkerHost } from "../../src/taskpane/source";
import {
  isWorkbookReply,
  isWorkbookRequest,
  notPlainAt,
  workbookSession,
} from "../../src/taskpane/source/workbook-protocol";
import { InThreadWorker } from "./workbook-worker";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");
const NAME = "fengquan-2024.xlsx";

function sampleBytes(): ArrayBuffer {
  const bytes = fs.readFileSync(SAMPLE);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function onThePage() {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error(read.problem.kind);
  return read.snapshot;
}

describe("the worker's messages", () => {
  it("accepts only requests of a known kind with their fields", () => {
    expect(isWorkbookRequest({ id: 1, kind: "open", bytes: new ArrayBuffer(1), name: "a.xlsx", check: {} })).toBe(true);
    expect(isWorkbookRequest({ id: 1, kind: "open", bytes: "PK", name: "a.xlsx", check: {} })).toBe(false);
    expect(isWorkbookRequest({ id: 2, kind: "preview", sheet: "表", cell: "A1", related: [3] })).toBe(false);
    expect(isWorkbookRequest({ kind: "check", check: {} })).toBe(false);
    expect(isWorkbookRequest(null)).toBe(false);
  });

  it("checks a reply's shape", () => {
    expect(isWorkbookReply({ id: 1, kind: "failed", message: "x" })).toBe(true);
    expect(isWorkbookReply({ id: 1, kind: "checked", data: 7 })).toBe(false);
    expect(isWorkbookReply({ id: 1, kind: "preview", window: null })).toBe(true);
    expect(isWorkbookReply({ kind: "failed", message: "x" })).toBe(false);
  });

  it("answers anything unexpected with 'failed', and a request before any workbook too", () => {
    const answer = workbookSession();
    expect(answer({ kind: "other" })).toEqual({ id: -1, kind: "failed", message: "unexpected message" });
    expect(answer({ id: 4, kind: "check", check: {} })).toEqual({
      id: 4,
      kind: "failed",
      message: "no workbook is open",
    });
  });

  it("finds what a structured clone would not carry as it is", () => {
    expect(notPlainAt({ a: [1, "x", null, { b: true }] })).toBeUndefined();
    expect(notPlainAt({ a: [{ b: new Decimal("1.5") }] })).toBe("reply.a.0.b");
    expect(notPlainAt({ m: new Map() })).toBe("reply.m");
    expect(notPlainAt({ f: () => 1 })).toBe("reply.f");
  });

  it("a checked workbook is plain data throughout (no Decimal or other class instance crosses to the page)", async () => {
    const data = checkedDataOf(await onThePage());
    expect(data.input.findings.length).toBeGreaterThan(0);
    expect(notPlainAt(data)).toBeUndefined();
  });
});

describe("opening a file in the worker", () => {
  it("gives the report the page would make, in either language, and keeps the workbook in the worker", async () => {
    const worker = new InThreadWorker();
    const opened = await openBytes(sampleBytes(), NAME, {}, () => worker);
    if (opened === "cancelled" || !opened.ok) throw new Error("not opened");
    const here = checkSnapshot(await onThePage());
    expect(opened.host).toBeInstanceOf(WorkerHost);
    expect(opened.checked.report("zh")).toEqual(here.report("zh"));
    expect(opened.checked.report("en")).toEqual(here.report("en"));
    expect(worker.posted.map((m) => m.kind)).toEqual(["open"]);
    expect(worker.terminated).toBe(false);

    // Later checks, previews and sheet values come from the worker too.
    const again = await opened.host.check({ tolerance: "0.01" }, "zh");
    expect(again.report("zh")).toEqual(checkSnapshot(await onThePage(), { tolerance: "0.01" }).report("zh"));
    const preview = await opened.host.preview!("部门支出预算表", "F6", ["G6"]);
    expect(preview?.rows.flatMap((r) => r.cells).find((c) => c.target)).toMatchObject({
      address: "F6",
      text: "1,261.66",
    });
    await expect(opened.host.preview!("不存在", "A1", [])).resolves.toBeUndefined();
    await expect(opened.host.sheetNames()).resolves.toEqual((await onThePage()).sheets.map((s) => s.name));
    await expect(opened.host.sheetValues("不存在")).resolves.toBeUndefined();
    opened.host.dispose!();
    expect(worker.terminated).toBe(true);
    await expect(opened.host.check({}, "zh")).rejects.toThrow(/stopped/);
  });

  it("a file that is not a workbook gives the reader's one-line problem, and the worker ends", async () => {
    const worker = new InThreadWorker();
    const text = new TextEncoder().encode("hello").buffer;
    const opened = await openBytes(text, "x.xlsx", {}, () => worker);
    expect(opened).toEqual({ ok: false, problem: expect.objectContaining({ kind: "corrupt", file: "x.xlsx" }) });
    expect(worker.terminated).toBe(true);
  });

  it("cancel terminates the worker and says 'cancelled'", async () => {
    const worker = new InThreadWorker("silent");
    const cancel = new AbortController();
    const opening = openBytes(sampleBytes(), NAME, {}, () => worker, cancel.signal);
    cancel.abort();
    await expect(opening).resolves.toBe("cancelled");
    expect(worker.terminated).toBe(true);
  });

  it.each(["crash", "garbage"] as const)("reads and checks on the page when the worker gives a %s", async (answer) => {
    const worker = new InThreadWorker(answer);
    const opened = await openBytes(sampleBytes(), NAME, {}, () => worker);
    if (opened === "cancelled" || !opened.ok) throw new Error("not opened");
    expect(opened.host).not.toBeInstanceOf(WorkerHost);
    expect(opened.checked.report("zh")).toEqual(checkSnapshot(await onThePage()).report("zh"));
    expect(worker.terminated).toBe(true);
  });

  it("reads and checks on the page where there is no Worker, or it cannot start", async () => {
    const none = await openBytes(sampleBytes(), NAME, {}, () => undefined);
    expect(none !== "cancelled" && none.ok && none.checked.report("zh").workbook).toBe(NAME);
    const forbidden = await openBytes(sampleBytes(), NAME, {}, () => {
      throw new Error("SecurityError");
    });
    expect(forbidden !== "cancelled" && forbidden.ok && forbidden.checked.report("zh").workbook).toBe(NAME);
  });
});
