/** code.unverifiable is said once per code per workbook, on a row that does not depend on the order of the sheets. */
import { createCatalog } from "../../src/core/catalog";
import { checkWorkbook } from "../../src/core/engine";
import { sheet, workbook } from "../helpers/grid";

const catalog = createCatalog({
  year: 2025,
  source: "测试（部分）",
  official: false,
  entries: [
    { code: "201", name: "一般公共服务支出", kind: "functional", level: 1, source: "observed", evidence: "test" },
    {
      code: "20103",
      name: "政府办公厅（室）及相关机构事务",
      kind: "functional",
      level: 2,
      parent: "201",
      source: "observed",
      evidence: "test",
    },
  ],
  completeBranches: [],
  mappings: [],
});

const table = (name: string, title: string) =>
  sheet(name, [
    [title],
    [null, null, null, "单位：元"],
    ["科目编码", null, null, "科目名称", "合计"],
    ["类", "款", "项", null, null],
    [null, null, null, "合计", 30],
    ["201", "03", "01", "行政运行", 20],
    ["201", "03", "02", "一般行政管理事务", 10],
  ]);

const one = table("支出总表", "2025年部门支出预算总表");
const two = table("功能分类", "2025年部门一般公共预算支出功能分类预算表");

const unverifiable = (sheets: ReturnType<typeof sheet>[], onlySheets?: string[]) =>
  checkWorkbook(workbook(...sheets), { catalog, ...(onlySheets && { onlySheets }) })
    .findings.filter((f) => f.rule === "code.unverifiable")
    .map((f) => `${String(f.params.code)}@${f.sheet}`);

test("two sheets printing the same unknown codes: one note per code", () => {
  const found = unverifiable([one, two]);
  expect(found.map((f) => f.split("@")[0]).sort()).toEqual(["2010301", "2010302"]);
});

test("the sheet reported does not depend on the order of the sheets", () => {
  expect(unverifiable([two, one]).sort()).toEqual(unverifiable([one, two]).sort());
});

test("checking one sheet only (校验本表) reports the note on that sheet", () => {
  for (const only of ["支出总表", "功能分类"]) {
    expect(unverifiable([one, two], [only]).sort()).toEqual([`2010301@${only}`, `2010302@${only}`]);
  }
});
