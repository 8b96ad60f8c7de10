/**
 * The columns a catalog sheet may carry beyond code and name, as `budget-check catalog --export` writes them and the
 * catalog reader reads them back: the grade of each row, its evidence, the completeness marks, and the names kept
 * beside the row's own. A bureau's sheet has none of them and is read as official and complete, as before.
 */
export const EXPORT_HEADERS = {
  code: "科目编码",
  name: "科目名称",
  level: "级次",
  kind: "分类",
  grade: "等级",
  childrenComplete: "下级完整",
  classListComplete: "类目完整",
  evidence: "依据",
  otherNames: "其他印出名称",
  formerNames: "曾用名",
} as const;

/** The optional columns the reader looks for, in the order the export writes them. */
export const EXTRA_COLUMNS = [
  "grade",
  "childrenComplete",
  "classListComplete",
  "evidence",
  "otherNames",
  "formerNames",
] as const;
export type ExtraColumn = (typeof EXTRA_COLUMNS)[number];

/** A completeness mark. */
export const YES = "是";
/** Between names in one cell: the export never writes it inside a name (names hold no full-width semicolon). */
export const LIST_SEPARATOR = "；";
/** 曾用名 cells: "医疗卫生与计划生育支出@2019" = that name until the 2019 edition. */
export const FORMER_YEAR_MARK = "@";
