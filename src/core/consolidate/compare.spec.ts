import { consolidate } from "./compare";
import { figuresOf, LabelTable, packFacts } from "./pack";
import type { ConsolidationFacts, ConsolidationInput, Figure, UnitRowFigures } from "./types";

const SHEET = "一般公共预算支出表";

function figure(value: string, cell: string, extra: Partial<Figure> = {}): Figure {
  return { value, decimals: 2, unit: "元", sheet: SHEET, cell, table: "general-expense", label: cell, ...extra };
}

/** A workbook's facts: the 2010601 line (total column) and the 三公 total, in 元 to 2 decimals. */
function facts(
  level: "department" | "unit",
  line: string | undefined,
  sangong: string | undefined,
  more: Partial<ConsolidationFacts> = {},
): ConsolidationFacts {
  return {
    level,
    year: 2025,
    figures: {
      ...(line !== undefined && { "general-expense|2010601|total": figure(line, "C6") }),
      ...(sangong !== undefined && { "q:sangong.total": figure(sangong, "A6", { sheet: "三公", table: "sangong" }) }),
    },
    columns: { "general-expense": ["total", "basic", "project"] },
    zeroLengths: { "general-expense": [3, 5, 7] },
    totals: {},
    unitRows: [],
    coverage: {},
    ...more,
  };
}

let nextId = 0;
function input(body: string, f: ConsolidationFacts): ConsolidationInput {
  return { id: nextId++, body, workbook: `${body}.xlsx`, facts: f };
}

const covers = (units: number, names = "") => ({ coverage: { units, names } });

describe("a 部门 against the sum over its units", () => {
  const list = "部门预算包括测试局本部以及下属1家事业单位\n1.测试局本部\n2.测试局信息中心";

  test("figures that add up exactly: no finding; the units are named", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([
      dept,
      input("测试局", facts("unit", "200.00", "6.00")),
      input("测试局信息中心", facts("unit", "100.00", "4.00")),
    ]);
    expect(result.get(dept.id)).toEqual({ findings: [], units: ["测试局", "测试局信息中心"] });
  });

  test("one cent beyond the bound (2 parts at 0.01: ±0.015) is an error at the 部门's cell", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([
      dept,
      input("测试局", facts("unit", "200.00", "6.00")),
      input("测试局信息中心", facts("unit", "100.02", "4.00")),
    ]);
    expect(result.get(dept.id)!.findings).toEqual([
      expect.objectContaining({
        rule: "consolidation.sum",
        severity: "error",
        sheet: SHEET,
        cell: "C6",
        expected: "300.02",
        actual: "300.00",
        difference: "-0.02",
        bound: "0.015",
        verdict: "off",
        params: expect.objectContaining({ units: "测试局、测试局信息中心", count: "2" }),
      }),
    ]);
  });

  test("a difference within the bound is a rounding-tail warning", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([
      dept,
      input("测试局", facts("unit", "200.00", "6.00")),
      input("测试局信息中心", facts("unit", "100.01", "4.00")),
    ]);
    expect(result.get(dept.id)!.findings).toEqual([
      expect.objectContaining({ rule: "consolidation.sum", severity: "warning", verdict: "rounding-tail" }),
    ]);
  });

  test("a unit whose table does not list the code counts 0; a unit without the figure at all leaves it unchecked", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([
      dept,
      input("测试局", facts("unit", "300.00", "6.00")),
      input("测试局信息中心", facts("unit", undefined, undefined)), // lists no 2010601, prints no 三公 table
    ]);
    expect(result.get(dept.id)!.findings).toEqual([]);
  });

  test("a unit listing only 项 lines says nothing about the 部门's 类 line (no 0 assumed for a level it does not list)", () => {
    const classLine = { "general-expense|201|total": figure("300.00", "C4") };
    const dept = input("测试局", facts("department", "300.00", undefined, { ...covers(2, list) }));
    const withClass = { ...dept, facts: { ...dept.facts, figures: { ...figuresOf(dept.facts), ...classLine } } };
    const leafOnly = { zeroLengths: { "general-expense": [7] } };
    const result = consolidate([
      withClass,
      input(
        "测试局",
        facts("unit", "200.00", undefined, {
          figures: { ...classLine, ...facts("unit", "200.00", undefined).figures },
        }),
      ),
      input("测试局信息中心", facts("unit", "100.00", undefined, leafOnly)),
    ]);
    expect(result.get(dept.id)!.findings).toEqual([]);
  });

  test("units in 万元 against a 部门 in 元: converted; within the bound of the coarser figures, no finding", () => {
    const wan = (v: string) => ({ "general-expense|2010601|total": figure(v, "C6", { unit: "万元" }) });
    const dept = input("测试局", facts("department", "30000.00", undefined, covers(2, list)));
    const a = facts("unit", undefined, undefined, { figures: wan("2.00") });
    const b = facts("unit", undefined, undefined, { figures: wan("1.00") });
    const off = facts("unit", undefined, undefined, { figures: wan("1.02") });
    expect(consolidate([dept, input("测试局", a), input("测试局信息中心", b)]).get(dept.id)!.findings).toEqual([]);
    expect(consolidate([dept, input("测试局", a), input("测试局信息中心", off)]).get(dept.id)!.findings).toEqual([
      expect.objectContaining({
        rule: "consolidation.sum",
        severity: "error",
        expected: "30200.00",
        actual: "30000.00",
      }),
    ]);
  });

  test("fewer units than the 部门 covers: one info naming them, no sums compared", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([dept, input("测试局", facts("unit", "1.00", "1.00"))]);
    expect(result.get(dept.id)!.findings).toEqual([
      expect.objectContaining({
        rule: "consolidation.incomplete",
        severity: "info",
        params: { reason: "fewer", units: "测试局", given: "1", covered: "2" },
      }),
    ]);
  });

  test("a 部门 that does not say how many units it covers: info, no sums", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00"));
    const result = consolidate([dept, input("测试局", facts("unit", "300.00", "9.00"))]);
    expect(
      result.get(dept.id)!.findings.map((f) => [f.rule, f.rule === "consolidation.incomplete" && f.params.reason]),
    ).toEqual([["consolidation.incomplete", "unknown"]]);
  });

  test("the same unit given twice: info, nothing summed twice", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([
      dept,
      input("测试局", facts("unit", "200.00", "6.00")),
      input("测试局", facts("unit", "200.00", "6.00")),
    ]);
    expect(
      result.get(dept.id)!.findings.map((f) => [f.rule, f.rule === "consolidation.incomplete" && f.params.reason]),
    ).toEqual([["consolidation.incomplete", "duplicate"]]);
  });

  test("unrelated workbooks, another year, a unit named nowhere in the 部门: nothing pairs", () => {
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(2, list)));
    const result = consolidate([
      dept,
      input("别的局", facts("unit", "300.00", "10.00")),
      input("测试局", { ...facts("unit", "300.00", "10.00"), year: 2024 }),
      input("测试局后勤服务中心", facts("unit", "1.00", "1.00")),
      input("测试局", facts("department", "1.00", "1.00", { year: null })),
    ]);
    expect(result.size).toBe(0);
  });

  test("a unit whose name is a 部门's own pairs with that 部门 only, though another 部门 names it", () => {
    const other = input(
      "另一局",
      facts("department", "1.00", "1.00", covers(2, "包括另一局本部以及下属1家单位\n测试局")),
    );
    const dept = input("测试局", facts("department", "300.00", "10.00", covers(1)));
    const result = consolidate([other, dept, input("测试局", facts("unit", "300.00", "10.00"))]);
    expect([...result.keys()]).toEqual([dept.id]);
    expect(result.get(dept.id)!.findings).toEqual([]);
  });
});

describe("unit rows of a 部门 table against each unit's own workbook", () => {
  function unitRow(code: string, name: string, total: string): UnitRowFigures {
    return { code, name, table: "income", amounts: { total: figure(total, "E7", { table: "income", label: name }) } };
  }
  const unitTotals = (total: string) => ({
    totals: { income: { total: figure(total, "E20", { table: "income", sheet: "收入表" }) } },
  });

  test("each row is compared even when only some units are given; the set is said to be incomplete", () => {
    const dept = input(
      "测试局",
      facts("department", undefined, undefined, {
        unitRows: [unitRow("101001", "测试局本级", "200.00"), unitRow("101002", "测试局信息中心", "100.00")],
      }),
    );
    const result = consolidate([dept, input("测试局", facts("unit", undefined, undefined, unitTotals("210.00")))]);
    expect(result.get(dept.id)!.findings).toEqual([
      expect.objectContaining({
        rule: "consolidation.unit-row",
        severity: "error",
        cell: "E7",
        expected: "210.00",
        actual: "200.00",
        params: expect.objectContaining({ unitName: "测试局", unitCell: "收入表!E20" }),
      }),
      expect.objectContaining({
        rule: "consolidation.incomplete",
        params: { reason: "fewer", units: "测试局", given: "1", covered: "2" },
      }),
    ]);
  });

  test("rows equal to the units' totals, every unit given: no finding", () => {
    const dept = input(
      "测试局",
      facts("department", undefined, undefined, {
        unitRows: [unitRow("101001", "测试局本级", "200.00"), unitRow("101002", "测试局信息中心", "100.00")],
      }),
    );
    const result = consolidate([
      dept,
      input("测试局", facts("unit", undefined, undefined, unitTotals("200.00"))),
      input("测试局信息中心", facts("unit", undefined, undefined, unitTotals("100.00"))),
    ]);
    expect(result.get(dept.id)!.findings).toEqual([]);
  });
});

describe("packed facts (what a batch keeps) compare as the full ones", () => {
  test("a 部门 and units packed with one label table: the same findings, labels and cells", () => {
    const list = "部门预算包括测试局本部以及下属1家事业单位\n1.测试局本部\n2.测试局信息中心";
    const labels = new LabelTable();
    const full = [
      input("测试局", facts("department", "300.00", "10.00", covers(2, list))),
      input("测试局", facts("unit", "200.00", "6.00")),
      input("测试局信息中心", facts("unit", "100.02", "0.00")),
    ];
    const packed = full.map((i) => ({ ...i, facts: packFacts(i.facts as ConsolidationFacts, labels) }));
    const a = consolidate(full).get(full[0]!.id)!;
    const b = consolidate(packed).get(full[0]!.id)!;
    expect(b).toEqual(a);
    expect(
      b.findings.map((f) => [
        f.cell,
        (f.rule === "consolidation.sum" || f.rule === "consolidation.unit-row") && f.params.label,
      ]),
    ).toEqual([
      ["C6", "C6"],
      ["A6", "A6"],
    ]);
  });
});
