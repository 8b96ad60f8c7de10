import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";

/**
 * The 部门 and 单位 workbooks of the consolidation tests: a 一般公共预算支出表 (in 元, two decimals) whose one 类 and
 * one 款 hold 2010601 行政运行 (basic) and 2010602 一般行政管理事务 (project), consistent within itself whatever the
 * two amounts. A 部门 workbook also has a 机构设置 sheet saying what it covers (`scope`, one line per cell).
 */
export interface BudgetSheet {
  readonly level: "department" | "unit";
  readonly body: string;
  /** 2010601 (基本支出) and 2010602 (项目支出), as decimal strings. */
  readonly running: string;
  readonly project: string;
  readonly year?: number;
  readonly scope?: readonly string[];
}

export async function writeBudgetSheet(file: string, sheet: BudgetSheet): Promise<string> {
  const { level, body, running, project, year = 2025, scope } = sheet;
  const wb = new ExcelJS.Workbook();
  if (scope !== undefined) {
    const text = wb.addWorksheet("部门机构设置");
    text.addRow([`${body}机构设置`]);
    for (const line of scope) text.addRow([line]);
  }
  const ws = wb.addWorksheet("一般公共预算支出表");
  const total = (Number(running) + Number(project)).toFixed(2);
  const n = (text: string) => Number(text);
  for (const row of [
    [
      level === "department"
        ? `${year}年部门一般公共预算支出功能分类预算表`
        : `${year}年预算单位一般公共预算支出功能分类预算表`,
    ],
    [`${level === "department" ? "编制部门" : "编制单位"}：${body}`, "", "", "", "单位：元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["201", "一般公共服务支出", n(total), n(running), n(project)],
    ["20106", "财政事务", n(total), n(running), n(project)],
    ["2010601", "行政运行", n(running), n(running), 0],
    ["2010602", "一般行政管理事务", n(project), 0, n(project)],
    ["", "合计", n(total), n(running), n(project)],
  ])
    ws.addRow(row);
  ws.getColumn(3).numFmt = "0.00";
  ws.getColumn(4).numFmt = "0.00";
  ws.getColumn(5).numFmt = "0.00";
  await fs.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}

/** 测试局: its 本部 and one 事业单位 with a budget of its own. */
export const TWO_UNITS = [
  "测试局部门预算是包括测试局本部以及下属1家事业单位的综合收支计划。",
  "1.测试局本部。",
  "2.测试局信息中心。",
];

/** A 支出预算表 in the Henan form (万元, a 单位代码 column): `rows` under the header, 合计 and unit rows among them. */
export async function writeExpenseWithUnitRows(
  file: string,
  line: string,
  rows: readonly (readonly (string | number)[])[],
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("支出预算表");
  for (const row of [
    ["2025年支出预算表"],
    [line, "", "", "", "", "", "", "单位：万元"],
    ["科目编码", "", "", "单位代码", "单位（科目名称）", "合计", "基本支出", "项目支出"],
    ["类", "款", "项", "", "", "", "", ""],
    ...rows,
  ])
    ws.addRow([...row]);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await wb.xlsx.writeFile(file);
  return file;
}
