import * as path from "node:path";
import { bundledCatalog } from "../../src/core/catalog";
import { checkWorkbook } from "../../src/core/engine";
import { buildReport } from "../../src/core/findings";
import type { WorkbookSnapshot } from "../../src/core/grid";
import { readWorkbookFile } from "../../src/host/xlsx";
import { BrowserHost, catalogFromSheet, checkSnapshot, sheetCatalogYear } from "../../src/taskpane/source";

const SAMPLE = path.join(__dirname, "..", "..", "samples", "fengquan-2024.xlsx");

async function sample(): Promise<WorkbookSnapshot> {
  const read = await readWorkbookFile(SAMPLE);
  if (!read.ok) throw new Error(`cannot read the sample: ${read.problem.kind}`);
  return read.snapshot;
}

describe("checkSnapshot", () => {
  it("gives the command line's report: the engine's findings, the bundled catalog named as the CLI names it", async () => {
    const snapshot = await sample();
    const result = checkWorkbook(snapshot, {});
    const checked = checkSnapshot(snapshot);
    expect(checked.report("zh")).toEqual(
      buildReport(
        {
          workbook: "fengquan-2024.xlsx",
          catalog: { year: result.year, source: bundledCatalog(result.year ?? 2024).source },
          tables: result.tables,
          findings: result.findings,
        },
        "zh",
      ),
    );
    expect(checked.sheetOrder).toEqual(snapshot.sheets.map((s) => s.name));
    expect(checked.report("en").findings.map((f) => f.cell)).toEqual(checked.report("zh").findings.map((f) => f.cell));
  });

  it("names a chosen catalog by its own year and source", async () => {
    const catalog = bundledCatalog(2025);
    const checked = checkSnapshot(await sample(), { catalog });
    expect(checked.report("zh").catalog).toEqual({ year: 2025, source: catalog.source });
  });
});

describe("BrowserHost", () => {
  it("lists sheets, gives a sheet's values and previews a cell of the opened workbook", async () => {
    const snapshot = await sample();
    const host = new BrowserHost(snapshot);
    await expect(host.sheetNames()).resolves.toEqual(snapshot.sheets.map((s) => s.name));
    await expect(host.sheetValues("部门支出预算表")).resolves.toBe(snapshot.sheets[1]!.values);
    await expect(host.sheetValues("不存在")).resolves.toBeUndefined();
    const preview = (await host.preview("部门支出预算表", "F6", ["G6"]))!;
    const f6 = preview.rows.flatMap((r) => r.cells).find((c) => c.target);
    expect(f6).toEqual({ address: "F6", text: "1,261.66", numeric: true, target: true, related: false });
    expect(preview.rows.flatMap((r) => r.cells).find((c) => c.related)?.address).toBe("G6");
    await expect(host.preview("不存在", "A1", [])).resolves.toBeUndefined();
  });
});

describe("catalog from a sheet", () => {
  const sheet = [
    ["2024年政府收支分类科目"],
    ["科目编码", "科目名称"],
    ["201", "一般公共服务支出"],
    ["20101", "人大事务"],
    ["2010101", "行政运行"],
  ];

  it("reads the year a catalog sheet names, in its name or first rows", () => {
    expect(sheetCatalogYear("目录", sheet)).toBe(2024);
    expect(sheetCatalogYear("2025科目", [])).toBe(2025);
    expect(sheetCatalogYear("目录", [["科目编码", "科目名称"]])).toBeUndefined();
  });

  it("layers the sheet's rows over the bundled catalog, the sheet answering first", () => {
    const outcome = catalogFromSheet("目录", sheet, "部门预算.xlsx");
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.rows).toBe(3);
    expect(outcome.catalog.year).toBe(2024);
    expect(outcome.catalog.source.startsWith("部门预算.xlsx / 目录")).toBe(true);
    expect(outcome.catalog.lookup("2010101")?.source).toBe("official");
    expect(outcome.catalog.lookup("2010101")?.name).toBe("行政运行");
  });

  it("says so when a sheet holds no codes", () => {
    expect(catalogFromSheet("说明", [["本表说明"], ["无"]], "部门预算.xlsx")).toEqual({ ok: false, reason: "empty" });
  });
});
