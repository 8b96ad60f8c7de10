/**
 * The 类 lines of the summary tables ("一、一般公共服务", "（九）医疗卫生与计划生育支出"): the recogniser gives each the
 * class code its position stands for (一 = 201 … 三十四 = 234), or its name where the lines are numbered 一、二、三…
 * over the listed classes only (recognise/class-codes.ts), and their name can be checked.
 */
import type { Catalog, CatalogEntry } from "../catalog/types";
import type { RecognisedTable, RecognisedWorkbook, Row } from "./recognise/types";
import { labelLevel, stripLabelPrefix } from "./text";

export interface ClassLine {
  readonly table: RecognisedTable;
  readonly row: Row;
  readonly code: string;
  /** The printed name without its "一、" prefix. */
  readonly name: string;
}

export function classLines(workbook: RecognisedWorkbook): ClassLine[] {
  const out: ClassLine[] = [];
  for (const table of workbook.tables) {
    const level =
      table.kind === "income-expense-summary" ? "level1" : table.kind === "fiscal-summary" ? "level2" : undefined;
    if (!level) continue;
    for (const row of table.rows) {
      if (row.side !== "expense" || labelLevel(row.label) !== level) continue;
      const code = row.classCode;
      if (code) out.push({ table, row, code, name: stripLabelPrefix(row.label) });
    }
  }
  return out;
}

/** Summary tables shorten class names ("一般公共服务" for 一般公共服务支出, "卫生健康（类）"): compare the stems. */
export function nameStem(name: string): string {
  return name
    .replace(/[\s\u3000]/g, "")
    .replace(/[(（]类[)）]/g, "")
    .replace(/[(（]$/, "")
    .replace(/支出$/, "");
}

export type ClassNameVerdict =
  | { readonly match: "same" }
  | { readonly match: "former"; readonly entry: CatalogEntry; readonly until: number }
  | { readonly match: "different"; readonly entry: CatalogEntry };

/** How a class line's name relates to the class its position names (or, for an old name, to the class it belonged to). */
export function judgeClassName(catalog: Catalog, line: ClassLine): ClassNameVerdict | undefined {
  const entry = catalog.lookup(line.code, "functional");
  if (!entry) return undefined;
  const printed = nameStem(line.name);
  if (printed === "" || nameStem(entry.name) === printed) return { match: "same" };
  const own = entry.formerNames?.find((f) => nameStem(f.name) === printed);
  if (own) return { match: "former", entry, until: own.until };
  for (let n = 201; n <= 234; n++) {
    const other = catalog.lookup(String(n), "functional");
    const former = other?.formerNames?.find((f) => nameStem(f.name) === printed);
    if (other && former) return { match: "former", entry: other, until: former.until };
  }
  return { match: "different", entry };
}
