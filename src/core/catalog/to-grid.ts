import type { CellValue } from "../grid/snapshot";
import { EXPORT_HEADERS as H, FORMER_YEAR_MARK, LIST_SEPARATOR, YES } from "./export-columns";
import type { Catalog, ClassificationKind, CodeLevel } from "./types";

const LEVEL_WORD: Readonly<Record<CodeLevel, string>> = { 1: "类", 2: "款", 3: "项" };
const KIND_WORD: Readonly<Record<ClassificationKind, string>> = {
  functional: "支出功能分类",
  "econ-dept": "部门预算支出经济分类",
  "econ-gov": "政府预算支出经济分类",
};

/**
 * A catalog as one sheet: a title row naming the year and the source, a header row, one row per code with its grade,
 * evidence and completeness marks. Codes are text, so leading zeros and 3/5/7 digits stay as they are. The catalog
 * reader (catalogFromGrid) reads it back to the same rows, grades and complete branches.
 */
export function catalogToGrid(catalog: Catalog): CellValue[][] {
  const header = [
    H.code,
    H.name,
    H.level,
    H.kind,
    H.grade,
    H.childrenComplete,
    H.classListComplete,
    H.evidence,
    H.otherNames,
    H.formerNames,
  ];
  const rows: CellValue[][] = [[`${catalog.year}年政府收支分类科目（${catalog.source}）`], header];
  for (const e of catalog.entries?.() ?? []) {
    rows.push([
      e.code,
      e.name,
      LEVEL_WORD[e.level],
      KIND_WORD[e.kind],
      e.source,
      catalog.isBranchComplete(e.code, e.kind) ? YES : null,
      e.level === 1 && catalog.isBranchComplete("", e.kind) ? YES : null,
      e.evidence,
      e.otherNames?.join(LIST_SEPARATOR) ?? null,
      e.formerNames?.map((f) => `${f.name}${FORMER_YEAR_MARK}${f.until}`).join(LIST_SEPARATOR) ?? null,
    ]);
  }
  return rows;
}
