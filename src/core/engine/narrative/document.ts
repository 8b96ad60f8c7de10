/**
 * What the workbook as a whole says about itself, for the wording checks: whether it is a 部门预算 or a 单位预算,
 * and the body's name on its 编制部门 / 编制单位 / 预算单位 lines.
 */
import { cellAddress } from "../../grid/address";
import type { RecognisedWorkbook } from "../recognise/types";
import { sheetWords } from "../sheet-words";

export type DocumentLevel = "department" | "unit";

/** "部门预算经济分类" is a classification's name, not the document's level. */
const DEPARTMENT_TITLE = /部门(?!预算经济分类)/;
const UNIT_TITLE = /预算单位|单位预算/;

/** The level the table titles say (2025年部门收入预算总表 / 2025年预算单位收入预算总表); undefined when they disagree or say nothing. */
export function documentLevel(workbook: RecognisedWorkbook): DocumentLevel | undefined {
  let department = 0;
  let unit = 0;
  for (const table of workbook.tables) {
    if (table.kind === "narrative") continue;
    const title = table.title.replace(/\s/g, "");
    if (UNIT_TITLE.test(title)) unit += 1;
    else if (DEPARTMENT_TITLE.test(title)) department += 1;
  }
  if (department > 0 && unit === 0) return "department";
  if (unit > 0 && department === 0) return "unit";
  return undefined;
}

export interface BodyNameLine {
  readonly sheet: string;
  readonly cell: string;
  readonly name: string;
}

/** "编制部门：上海市普陀区人民政府办公室", "预算单位：…": the body's name as each sheet prints it. */
const NAME_LINE = /(编制部门|编制单位|预算单位|部门名称|单位名称)\s*[:：]\s*(\S+?)(?=\s{2,}|\s*单位\s*[:：]|\s*$)/;

const PLACEHOLDER_NAME = /^([Xx×*＊]+|待填写|待补充|某+)$|[Xx]{2,}|×{2,}/;

/** The body's name a cell's text gives, or undefined. */
function nameIn(text: string): string | undefined {
  // Every NAME_LINE label holds 部门 or 单位: most texts are passed over without the pattern.
  if (!text.includes("单位") && !text.includes("部门")) return undefined;
  const m = NAME_LINE.exec(text.trim());
  // A template leftover ("编制部门：XX") is table.placeholder's, not another name.
  return m && m[2] !== undefined && !PLACEHOLDER_NAME.test(m[2]) ? m[2] : undefined;
}

export function bodyNameLines(workbook: RecognisedWorkbook): BodyNameLine[] {
  const lines: BodyNameLine[] = [];
  // 绩效目标表 name the unit that carries out each project ("单位名称：…下属中心"): not the body's own name.
  const performance = new Set(workbook.tables.filter((t) => t.kind.startsWith("performance")).map((t) => t.sheet));
  for (const sheet of workbook.sheets.values()) {
    if (performance.has(sheet.name)) continue;
    // Cells with words only (sheet-words.ts): a name line is never plain number text.
    const words = sheetWords(workbook, sheet);
    // Each distinct text judged once; then every cell of a text that names the body, in sheet order.
    // Array.from, not map(): map's array is packed from the builtin, holey from optimised code (a V8 'wrong map' deopt below).
    const names = Array.from(words.distinct, nameIn);
    for (let i = 0; i < words.length; i++) {
      const name = names[words.textIndex[i]!];
      if (name !== undefined)
        lines.push({ sheet: sheet.name, cell: cellAddress(words.rows[i]!, words.cols[i]!), name });
    }
  }
  return lines;
}
