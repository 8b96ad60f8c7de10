/** The words of `budget-check catalog` (the catalog subcommand), in both languages. */
import type { CatalogChange, ClassificationKind, CodeLevel, RowSource, Language } from "../core";

export interface CatalogStrings {
  readonly usage: string;
  readonly catalogLine: (year: number, source: string) => string;
  readonly notFound: (code: string) => string;
  readonly inOtherEditions: (years: readonly number[]) => string;
  readonly unreadableCode: (text: string) => string;
  readonly level: Readonly<Record<CodeLevel, string>>;
  readonly kind: Readonly<Record<ClassificationKind, string>>;
  readonly grade: Readonly<Record<RowSource, string>>;
  readonly labels: {
    readonly level: string;
    readonly path: string;
    readonly grade: string;
    readonly evidence: string;
    readonly otherNames: string;
    readonly formerNames: string;
    readonly changes: string;
  };
  readonly noChange: string;
  /** Between a label and its value, and between items of a line. */
  readonly colon: string;
  readonly comma: string;
  readonly change: (c: CatalogChange) => string;
  readonly changesNotRecorded: (year: number) => string;
  readonly coverageTitle: (year: number, source: string) => string;
  readonly rows: (count: number) => string;
  readonly completeBranches: string;
  readonly classList: string;
  readonly none: string;
  readonly undecided: (count: number) => string;
  readonly exported: (file: string, rows: number) => string;
  readonly problem: (text: string) => string;
}

const zh: CatalogStrings = {
  usage: [
    "用法：budget-check catalog 编码… [--year 年度] [--format text|json]",
    "      budget-check catalog --coverage [--year 年度] [--format text|json]",
    "      budget-check catalog --export 文件.xlsx [--year 年度]",
    "",
    "查询内置科目表：名称、级次、上级科目、等级、依据和本年变化；--coverage 列出各级次、各等级的行数；",
    "--export 把科目表写成工作表，可再用 --catalog 或加载项载入。只有第一个参数是 catalog 时才是这个命令；",
    "名为 catalog 的文件请写成 ./catalog。",
  ].join("\n"),
  catalogLine: (year, source) => `科目表：${year} 年，${source}`,
  notFound: (code) => `${code}：内置科目表中查不到（无法核实，不等于不存在）`,
  inOtherEditions: (years) => `  ${years.map((y) => `${y} 年版`).join("、")}中有此编码`,
  unreadableCode: (text) => `「${text}」不是科目编码`,
  level: { 1: "类", 2: "款", 3: "项" },
  kind: { functional: "支出功能分类", "econ-dept": "部门预算支出经济分类", "econ-gov": "政府预算支出经济分类" },
  grade: {
    official: "official（载入的官方科目表）",
    seed: "seed（样本公开文件印出）",
    observed: "observed（真实公开文件印出，未经官方科目表核对）",
    partial: "partial（财政部经济分类表转载，部分）",
    compiled: "compiled（项目组整理，未经核对）",
  },
  labels: {
    level: "级次",
    path: "上级",
    grade: "等级",
    evidence: "依据",
    otherNames: "其他公开文件印出的名称（未定）",
    formerNames: "曾用名",
    changes: "本年变化",
  },
  noChange: "无",
  colon: "：",
  comma: "，",
  change: (c) =>
    `${{ added: "增设", renamed: "更名", removed: "删除", moved: "调整上级" }[c.change]}${c.name ? `「${c.name}」` : ""}${c.formerName ? `（原「${c.formerName}」）` : ""}，依据：${c.source}`,
  changesNotRecorded: (year) => `${year} 年变化未收录`,
  coverageTitle: (year, source) => `内置科目表 ${year} 年版：${source}`,
  rows: (n) => `共 ${n} 行`,
  completeBranches: "完整分支（列出了全部下级科目）",
  classList: "类的列表",
  none: "无",
  undecided: (n) => `名称未定的科目（真实文件印出不同名称，无官方科目表可判断）：${n} 个`,
  exported: (file, rows) => `已写出 ${file}（${rows} 行）`,
  problem: (text) => `budget-check catalog：${text}`,
};

const en: CatalogStrings = {
  usage: [
    "Usage: budget-check catalog CODE… [--year YEAR] [--format text|json]",
    "       budget-check catalog --coverage [--year YEAR] [--format text|json]",
    "       budget-check catalog --export FILE.xlsx [--year YEAR]",
    "",
    "Looks codes up in the bundled catalog: name, level, parents, grade, evidence and the year's changes; --coverage",
    "counts rows per level and grade; --export writes the catalog as a sheet that --catalog and the add-in load back.",
    "`catalog` is this command only as the first argument; give a file of that name as ./catalog.",
  ].join("\n"),
  catalogLine: (year, source) => `Catalog: ${year}, ${source}`,
  notFound: (code) => `${code}: not in the bundled catalog (cannot verify; not the same as not existing)`,
  inOtherEditions: (years) => `  the ${years.join(", ")} edition${years.length > 1 ? "s have" : " has"} this code`,
  unreadableCode: (text) => `"${text}" is not a classification code`,
  level: { 1: "类 (class)", 2: "款 (section)", 3: "项 (item)" },
  kind: {
    functional: "functional classification",
    "econ-dept": "department economic classification",
    "econ-gov": "government economic classification",
  },
  grade: {
    official: "official (a loaded official catalog)",
    seed: "seed (printed in the seed disclosure)",
    observed: "observed (printed in real disclosures, not checked against an official list)",
    partial: "partial (reproduced MoF economic tables, partial)",
    compiled: "compiled (compiled by the team, not checked)",
  },
  labels: {
    level: "Level",
    path: "Parents",
    grade: "Grade",
    evidence: "Evidence",
    otherNames: "Other printed names (undecided)",
    formerNames: "Former names",
    changes: "Changes this year",
  },
  noChange: "none",
  colon: ": ",
  comma: ", ",
  change: (c) =>
    `${c.change}${c.name ? ` "${c.name}"` : ""}${c.formerName ? ` (was "${c.formerName}")` : ""}; source: ${c.source}`,
  changesNotRecorded: (year) => `changes for ${year} not recorded`,
  coverageTitle: (year, source) => `Bundled catalog, ${year} edition: ${source}`,
  rows: (n) => `${n} rows`,
  completeBranches: "Complete branches (every child listed)",
  classList: "the list of classes",
  none: "none",
  undecided: (n) =>
    `Codes with an undecided name (real documents print different names, no official list decides): ${n}`,
  exported: (file, rows) => `wrote ${file} (${rows} rows)`,
  problem: (text) => `budget-check catalog: ${text}`,
};

export const CATALOG_STRINGS: Readonly<Record<Language, CatalogStrings>> = { zh, en };
