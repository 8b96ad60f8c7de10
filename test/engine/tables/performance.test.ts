/**
 * Issue #12 item 7: 项目绩效目标表 built from the published template's columns — one block per project (项目名称;
 * 项目资金（万元）| 年度资金总额 / 其中：财政拨款 / 其他资金; 年度绩效目标; 绩效指标 一级/二级/三级/指标值) and one row
 * per project — added to a Shanghai workbook: 年度资金总额 = Σ sources (performance.sum), Σ projects ≤ 项目支出
 * (performance.exceeds-project). No corpus workbook has such a table.
 */
import { checkWorkbook } from "../../../src/core/engine";
import type { Finding } from "../../../src/core/findings/finding";
import { parseAddress } from "../../../src/core/grid/address";
import type { CellValue, CellRange, WorkbookSnapshot } from "../../../src/core/grid/snapshot";
import { LINES } from "../../../test/workbooks/department";
import { shanghaiWorkbook } from "../../workbooks/shanghai";
import type { SheetSpec, WorkbookSpec } from "../../workbooks/sheet-spec";
import { PROJECT } from "../../workbooks/tables";

/** The spec as the engine sees it, without a file: values, merges, the amount format on every number. */
function snapshot(spec: WorkbookSpec): WorkbookSnapshot {
  const range = (text: string): CellRange => {
    const [a, b] = text.split(":").map((t) => parseAddress(t)!);
    return { top: a!.row, left: a!.col, bottom: b!.row, right: b!.col };
  };
  return {
    name: "shanghai-performance.xlsx",
    sheets: spec.map((s) => ({
      name: s.name,
      values: s.rows,
      numberFormats: s.rows.map((r) => r.map((v) => (typeof v === "number" ? s.amountFormat : null))),
      merges: s.merges.map(range),
    })),
  };
}

/** 项目支出 of the built workbook, in 元: the sum of the project column of every line (department.ts). */
const PROJECT_YUAN = PROJECT(LINES);

/** One block of the template; amounts in 万元, null for a blank cell. */
function block(name: string, total: CellValue, fiscal: CellValue, other: CellValue): CellValue[][] {
  return [
    ["项目名称", name, null, null, null],
    ["主管部门及代码", "上海市申江区城市管理局 123", null, "实施单位", "上海市申江区城市管理局"],
    ["项目资金（万元）", "年度资金总额", total, null, null],
    [null, "其中：财政拨款", fiscal, null, null],
    [null, "其他资金", other, null, null],
    ["年度绩效目标", "完成年度养护任务", null, null, null],
    ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
    [null, "产出指标", "数量指标", "养护面积", "≥100万平方米"],
    [null, "效益指标", "社会效益指标", "市民满意度", "≥90%"],
  ];
}

function blocksSheet(name: string, blocks: CellValue[][][]): SheetSpec {
  return {
    name,
    rows: [["2024年项目绩效目标表"], ["编制部门：上海市申江区城市管理局", null, null, null, null], ...blocks.flat()],
    merges: [],
    amountFormat: "#,##0.00",
  };
}

function rowsSheet(rows: CellValue[][]): SheetSpec {
  return {
    name: "项目绩效目标表",
    rows: [
      ["2024年项目绩效目标表"],
      ["编制部门：上海市申江区城市管理局", null, null, null, null, null, "单位：万元"],
      ["项目名称", "主管部门", "实施单位", "项目资金", null, null, "年度绩效目标"],
      [null, null, null, "年度资金总额", "财政拨款", "其他资金", null],
      ...rows,
    ],
    merges: ["D3:F3", "A3:A4", "B3:B4", "C3:C4", "G3:G4"],
    amountFormat: "#,##0.00",
  };
}

const RULES = ["performance.sum", "performance.exceeds-project", "sum.row", "cross.same-quantity"];

const found = (...extra: SheetSpec[]) =>
  checkWorkbook(snapshot([...shanghaiWorkbook(), ...extra]))
    .findings.filter((f: Finding) => RULES.includes(f.rule))
    .map((f) => [f.rule, f.severity, f.sheet, f.cell, f.expected ?? null, f.actual ?? null]);

/** A project amount in 万元 well inside the 项目支出 total. */
const SMALL = Math.floor(PROJECT_YUAN / 10000 / 4);

describe("项目绩效目标表, one block per project (the published template)", () => {
  test("both blocks add up and stay under 项目支出: nothing", () => {
    const sheet = blocksSheet("项目绩效目标表", [
      block("道路养护", SMALL, SMALL - 10, 10),
      block("绿化养护", 20, 20, null),
    ]);
    expect(found(sheet)).toEqual([]);
  });

  test("年度资金总额 C5 ≠ 财政拨款 + 其他资金: performance.sum error at C5", () => {
    const sheet = blocksSheet("项目绩效目标表", [
      block("道路养护", SMALL, SMALL - 10, 11),
      block("绿化养护", 20, 20, null),
    ]);
    expect(found(sheet)).toEqual([
      ["performance.sum", "error", "项目绩效目标表", "C5", `${SMALL + 1}.00`, `${SMALL}.00`],
    ]);
  });

  test("one sheet per project: each block is read on its own sheet", () => {
    const a = blocksSheet("项目绩效目标表（道路养护）", [block("道路养护", SMALL, SMALL - 10, 10)]);
    const b = blocksSheet("项目绩效目标表（绿化养护）", [block("绿化养护", 20, 19, 2)]);
    expect(found(a, b)).toEqual([["performance.sum", "error", "项目绩效目标表（绿化养护）", "C5", "21.00", "20.00"]]);
  });

  test("the projects add up to more than 项目支出: performance.exceeds-project error at the first project", () => {
    const over = Math.ceil(PROJECT_YUAN / 10000) + 1;
    const sheet = blocksSheet("项目绩效目标表", [block("道路养护", over, over, null), block("绿化养护", 20, 20, null)]);
    const limit = (PROJECT_YUAN / 10000).toFixed(2);
    expect(found(sheet)).toEqual([
      ["performance.exceeds-project", "error", "项目绩效目标表", "C5", limit, `${over + 20}.00`],
    ]);
  });
});

describe("项目绩效目标表, one row per project", () => {
  test("rows add up and stay under 项目支出: nothing", () => {
    expect(
      found(
        rowsSheet([
          ["道路养护", "某局", "某局", SMALL, SMALL - 10, 10, "完成年度养护任务"],
          ["绿化养护", "某局", "某局", 20, 20, null, "完成绿化养护"],
        ]),
      ),
    ).toEqual([]);
  });

  test("a row whose 年度资金总额 is off: performance.sum error at D6 (not also sum.row)", () => {
    expect(
      found(
        rowsSheet([
          ["道路养护", "某局", "某局", SMALL, SMALL - 10, 10, "完成年度养护任务"],
          ["绿化养护", "某局", "某局", 20, 20, 5, "完成绿化养护"],
        ]),
      ),
    ).toEqual([["performance.sum", "error", "项目绩效目标表", "D6", "25.00", "20.00"]]);
  });
});
