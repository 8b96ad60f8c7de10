import { promises as fs } from "node:fs";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { appendZipEntry } from "./zip-append";

/**
 * The small 一般公共预算支出表 the settings, accepted-findings and --fail-on tests share: one 类, one 款, two 项
 * summing to 300 元 (200 basic + 100 project). `total` is the printed 合计 (C8): 300 is consistent, 301 a rounding
 * tail (warning), 350 an error of 50 in sum.total and in sum.row. `body` is the 编制部门 (测试局 unless given);
 * `customXml`, when given, is stored as the workbook's customXml/item1.xml (accepted findings or settings the pane
 * wrote).
 */
export async function writeSmallBudgetWorkbook(
  file: string,
  total: number,
  { body = "测试局", customXml }: { body?: string; customXml?: string } = {},
): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("一般公共预算支出表");
  for (const row of [
    ["2025年一般公共预算支出功能分类预算表"],
    [`编制部门：${body}`, "", "", "", "单位：元"],
    ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
    ["201", "一般公共服务支出", 300, 200, 100],
    ["20106", "财政事务", 300, 200, 100],
    ["2010601", "行政运行", 200, 200, 0],
    ["2010602", "一般行政管理事务", 100, 0, 100],
    ["", "合计", total, 200, 100],
  ])
    ws.addRow(row);
  let bytes: Buffer = Buffer.from(await wb.xlsx.writeBuffer());
  if (customXml !== undefined) bytes = appendZipEntry(bytes, "customXml/item1.xml", customXml);
  await fs.mkdir(path.dirname(file), { recursive: true });
  await fs.writeFile(file, bytes);
  return file;
}
