/**
 * A message that rests on an unverified (compiled) row says so, in words different from a verified row's, in both
 * languages; a row known only from other disclosures says that too. The findings come from the engine run against
 * catalogs whose one row has each grade.
 */
import { createCatalog } from "../../src/core/catalog";
import type { RowSource } from "../../src/core/catalog/types";
import { checkWorkbook } from "../../src/core/engine";
import { messageFor } from "../../src/core/messages";
import { sheet, workbook } from "../helpers/grid";

const expense = sheet("支出", [
  ["2025年部门支出预算表"],
  [null, null, null, "单位：元"],
  ["科目编码", null, null, "科目名称", "合计"],
  ["类", "款", "项", null, null],
  [null, null, null, "合计", 10],
  ["201", "03", "01", "行政管理", 10],
]);

function mismatch(source: RowSource) {
  const catalog = createCatalog({
    year: 2025,
    source: "测试",
    official: false,
    entries: [
      { code: "2010301", name: "行政运行", kind: "functional", level: 3, parent: "20103", source, evidence: "test" },
    ],
    completeBranches: [],
    mappings: [],
  });
  const found = checkWorkbook(workbook(expense), { catalog }).findings.filter((f) => f.rule === "code.name-mismatch");
  expect(found).toHaveLength(1);
  return found[0]!;
}

test("compiled row: a warning that says the bundled catalog is unchecked", () => {
  const finding = mismatch("compiled");
  expect(finding.severity).toBe("warning");
  expect(messageFor(finding, "zh")).toBe(
    "科目 2010301 的名称按内置科目表（未经核对）应为「行政运行」，表中为「行政管理」。",
  );
  expect(messageFor(finding, "en")).toContain("not checked against the official list");
});

test("observed row: a warning naming the other disclosures as the basis", () => {
  const finding = mismatch("observed");
  expect(finding.severity).toBe("warning");
  expect(messageFor(finding, "zh")).toContain("在其他公开预决算文件中印为「行政运行」");
  expect(messageFor(finding, "en")).toContain("Other published disclosures print code 2010301");
});

test("seed or partial row: an error in the plain wording", () => {
  for (const source of ["seed", "partial"] as const) {
    const finding = mismatch(source);
    expect(finding.severity).toBe("error");
    expect(messageFor(finding, "zh")).toBe("科目 2010301 的名称应为「行政运行」，表中为「行政管理」。");
    expect(messageFor(finding, "en")).toBe(
      'Code 2010301 is named "行政运行" in the catalog; the table says "行政管理".',
    );
  }
});

test("a compiled economic mapping: a warning that says the bundled catalog is unchecked", () => {
  const basic = sheet("基本支出", [
    ["2025年一般公共预算基本支出表"],
    [null, null, null, null, null, "单位：元"],
    ["部门预算支出经济分类科目", null, "政府预算支出经济分类科目", null, "合计"],
    ["科目编码", "科目名称", "科目编码", "科目名称", null],
    ["合计", null, null, null, 20],
    ["30101", "基本工资", "50201", "办公经费", 20],
  ]);
  const econ = (code: string, name: string) =>
    ({
      code,
      name,
      kind: code.startsWith("3") ? "econ-dept" : "econ-gov",
      level: 2,
      parent: code.slice(0, 3),
    }) as const;
  const catalog = createCatalog({
    year: 2025,
    source: "测试",
    official: false,
    entries: [
      { ...econ("30101", "基本工资"), source: "seed", evidence: "test" },
      { ...econ("50101", "工资奖金津补贴"), source: "seed", evidence: "test" },
      { ...econ("50201", "办公经费"), source: "seed", evidence: "test" },
    ],
    completeBranches: [],
    mappings: [{ deptCode: "30101", govCode: "50101", unitType: "机关", source: "compiled", evidence: "test" }],
  });
  const [finding] = checkWorkbook(workbook(basic), { catalog }).findings.filter((f) => f.rule === "code.econ-mapping");
  expect(finding?.severity).toBe("warning");
  expect(messageFor(finding!, "zh")).toBe(
    "部门经济分类 30101 按内置科目表（未经核对）应对应政府经济分类 50101，表中为 50201。",
  );
  expect(messageFor(finding!, "en")).toContain("By the bundled catalog (not checked against the official list)");
});
