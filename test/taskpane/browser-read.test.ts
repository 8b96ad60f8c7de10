import * as fs from "node:fs";
import * as path from "node:path";
import { readXlsxBytes } from "../../src/host/browser";
import { readWorkbookFile } from "../../src/host/xlsx";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

function arrayBufferOf(file: string): ArrayBuffer {
  const bytes = fs.readFileSync(file);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe("browser mode reading", () => {
  it("reads the sample into the same snapshot as the command line's file reader", async () => {
    const cli = await readWorkbookFile(SAMPLE);
    const page = await readXlsxBytes(arrayBufferOf(SAMPLE), "fengquan-2024.xlsx");
    expect(cli.ok && page.ok).toBe(true);
    if (!cli.ok || !page.ok) return;
    expect(page.snapshot).toEqual(cli.snapshot);
    expect(page.snapshot.sheets.map((s) => s.name)).toContain("部门支出预算表");
  });

  it.each([
    ["budget.xls", "refused"],
    ["budget.et", "refused"],
    ["disclosure.pdf", "refused"],
    ["table.csv", "refused"],
  ])("refuses %s with a hint, without reading it", async (name, kind) => {
    const outcome = await readXlsxBytes(new ArrayBuffer(8), name);
    expect(outcome).toEqual({ ok: false, problem: { kind, file: name } });
  });

  it("reports bytes that are not a zip as a damaged workbook", async () => {
    const outcome = await readXlsxBytes(new TextEncoder().encode("hello, not a workbook").buffer as ArrayBuffer, "fake.xlsx");
    expect(outcome).toEqual({ ok: false, problem: { kind: "corrupt", file: "fake.xlsx", detail: "not a zip archive" } });
  });

  it("reports a truncated workbook as damaged instead of throwing", async () => {
    const truncated = arrayBufferOf(SAMPLE).slice(0, 4000);
    const outcome = await readXlsxBytes(truncated, "cut.xlsx");
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.problem.kind).toBe("corrupt");
  });
});
